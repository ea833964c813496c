/// A Markdown bullet line (`- text` or `* text`), as used by the knowledge files.
struct MarkdownListItem: Sendable, Hashable {
    /// Leading spaces and tabs (each counts as one); 0 for a top-level item.
    let indentation: Int
    /// Everything before the content: indentation, marker and the spaces after it (for copying the style).
    let prefix: String
    /// The text after the marker, trimmed.
    let content: String

    /// Reads a bullet line, or returns `nil` when the line is not one.
    ///
    /// A bullet is optional indentation, `-` or `*`, then a space or tab (or the end of the line).
    /// `**bold**` and `---` are not bullets.
    init?(_ line: String) {
        let scalars = Array(line.unicodeScalars)
        var index = 0
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        guard index < scalars.count, scalars[index] == "-" || scalars[index] == "*" else { return nil }
        let afterMarker = index + 1
        if afterMarker < scalars.count, scalars[afterMarker] != " " && scalars[afterMarker] != "\t" {
            return nil
        }
        var contentStart = afterMarker
        while contentStart < scalars.count, scalars[contentStart] == " " || scalars[contentStart] == "\t" {
            contentStart += 1
        }
        indentation = index
        prefix = String(String.UnicodeScalarView(scalars[..<contentStart]))
        content = String(String.UnicodeScalarView(scalars[contentStart...])).trimmingWhitespace
    }
}
