import FAQStore

/// Reads `Knowledge/faq.md`, the hand-edited knowledge base, into `KnowledgeEntry` values.
///
/// Each `## ` heading starts an entry (the heading is the canonical question), followed by a
/// metadata list (`- id:`, `- título:`, `- área:`, `- ciudades:`, `- fuente:`, `- revisado:`,
/// `- variantes:` with nested items) and the answer in Markdown up to the next `## `.
/// Anything before the first `## ` is a preamble and is ignored; `## ` lines inside fenced
/// code blocks do not start entries. Keys are matched ignoring case and accents.
///
/// Every problem is reported in one pass, with its line; entries with errors are left out of
/// the value, and callers refuse the whole file when `hasErrors`.
///
/// ```swift
/// let result = FAQFileParser().parse(text, file: "Knowledge/faq.md")
/// if result.hasErrors {
///     result.errors.forEach { print($0) }   // Knowledge/faq.md:14: error: …
/// } else {
///     store(result.value)
/// }
/// ```
public struct FAQFileParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Parses the text of `Knowledge/faq.md`; `file` is only used in the diagnostics.
    public func parse(_ text: String, file: String) -> ParseResult<[KnowledgeEntry]> {
        analyze(text, file: file).result
    }

    /// Where each `## ` block sits in the file (heading, end of metadata, end of the variants
    /// list), including blocks with errors, in file order.
    public func locations(in text: String) -> [FAQEntryLocation] {
        analyze(text, file: "").drafts.map(\.location)
    }

    /// Parses the file and keeps the per-block drafts, for `parse`, `locations` and the editor.
    func analyze(_ text: String, file: String) -> (result: ParseResult<[KnowledgeEntry]>, drafts: [FAQEntryDraft]) {
        let lines = SourceText(text).lines
        let validator = FAQEntryValidator(formatter: WhatsAppFormatter())
        let headings = Self.entryHeadingIndices(in: lines)
        // Each block is scanned and checked on its own (rendering answers dominates): on every core.
        var drafts: [FAQEntryDraft] = Array(headings.indices).parallelMap { position in
            let headingIndex = headings[position]
            let end = position + 1 < headings.count ? headings[position + 1] : lines.count
            let heading = lines[headingIndex]
            let question = MarkdownHeading(heading.trimmedRight)?.text ?? ""
            var draft = FAQEntryScanner().scan(heading: heading, question: question,
                                               body: lines[(headingIndex + 1)..<end], file: file)
            validator.validate(&draft)
            return draft
        }
        FAQCrossEntryValidator().validate(&drafts)

        var diagnostics = DiagnosticList(file: file)
        if drafts.isEmpty {
            diagnostics.error(FAQDiagnosticMessage.noEntries, line: 1)
        }
        drafts.forEach { diagnostics.append(contentsOf: $0.diagnostics) }
        return (diagnostics.result(drafts.compactMap(validator.entry(from:))), drafts)
    }

    /// Indices of the `## ` lines that start entries, skipping those inside fenced code blocks.
    static func entryHeadingIndices(in lines: [SourceLine]) -> [Int] {
        var indices: [Int] = []
        var fence: MarkdownFence?
        for (index, line) in lines.enumerated() {
            let text = line.trimmedRight
            if let open = fence {
                if open.isClosed(by: text) { fence = nil }
            } else if let opening = MarkdownFence(opening: text) {
                fence = opening
            } else if MarkdownHeading(text)?.level == 2 {
                indices.append(index)
            }
        }
        return indices
    }
}
