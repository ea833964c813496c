/// Reads one `## ` block of `Knowledge/faq.md`: the metadata list, the nested variants and the answer.
///
/// Only the shape is checked here (lines that are not `- key: value`, unknown or repeated
/// keys, misplaced items); the values are checked by `FAQEntryValidator`.
struct FAQEntryScanner: Sendable {
    /// Scans the lines after a heading, up to the next heading.
    func scan(heading: SourceLine, question: String, body: ArraySlice<SourceLine>, file: String) -> FAQEntryDraft {
        var draft = FAQEntryDraft(headingLine: heading.number, question: question, file: file)
        draft.endLine = body.last?.number ?? heading.number
        let lines = Array(body)
        var firstLineFor: [MetadataKey: Int] = [:]
        var metadataStarted = false
        var inVariants = false
        var index = 0

        scanning: while index < lines.count {
            let line = lines[index]
            let text = line.trimmedRight
            if line.isBlank {
                if metadataStarted {
                    // A blank line inside the variants list is tolerated; otherwise the answer starts.
                    let next = lines[(index + 1)...].first { !$0.isBlank }
                    let continuesList = next.flatMap { MarkdownListItem($0.trimmedRight) }.map { $0.indentation > 0 }
                    guard inVariants, continuesList == true else { break scanning }
                }
                index += 1
                continue
            }
            if Self.isCommentLine(text) {
                index += 1
                continue
            }
            if let item = MarkdownListItem(text) {
                metadataStarted = true
                draft.metadataEndLine = line.number
                if item.indentation == 0 {
                    inVariants = readField(item, line: line, into: &draft, firstLineFor: &firstLineFor)
                } else if inVariants {
                    draft.lastVariantItemLine = line.number
                    if item.content.isEmpty {
                        draft.diagnostics.error(FAQDiagnosticMessage.emptyVariant, line: line.number)
                    } else {
                        draft.variants.append(.init(value: item.content, line: line.number))
                    }
                } else {
                    draft.diagnostics.error(FAQDiagnosticMessage.nestedOutsideVariants, line: line.number)
                }
            } else if metadataStarted, text.first == " " || text.first == "\t" {
                draft.metadataEndLine = line.number
                draft.diagnostics.error(FAQDiagnosticMessage.notKeyValue(text.trimmingWhitespace), line: line.number)
            } else {
                break scanning
            }
            index += 1
        }

        let answerLines = lines[index...]
        draft.answerLine = answerLines.first { !$0.isBlank }?.number
        draft.answer = answerLines.map(\.trimmedRight).joined(separator: "\n").trimmingWhitespace
        return draft
    }

    /// Reads a top-level `- key: value` line; returns `true` when it opens the variants list.
    private func readField(_ item: MarkdownListItem, line: SourceLine, into draft: inout FAQEntryDraft,
                           firstLineFor: inout [MetadataKey: Int]) -> Bool {
        guard let (keyText, value) = Self.splitKeyValue(item.content) else {
            draft.diagnostics.error(FAQDiagnosticMessage.notKeyValue(line.trimmed), line: line.number)
            return false
        }
        guard let key = MetadataKey(spelling: keyText) else {
            draft.diagnostics.error(FAQDiagnosticMessage.unknownKey(keyText, closest: .closest(to: keyText)),
                                    line: line.number)
            return false
        }
        if let first = firstLineFor[key] {
            draft.diagnostics.error(FAQDiagnosticMessage.repeatedKey(key, firstLine: first), line: line.number)
            return key == .variants
        }
        firstLineFor[key] = line.number
        if key == .variants {
            draft.variantsLine = line.number
            if !value.isEmpty {
                draft.diagnostics.error(FAQDiagnosticMessage.inlineVariants, line: line.number)
            }
            return true
        }
        draft.fields[key] = .init(value: value, line: line.number)
        return false
    }

    /// Splits `key: value`; the key must be letters and spaces only. `nil` when the text has no such shape.
    static func splitKeyValue(_ content: String) -> (key: String, value: String)? {
        guard let colon = content.firstIndex(of: ":") else { return nil }
        let key = content[..<colon].trimmingWhitespace
        let value = content[content.index(after: colon)...]
        // `https://…` is a link, not a key.
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0 == " " }), !value.hasPrefix("//") else { return nil }
        return (key, value.trimmingWhitespace)
    }

    /// `true` for a line holding only an HTML comment (`<!-- … -->`), allowed among the metadata.
    static func isCommentLine(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace
        return trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->")
    }
}
