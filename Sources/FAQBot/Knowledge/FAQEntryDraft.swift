/// One `## ` block of `Knowledge/faq.md` as read, before it becomes a `KnowledgeEntry`.
struct FAQEntryDraft: Sendable {
    /// A metadata value with the line it was written on.
    struct Field: Sendable, Hashable {
        var value: String
        var line: Int
    }

    /// The heading's line.
    var headingLine: Int
    /// The heading text (canonical question), trimmed.
    var question: String
    /// The first value given for each key (repeats are reported, not stored).
    var fields: [MetadataKey: Field] = [:]
    /// Line of the first `- variantes:`.
    var variantsLine: Int?
    /// Non-empty variant items in file order (duplicates included).
    var variants: [Field] = []
    /// `TextNormalization.comparisonKey` of each of `variants`, once `FAQEntryValidator` has
    /// removed the repeats (same order and count); empty before.
    var variantKeys: [String] = []
    /// Line of the last variant item written, even an empty one.
    var lastVariantItemLine: Int?
    /// Last line of the metadata list; the heading line when there is no metadata.
    var metadataEndLine: Int
    /// The answer's Markdown, trimmed, with `\n` line endings and no trailing spaces.
    var answer = ""
    /// First non-blank line of the answer.
    var answerLine: Int?
    /// Last line of the block.
    var endLine: Int
    /// Problems found in this block; any error keeps it out of the parsed entries.
    var diagnostics: DiagnosticList

    init(headingLine: Int, question: String, file: String) {
        self.headingLine = headingLine
        self.question = question
        self.metadataEndLine = headingLine
        self.endLine = headingLine
        self.diagnostics = DiagnosticList(file: file)
    }

    /// The trimmed value of a key, or `nil` when the key is absent or empty.
    func value(_ key: MetadataKey) -> String? {
        guard let value = fields[key]?.value, !value.isEmpty else { return nil }
        return value
    }

    /// How messages name this entry: its id, or its question when it has no id.
    var displayName: String {
        if let id = value(.id) { return "«\(id)»" }
        return question.isEmpty ? "de la línea \(headingLine)" : "«\(question)»"
    }

    /// The location of the block, for editors.
    var location: FAQEntryLocation {
        FAQEntryLocation(id: value(.id), headingLine: headingLine, metadataEndLine: metadataEndLine,
                         variantsLine: variantsLine,
                         variantsEndLine: variantsLine.map { max($0, lastVariantItemLine ?? $0) },
                         endLine: endLine)
    }
}
