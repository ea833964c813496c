/// The opening of a fenced code block (three or more backticks or tildes).
struct MarkdownFence: Sendable, Hashable {
    /// `` ` `` or `~`.
    let marker: Character
    /// How many markers opened the block; the closing fence needs at least as many.
    let length: Int

    /// Reads an opening fence (up to three spaces of indentation), or returns `nil`.
    init?(opening line: String) {
        // Cheap rejection of ordinary lines (nearly all of them): a line whose first character after
        // the spaces is an ASCII one other than a backtick or a tilde opens nothing. Anything else
        // (including non-ASCII, e.g. U+1FEF, which Swift compares equal to a backtick) is read as before.
        if let first = line.utf8.first(where: { $0 != UInt8(ascii: " ") }), first < 0x80,
           first != UInt8(ascii: "`"), first != UInt8(ascii: "~") {
            return nil
        }
        let text = line.drop { $0 == " " }
        guard line.count - text.count <= 3, let marker = text.first, marker == "`" || marker == "~" else {
            return nil
        }
        let length = text.prefix { $0 == marker }.count
        guard length >= 3 else { return nil }
        if marker == "`", text.dropFirst(length).contains("`") { return nil }
        self.marker = marker
        self.length = length
    }

    /// `true` when `line` closes this block.
    func isClosed(by line: String) -> Bool {
        let text = line.trimmingWhitespace
        return text.count >= length && text.allSatisfy { $0 == marker }
    }
}
