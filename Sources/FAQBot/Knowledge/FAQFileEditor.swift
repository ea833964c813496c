/// Makes small, surgical edits to the text of `Knowledge/faq.md`.
///
/// Every byte outside the edit is kept (line endings, byte-order mark, comments, order), so
/// `git diff` shows only the added line. This is what `faq-admin teach` uses.
///
/// ```swift
/// let updated = try FAQFileEditor().addingVariant("boletin de hoy", toEntry: "boletin-judicial", in: text)
/// try updated.write(to: url, atomically: true, encoding: .utf8)
/// ```
public struct FAQFileEditor: Sendable {
    /// Creates an editor.
    public init() {}

    /// The file text with `variant` added as the last item of the entry's `variantes:` list.
    ///
    /// The new item copies the indentation and bullet of the existing items (`  - ` by default)
    /// and the line ending of the file. When the entry has no list, `- variantes:` is added after
    /// its last metadata line. The variant is trimmed and its spaces collapsed.
    ///
    /// - Throws: `FAQEditError` when the id does not exist (or is not unique), or the variant is
    ///   empty, already in the entry, in another entry, or another entry's question.
    public func addingVariant(_ variant: String, toEntry id: String, in text: String) throws -> String {
        let variant = TextNormalization.collapsingWhitespace(variant)
        let key = TextNormalization.comparisonKey(variant)
        guard !key.isEmpty else { throw FAQEditError.emptyVariant }

        let drafts = FAQFileParser().analyze(text, file: "").drafts
        let matching = drafts.indices.filter { drafts[$0].value(.id) == id }
        guard let index = matching.first else {
            let ids = drafts.compactMap { $0.value(.id) }
            throw FAQEditError.entryNotFound(id: id, suggestion: SpellingSuggestion.closest(to: id, among: ids,
                                                                                      maximumDistance: 4))
        }
        guard matching.count == 1 else {
            throw FAQEditError.ambiguousEntry(id: id, lines: matching.map { drafts[$0].headingLine })
        }
        try checkConflicts(variant: variant, key: key, entry: index, in: drafts)

        let source = SourceText(text)
        return source.joined(inserting(variant, after: drafts[index].location, in: source))
    }

    private func checkConflicts(variant: String, key: String, entry index: Int, in drafts: [FAQEntryDraft]) throws {
        let id = drafts[index].value(.id) ?? ""
        if TextNormalization.comparisonKey(drafts[index].question) == key {
            throw FAQEditError.variantAlreadyPresent(variant: variant, id: id, line: drafts[index].headingLine)
        }
        if let existing = drafts[index].variants.first(where: { TextNormalization.comparisonKey($0.value) == key }) {
            throw FAQEditError.variantAlreadyPresent(variant: existing.value, id: id, line: existing.line)
        }
        for other in drafts.indices where other != index {
            let otherID = drafts[other].value(.id) ?? "sin id"
            if TextNormalization.comparisonKey(drafts[other].question) == key {
                throw FAQEditError.variantIsQuestion(variant: variant, otherID: otherID,
                                                     line: drafts[other].headingLine)
            }
            if let existing = drafts[other].variants.first(where: { TextNormalization.comparisonKey($0.value) == key }) {
                throw FAQEditError.variantInOtherEntry(variant: existing.value, otherID: otherID, line: existing.line)
            }
        }
    }

    /// The file's lines with the new item (and `- variantes:` when missing) inserted.
    private func inserting(_ variant: String, after location: FAQEntryLocation, in source: SourceText) -> [SourceLine] {
        var lines = source.lines
        var newTexts: [String]
        let anchor: Int  // 1-based line after which the new lines go
        if let variantsLine = location.variantsLine, let end = location.variantsEndLine {
            anchor = end
            var itemPrefix = (variantsLine < end ? MarkdownListItem(lines[end - 1].text)?.prefix : nil) ?? "  - "
            if !itemPrefix.hasSuffix(" ") && !itemPrefix.hasSuffix("\t") { itemPrefix += " " }
            newTexts = [itemPrefix + variant]
        } else {
            anchor = location.metadataEndLine
            let marker = MarkdownListItem(lines[anchor - 1].text).map { $0.prefix.trimmingWhitespace } ?? "-"
            let bullet = marker.isEmpty ? "-" : marker
            newTexts = ["\(bullet) variantes:", "  \(bullet) \(variant)"]
        }

        let anchorLine = lines[anchor - 1]
        var terminator = anchorLine.terminator
        var lastTerminator = terminator
        if terminator.isEmpty {
            // The anchor is the last line and has no line ending: give it one, keep none at the end.
            terminator = source.preferredTerminator
            lastTerminator = ""
            lines[anchor - 1] = SourceLine(number: anchorLine.number, text: anchorLine.text, terminator: terminator)
        }
        let inserted = newTexts.enumerated().map { offset, text in
            SourceLine(number: 0, text: text, terminator: offset == newTexts.count - 1 ? lastTerminator : terminator)
        }
        lines.insert(contentsOf: inserted, at: anchor)
        return lines
    }
}
