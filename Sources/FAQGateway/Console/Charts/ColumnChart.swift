import Foundation

/// Stacked columns over a sequence (days, weeks): one column per label, one colour per series.
///
/// ```swift
/// ColumnChart(title: "Mensajes por día", labels: ["12-01", "12-02"],
///             series: [("Respondidos", [10, 12]), ("A una persona", [3, 2])]).svg(id: "dias")
/// ```
struct ColumnChart {
    let title: String
    let labels: [String]
    let series: [(name: String, values: [Double])]

    func svg(id: String, width: Int = 720, height: Int = 260) -> HTML {
        let left = 48.0, right = 12.0, top = 28.0, bottom = 44.0
        let plotWidth = Double(width) - left - right, plotHeight = Double(height) - top - bottom
        let totals = labels.indices.map { index in series.reduce(0) { $0 + ($1.values.indices.contains(index) ? $1.values[index] : 0) } }
        let maximum = SVGChart.niceMaximum(totals.max() ?? 0)
        var svg = SVGChart.open(width: width, height: height, title: title, id: id)
        svg += SVGChart.valueGrid(left: left, top: top, width: plotWidth, height: plotHeight, maximum: maximum)
        let slot = plotWidth / Double(max(1, labels.count))
        let barWidth = max(2, slot * 0.7)
        let labelEvery = max(1, Int((Double(labels.count) / 12).rounded(.up)))
        for (index, label) in labels.enumerated() {
            let x = left + slot * Double(index) + (slot - barWidth) / 2
            var base = top + plotHeight
            for (seriesIndex, part) in series.enumerated() {
                let value = part.values.indices.contains(index) ? part.values[index] : 0
                guard value > 0 else { continue }
                let barHeight = plotHeight * value / maximum
                base -= barHeight
                svg += "<rect x=\"\(SVGChart.f(x))\" y=\"\(SVGChart.f(base))\" width=\"\(SVGChart.f(barWidth))\" height=\"\(SVGChart.f(barHeight))\" fill=\""
                    + h(SVGChart.palette[seriesIndex % SVGChart.palette.count]) + "\"><title>" + h("\(label) · \(part.name): \(SVGChart.number(value))") + "</title></rect>"
            }
            if index % labelEvery == 0 {
                svg += "<text class=\"eje\" x=\"\(SVGChart.f(x + barWidth / 2))\" y=\"\(SVGChart.f(top + plotHeight + 16))\" text-anchor=\"middle\">" + h(label) + "</text>"
            }
        }
        svg += legend(x: left, y: Double(height) - 10)
        return svg + "</svg>"
    }

    private func legend(x: Double, y: Double) -> HTML {
        var html: HTML = ""
        var cursor = x
        for (index, part) in series.enumerated() {
            html += "<rect x=\"\(SVGChart.f(cursor))\" y=\"\(SVGChart.f(y - 9))\" width=\"10\" height=\"10\" fill=\"" + h(SVGChart.palette[index % SVGChart.palette.count]) + "\"/>"
            html += "<text class=\"leyenda\" x=\"\(SVGChart.f(cursor + 14))\" y=\"\(SVGChart.f(y))\">" + h(part.name) + "</text>"
            cursor += 24 + Double(part.name.count) * 7
        }
        return html
    }
}
