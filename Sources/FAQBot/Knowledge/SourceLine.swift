/// One line of a knowledge file, as written, with its line ending.
struct SourceLine: Sendable, Hashable {
    /// 1-based line number.
    let number: Int
    /// The line without its line ending (tabs and trailing spaces kept).
    let text: String
    /// The line ending that followed it: `"\n"`, `"\r\n"`, `"\r"`, or `""` for a last line without one.
    let terminator: String

    /// The text without trailing spaces and tabs.
    var trimmedRight: String {
        // Most lines end in neither: no need to scan or copy them.
        guard let last = text.utf8.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") else { return text }
        return text.trimmedTrailingWhitespace
    }

    /// The text without leading and trailing whitespace.
    var trimmed: String {
        text.trimmingWhitespace
    }

    /// `true` when the line holds only spaces and tabs.
    var isBlank: Bool {
        // A line of only spaces and tabs has only those bytes, each its own character.
        text.utf8.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
