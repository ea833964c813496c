import Foundation

/// Turns the Markdown of an answer into the text WhatsApp shows, and keeps it within WhatsApp's limit.
///
/// - `**x**`, `__x__` → `*x*`; `*x*`, `_x_` → `_x_`; `~~x~~` → `~x~`
/// - `# Heading` (any level) → `*Heading*`
/// - `-`, `*`, `+` bullets → `•`, two spaces per nesting level; numbered lists kept
/// - `[text](url)` → `text: url`; `<url>` and `[url](url)` → `url`
/// - inline and fenced code → WhatsApp monospace (```` ```code``` ````)
/// - HTML comments removed, runs of blank lines collapsed to one, result trimmed
///
/// ```swift
/// let formatter = WhatsAppFormatter()
/// formatter.render("## Requisitos\n- **INE** vigente")  // "*Requisitos*\n• *INE* vigente"
/// formatter.truncated(longText)                        // at most 4,096 characters, ends in "…"
/// ```
public struct WhatsAppFormatter: Sendable {
    /// The longest text message WhatsApp delivers, in characters.
    public static let maximumLength = 4096

    private let inline = WhatsAppInlineConverter()
    // Compiled once per process: a formatter is built for every reply.
    private static let wholeLineComment = CompiledRegex(#"^[ \t]*<!--[\s\S]*?-->[ \t]*(?:\n|$)"#, options: [.anchorsMatchLines],
                                                      triggers: ["<!--"])
    private static let comment = CompiledRegex(#"<!--[\s\S]*?-->"#, triggers: ["<!--"])

    /// Creates a formatter.
    public init() {}

    /// Renders Markdown as WhatsApp text.
    public func render(_ markdown: String) -> String {
        var text = markdown
        if text.utf8.contains(UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        text = Self.wholeLineComment.removingMatches(in: text)
        text = Self.comment.removingMatches(in: text)

        var output: [String] = []
        var list = ListNesting()
        var fence: MarkdownFence?
        var code: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let open = fence {
                if open.isClosed(by: line) {
                    output.append(Self.monospace(code))
                    fence = nil
                    code = []
                } else {
                    code.append(line)
                }
                continue
            }
            if let opening = MarkdownFence(opening: line) {
                fence = opening
                list.reset()
                continue
            }
            output.append(renderLine(line, list: &list))
        }
        if fence != nil { output.append(Self.monospace(code)) }
        return Self.collapsingBlankLines(output)
    }

    /// An upper bound of `render(markdown).count`, computed without rendering: validating a
    /// large knowledge base renders only the answers that might be too long.
    ///
    /// Rendering adds at most 4 characters per code span of at least 3 (`` `x` `` → ```` ```x``` ````,
    /// so at most 3 characters out per character in), 6 per fenced block, a newline per line, and
    /// a list indentation of 2 per level, with fewer levels than half the widest indentation plus one.
    static func renderedLengthBound(_ markdown: String) -> Int {
        var bytes = 0, lines = 1, widestIndentation = 0, indentation = 0, atLineStart = true
        for byte in markdown.utf8 {
            bytes += 1
            if byte == UInt8(ascii: "\n") {
                lines += 1
                atLineStart = true
                indentation = 0
            } else if atLineStart, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                indentation += 4   // a tab counts 4, a space 1: 4 for both is an upper bound
                widestIndentation = max(widestIndentation, indentation)
            } else {
                atLineStart = false
            }
        }
        let listIndentation = 2 * (widestIndentation / 2 + 1)
        return 3 * bytes + lines * (listIndentation + 12)
    }

    /// `text` cut to at most `limit` characters: on a word boundary when possible, ending in "…".
    ///
    /// Text that already fits is returned unchanged.
    public func truncated(_ text: String, limit: Int = maximumLength) -> String {
        guard text.count > limit else { return text }
        guard limit > 1 else { return limit == 1 ? "…" : "" }
        let room = limit - 1
        let cut = text.index(text.startIndex, offsetBy: room)
        var kept = text[..<cut]
        if !text[cut].isWhitespace, let space = kept.lastIndex(where: \.isWhitespace),
           kept.distance(from: kept.startIndex, to: space) >= room / 2 {
            kept = kept[..<space]
        }
        while let last = kept.last, last.isWhitespace { kept.removeLast() }
        return kept + "…"
    }

    private func renderLine(_ line: String, list: inout ListNesting) -> String {
        let trimmed = line.trimmingWhitespace
        if trimmed.isEmpty { return "" }
        if let heading = MarkdownHeading(String(line.drop { $0 == " " })), line.prefix(while: { $0 == " " }).count <= 3 {
            list.reset()
            let title = inline.convert(Self.removingClosingHashes(heading.text), plainBold: true)
            return title.isEmpty ? "" : "*\(title)*"
        }
        if Self.isThematicBreak(trimmed) {
            list.reset()
            return ""
        }
        let indentation = Self.indentationWidth(of: line)
        if let (marker, content) = Self.listItem(trimmed) {
            let level = list.level(forIndentation: indentation)
            let bullet = marker.isEmpty ? "•" : marker
            return String(repeating: "  ", count: level) + bullet + " " + inline.convert(content)
        }
        if list.isActive && indentation > 0 {
            return String(repeating: "  ", count: list.depth) + inline.convert(trimmed)
        }
        list.reset()
        return inline.convert(trimmed)
    }

    /// `("", content)` for a bullet, `("3.", content)` for a numbered item, `nil` otherwise.
    private static func listItem(_ trimmed: String) -> (marker: String, content: String)? {
        if let first = trimmed.first, "-*+".contains(first) {
            let rest = trimmed.dropFirst()
            if rest.isEmpty { return ("", "") }
            if rest.first == " " || rest.first == "\t" { return ("", rest.trimmingWhitespace) }
            return nil
        }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return nil }
        let rest = trimmed.dropFirst(digits.count)
        guard let delimiter = rest.first, delimiter == "." || delimiter == ")" else { return nil }
        let content = rest.dropFirst()
        guard content.isEmpty || content.first == " " || content.first == "\t" else { return nil }
        return (String(digits) + String(delimiter), content.trimmingWhitespace)
    }

    /// `Title ##` → `Title` (the optional closing sequence of an ATX heading).
    private static func removingClosingHashes(_ text: String) -> String {
        let withoutHashes = text.trimmedTrailingWhitespace.reversed().drop { $0 == "#" }
        guard withoutHashes.count < text.count, withoutHashes.first == " " || withoutHashes.first == "\t" else {
            return text
        }
        return String(withoutHashes.reversed()).trimmingWhitespace
    }

    private static func isThematicBreak(_ trimmed: String) -> Bool {
        guard let lead = trimmed.utf8.first, lead == UInt8(ascii: "-") || lead == UInt8(ascii: "*") || lead == UInt8(ascii: "_")
        else { return false }
        let characters = trimmed.filter { $0 != " " && $0 != "\t" }
        guard let first = characters.first, "-*_".contains(first), characters.count >= 3 else { return false }
        return characters.allSatisfy { $0 == first }
    }

    private static func indentationWidth(of line: String) -> Int {
        line.prefix { $0 == " " || $0 == "\t" }.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
    }

    private static func monospace(_ lines: [String]) -> String {
        var lines = lines
        while lines.first?.trimmingWhitespace.isEmpty == true { lines.removeFirst() }
        while lines.last?.trimmingWhitespace.isEmpty == true { lines.removeLast() }
        return lines.isEmpty ? "" : "```" + lines.joined(separator: "\n") + "```"
    }

    private static func collapsingBlankLines(_ lines: [String]) -> String {
        var result: [String] = []
        for line in lines.map(\.trimmedTrailingWhitespace) {
            if line.isEmpty, result.last?.isEmpty ?? true { continue }
            result.append(line)
        }
        return result.joined(separator: "\n").trimmingWhitespace
    }
}
