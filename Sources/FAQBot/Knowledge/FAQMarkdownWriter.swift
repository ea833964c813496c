import FAQStore

/// Writes entries in the format of `Knowledge/faq.md` (for exports and for creating the file).
///
/// `FAQFileParser` reads the output back into the same entries, as long as the entries are
/// ones it could have produced: single-line, trimmed values; a trimmed answer with no `## `
/// line outside code blocks; a `title` that is `nil` rather than empty.
///
/// ```swift
/// let markdown = FAQMarkdownWriter().write(entries)
/// let again = FAQFileParser().parse(markdown, file: "faq.md").value   // == entries
/// ```
public struct FAQMarkdownWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The Markdown text of `entries`, under a `# title` heading, ending with a line break.
    public func write(_ entries: [KnowledgeEntry], title: String = "Preguntas frecuentes del CHAT PJBC") -> String {
        var blocks = ["# \(title)\n"]
        blocks += entries.map(block)
        return blocks.joined(separator: "\n")
    }

    private func block(_ entry: KnowledgeEntry) -> String {
        var lines = ["## \(entry.question)", "- \(MetadataKey.id.spanishName): \(entry.id)"]
        if let title = entry.title, !title.isEmpty {
            lines.append("- \(MetadataKey.title.spanishName): \(title)")
        }
        lines.append("- \(MetadataKey.area.spanishName): \(entry.area)")
        let cities = entry.cities.isEmpty ? "todas" : entry.cities.joined(separator: ", ")
        lines.append("- \(MetadataKey.cities.spanishName): \(cities)")
        if !entry.source.isEmpty {
            lines.append("- \(MetadataKey.source.spanishName): \(entry.source)")
        }
        if !entry.reviewed.isEmpty {
            lines.append("- \(MetadataKey.reviewed.spanishName): \(entry.reviewed)")
        }
        if !entry.variants.isEmpty {
            lines.append("- \(MetadataKey.variants.spanishName):")
            lines += entry.variants.map { "  - \($0)" }
        }
        lines += ["", entry.answer]
        return lines.joined(separator: "\n") + "\n"
    }
}
