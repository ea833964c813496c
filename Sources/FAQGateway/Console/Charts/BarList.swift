import Foundation

/// Horizontal bars with their labels and counts: handoffs by reason, area or city, top entries.
struct BarList {
    let title: String
    let rows: [(label: String, value: Double)]
    /// How a value is written beside its bar (a count by default).
    var format: (Double) -> String = { SVGChart.number($0) }
    /// A reference line (a target), drawn when set.
    var target: (value: Double, label: String)?

    func svg(id: String, width: Int = 520, colour: Int = 0) -> HTML {
        let rowHeight = 24.0, top = 8.0, labelWidth = 190.0, valueWidth = 70.0
        let height = Int(top * 2 + rowHeight * Double(max(1, rows.count)) + (target == nil ? 0 : 16))
        let plotWidth = Double(width) - labelWidth - valueWidth
        let maximum = SVGChart.niceMaximum(max(rows.map(\.value).max() ?? 0, target?.value ?? 0))
        var svg = SVGChart.open(width: width, height: height, title: title, id: id)
        if rows.isEmpty {
            svg += "<text class=\"eje\" x=\"8\" y=\"24\">Sin datos en el periodo.</text>"
        }
        for (index, row) in rows.enumerated() {
            let y = top + rowHeight * Double(index)
            let label = row.label.count > 28 ? String(row.label.prefix(27)) + "…" : row.label
            svg += "<text class=\"etiqueta\" x=\"\(SVGChart.f(labelWidth - 6))\" y=\"\(SVGChart.f(y + 16))\" text-anchor=\"end\">" + h(label) + "<title>" + h(row.label) + "</title></text>"
            let barWidth = max(1, plotWidth * row.value / maximum)
            svg += "<rect x=\"\(SVGChart.f(labelWidth))\" y=\"\(SVGChart.f(y + 4))\" width=\"\(SVGChart.f(barWidth))\" height=\"\(SVGChart.f(rowHeight - 8))\" fill=\""
                + h(SVGChart.palette[colour % SVGChart.palette.count]) + "\"/>"
            svg += "<text class=\"valor\" x=\"\(SVGChart.f(labelWidth + barWidth + 4))\" y=\"\(SVGChart.f(y + 16))\">" + h(format(row.value)) + "</text>"
        }
        if let target {
            let x = labelWidth + plotWidth * target.value / maximum
            let bottom = top + rowHeight * Double(max(1, rows.count))
            svg += "<line class=\"meta\" x1=\"\(SVGChart.f(x))\" y1=\"\(SVGChart.f(top))\" x2=\"\(SVGChart.f(x))\" y2=\"\(SVGChart.f(bottom))\"/>"
            svg += "<text class=\"meta-texto\" x=\"\(SVGChart.f(x))\" y=\"\(SVGChart.f(bottom + 13))\" text-anchor=\"middle\">" + h(target.label) + "</text>"
        }
        return svg + "</svg>"
    }
}
