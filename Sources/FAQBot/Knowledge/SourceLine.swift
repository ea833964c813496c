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
        text.trimmedTrailingWhitespace
    }

    /// The text without leading and trailing whitespace.
    var trimmed: String {
        text.trimmingWhitespace
    }

    /// `true` when the line holds only spaces and tabs.
    var isBlank: Bool {
        text.allSatisfy { $0 == " " || $0 == "\t" }
    }
}
