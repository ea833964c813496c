/// An ATX Markdown heading line (`# Title`, `## Question`).
struct MarkdownHeading: Sendable, Hashable {
    /// Number of `#` signs (1–6).
    let level: Int
    /// The heading text, trimmed (may be empty).
    let text: String

    /// Reads a heading line, or returns `nil`. The `#` signs must start the line and be
    /// followed by a space, a tab or the end of the line (`#hashtag` is not a heading).
    init?(_ line: String) {
        let level = line.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let rest = line.dropFirst(level)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        self.level = level
        self.text = rest.trimmingWhitespace
    }
}
