import Foundation

/// What every chart shares: a size, a title read by screen readers, the palette and number labels.
/// Charts are drawn on the server as inline SVG: the court's servers have no internet, so no
/// script or font comes from a CDN.
enum SVGChart {
    /// Series colours, distinguishable in grey print too (dark to light).
    static let palette = ["#1f4e79", "#c55a11", "#548235", "#7f6000", "#7030a0", "#2e75b6", "#bf9000", "#a5a5a5"]

    /// The opening `<svg>` with its accessible name.
    static func open(width: Int, height: Int, title: String, id: String) -> HTML {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafica\" id=\"" + h(id) + "\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-labelledby=\""
            + h(id) + "-t\"><title id=\"" + h(id) + "-t\">" + h(title) + "</title>"
    }

    /// A number with thousands separators (`1,234`).
    static func number(_ value: Double) -> String {
        value.formatted(.number.precision(.fractionLength(0...1)).locale(Locale(identifier: "es_MX")))
    }

    /// A "nice" axis maximum at or above `value` (1, 2 or 5 times a power of ten).
    static func niceMaximum(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        let power = pow(10, floor(log10(value)))
        for step in [1.0, 2.0, 5.0, 10.0] where step * power >= value { return step * power }
        return 10 * power
    }

    /// Five horizontal grid lines from 0 to `maximum`, labelled on the left of the plot area.
    static func valueGrid(left: Double, top: Double, width: Double, height: Double, maximum: Double) -> HTML {
        var svg: HTML = ""
        for tick in 0...4 {
            let y = top + height * (1 - Double(tick) / 4)
            svg += "<line class=\"rejilla\" x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(left + width))\" y2=\"\(f(y))\"/>"
            svg += "<text class=\"eje\" x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(number(maximum * Double(tick) / 4))</text>"
        }
        return svg
    }

    /// A coordinate with one decimal.
    static func f(_ value: Double) -> String { String(format: "%.1f", value) }
}
