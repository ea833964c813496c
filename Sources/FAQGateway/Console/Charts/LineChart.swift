import Foundation

/// One line per series over a sequence of labels: complaints by area, week by week.
struct LineChart {
    let title: String
    let labels: [String]
    let series: [(name: String, values: [Double])]

    func svg(id: String, width: Int = 720, height: Int = 260) -> HTML {
        let left = 40.0, right = 160.0, top = 16.0, bottom = 36.0
        let plotWidth = Double(width) - left - right, plotHeight = Double(height) - top - bottom
        let maximum = SVGChart.niceMaximum(series.flatMap(\.values).max() ?? 0)
        var svg = SVGChart.open(width: width, height: height, title: title, id: id)
        if labels.isEmpty { svg += "<text class=\"eje\" x=\"8\" y=\"24\">Sin quejas en el periodo.</text>" }
        svg += SVGChart.valueGrid(left: left, top: top, width: plotWidth, height: plotHeight, maximum: maximum)
        func x(_ index: Int) -> Double { labels.count < 2 ? left + plotWidth / 2 : left + plotWidth * Double(index) / Double(labels.count - 1) }
        for (index, label) in labels.enumerated() where index % max(1, labels.count / 8) == 0 {
            svg += "<text class=\"eje\" x=\"\(SVGChart.f(x(index)))\" y=\"\(SVGChart.f(top + plotHeight + 16))\" text-anchor=\"middle\">" + h(label) + "</text>"
        }
        for (seriesIndex, line) in series.enumerated() {
            let colour = SVGChart.palette[seriesIndex % SVGChart.palette.count]
            let points = line.values.enumerated().map { index, value in
                "\(SVGChart.f(x(index))),\(SVGChart.f(top + plotHeight * (1 - value / maximum)))"
            }
            svg += "<polyline fill=\"none\" stroke=\"" + h(colour) + "\" stroke-width=\"2\" points=\"" + h(points.joined(separator: " ")) + "\"/>"
            for (index, value) in line.values.enumerated() {
                svg += "<circle cx=\"\(SVGChart.f(x(index)))\" cy=\"\(SVGChart.f(top + plotHeight * (1 - value / maximum)))\" r=\"3\" fill=\"" + h(colour) + "\"><title>"
                    + h("\(line.name), \(labels[index]): \(SVGChart.number(value))") + "</title></circle>"
            }
            let y = top + 14 * Double(seriesIndex)
            svg += "<rect x=\"\(SVGChart.f(left + plotWidth + 12))\" y=\"\(SVGChart.f(y))\" width=\"10\" height=\"10\" fill=\"" + h(colour) + "\"/>"
            svg += "<text class=\"leyenda\" x=\"\(SVGChart.f(left + plotWidth + 26))\" y=\"\(SVGChart.f(y + 9))\">" + h(String(line.name.prefix(20))) + "</text>"
        }
        return svg + "</svg>"
    }
}
