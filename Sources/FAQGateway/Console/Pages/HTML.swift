import Foundation

/// A piece of HTML that is safe to write into a page: built only from escaped text and literal markup.
///
/// ```swift
/// let cell: HTML = "<td>" + HTML(text: lawyerMessage) + "</td>"   // "<script>" arrives as "&lt;script&gt;"
/// ```
struct HTML: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup.
    let markup: String

    /// Literal markup written in the source code.
    init(stringLiteral value: String) { markup = value }

    /// Literal markup with interpolations: a `String` is escaped, an `HTML` is kept, a number is written.
    init(stringInterpolation: Interpolation) { markup = stringInterpolation.markup }

    /// Builds markup from a literal with interpolations (`"<td>\(name)</td>"` escapes `name`).
    struct Interpolation: StringInterpolationProtocol {
        var markup = ""
        init(literalCapacity: Int, interpolationCount: Int) { markup.reserveCapacity(literalCapacity + 16 * interpolationCount) }
        mutating func appendLiteral(_ literal: String) { markup += literal }
        mutating func appendInterpolation(_ text: String) { markup += HTML.escape(text) }
        mutating func appendInterpolation(_ html: HTML) { markup += html.markup }
        mutating func appendInterpolation(_ number: Int) { markup += String(number) }
    }

    /// Text from anywhere (a lawyer, the database, a query string), escaped.
    init(text: String) { markup = HTML.escape(text) }

    /// Markup already built from escaped parts.
    init(trusted markup: String) { self.markup = markup }

    var description: String { markup }

    static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(trusted: lhs.markup + rhs.markup) }

    static func += (lhs: inout HTML, rhs: HTML) { lhs = lhs + rhs }

    /// Joins pieces.
    static func join(_ parts: [HTML], separator: HTML = "") -> HTML {
        HTML(trusted: parts.map(\.markup).joined(separator: separator.markup))
    }

    /// Escapes `& < > " '` for text and attribute values.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}

/// Escaped text: `h(message.text)`.
func h(_ text: String?) -> HTML { HTML(text: text ?? "") }

/// A percent-encoded query value or path segment.
func urlComponent(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
}
