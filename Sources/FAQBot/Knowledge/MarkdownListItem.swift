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
        // Indentation, marker and the spaces after it are ASCII, so they are found on the UTF-8
        // bytes; a byte offset there is also a scalar boundary.
        let utf8 = line.utf8
        var index = utf8.startIndex
        var indentation = 0
        while index < utf8.endIndex, utf8[index] == UInt8(ascii: " ") || utf8[index] == UInt8(ascii: "\t") {
            indentation += 1
            utf8.formIndex(after: &index)
        }
        guard index < utf8.endIndex, utf8[index] == UInt8(ascii: "-") || utf8[index] == UInt8(ascii: "*") else {
            return nil
        }
        var contentStart = utf8.index(after: index)
        if contentStart < utf8.endIndex, utf8[contentStart] != UInt8(ascii: " ") && utf8[contentStart] != UInt8(ascii: "\t") {
            return nil
        }
        while contentStart < utf8.endIndex,
              utf8[contentStart] == UInt8(ascii: " ") || utf8[contentStart] == UInt8(ascii: "\t") {
            utf8.formIndex(after: &contentStart)
        }
        self.indentation = indentation
        // Built from the scalars (not `line[..<contentStart]`), so that a content starting with a
        // combining mark keeps it instead of being rounded to a character boundary.
        prefix = String(line.unicodeScalars[..<contentStart])
        content = String(line.unicodeScalars[contentStart...]).trimmingWhitespace
    }
}
