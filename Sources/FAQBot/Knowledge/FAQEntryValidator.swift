import FAQStore

/// Checks the values of one entry of `Knowledge/faq.md` and turns it into a `KnowledgeEntry`.
struct FAQEntryValidator: Sendable {
    /// Longest `título` WhatsApp shows in a list row.
    static let maximumTitleLength = 24

    let formatter: WhatsAppFormatter

    /// Records the entry's own problems in `draft.diagnostics` and removes repeated variants.
    func validate(_ draft: inout FAQEntryDraft) {
        let name = draft.displayName
        if draft.question.isEmpty {
            draft.diagnostics.error(FAQDiagnosticMessage.emptyQuestion, line: draft.headingLine)
        }
        checkID(&draft)
        if draft.value(.area) == nil {
            draft.diagnostics.error(FAQDiagnosticMessage.missingArea(name),
                                    line: draft.fields[.area]?.line ?? draft.headingLine)
        }
        if let title = draft.fields[.title], title.value.count > Self.maximumTitleLength {
            draft.diagnostics.error(FAQDiagnosticMessage.titleTooLong(title.value, length: title.value.count,
                                                                      maximum: Self.maximumTitleLength),
                                    line: title.line)
        }
        checkCities(&draft)
        if draft.value(.source) == nil {
            draft.diagnostics.warning(FAQDiagnosticMessage.missingSource(name),
                                      line: draft.fields[.source]?.line ?? draft.headingLine)
        }
        if let reviewed = draft.fields[.reviewed], !reviewed.value.isEmpty {
            if !ReviewDate.isValid(reviewed.value) {
                draft.diagnostics.error(FAQDiagnosticMessage.badDate(reviewed.value), line: reviewed.line)
            }
        } else {
            draft.diagnostics.warning(FAQDiagnosticMessage.missingReviewed(name),
                                      line: draft.fields[.reviewed]?.line ?? draft.headingLine)
        }
        checkVariants(&draft)
        checkAnswer(&draft)
    }

    /// The entry, or `nil` when the draft has errors.
    func entry(from draft: FAQEntryDraft) -> KnowledgeEntry? {
        guard !draft.diagnostics.hasErrors, let id = draft.value(.id), let area = draft.value(.area) else {
            return nil
        }
        return KnowledgeEntry(id: id, question: draft.question, title: draft.value(.title), area: area,
                              cities: Self.cities(from: draft.value(.cities) ?? ""),
                              source: draft.value(.source) ?? "", reviewed: draft.value(.reviewed) ?? "",
                              variants: draft.variants.map(\.value), answer: draft.answer)
    }

    /// The cities of a `ciudades` value: `[]` for `todas` or nothing, else the trimmed comma-separated names.
    static func cities(from value: String) -> [String] {
        let names = value.split(separator: ",").map(\.trimmingWhitespace).filter { !$0.isEmpty }
        if names.count == 1, TextNormalization.folded(names[0]) == "todas" { return [] }
        return names
    }

    private func checkID(_ draft: inout FAQEntryDraft) {
        guard let id = draft.value(.id) else {
            let suggestion = TextNormalization.slug(draft.question) ?? "mi-pregunta"
            draft.diagnostics.error(FAQDiagnosticMessage.missingID(question: draft.question, suggestion: suggestion),
                                    line: draft.fields[.id]?.line ?? draft.headingLine)
            return
        }
        if !TextNormalization.isSlug(id) {
            let suggestion = TextNormalization.slug(id) ?? TextNormalization.slug(draft.question) ?? "mi-pregunta"
            draft.diagnostics.error(FAQDiagnosticMessage.invalidID(id, suggestion: suggestion),
                                    line: draft.fields[.id]?.line ?? draft.headingLine)
        }
    }

    private func checkCities(_ draft: inout FAQEntryDraft) {
        guard let field = draft.fields[.cities] else { return }
        let names = Self.cities(from: field.value)
        for name in names {
            if TextNormalization.folded(name) == "todas" {
                draft.diagnostics.warning(FAQDiagnosticMessage.allCitiesMixed, line: field.line)
            } else if !BajaCaliforniaCity.isKnown(name) {
                draft.diagnostics.warning(
                    FAQDiagnosticMessage.unknownCity(name, suggestion: BajaCaliforniaCity.suggestion(for: name)),
                    line: field.line)
            }
        }
    }

    private func checkVariants(_ draft: inout FAQEntryDraft) {
        if draft.variants.isEmpty {
            if draft.lastVariantItemLine == nil {
                draft.diagnostics.warning(FAQDiagnosticMessage.noVariants(draft.displayName),
                                          line: draft.variantsLine ?? draft.headingLine)
            }
            return
        }
        var firstLine: [String: Int] = [:]
        var unique: [FAQEntryDraft.Field] = []
        var uniqueKeys: [String] = []
        for variant in draft.variants {
            let key = TextNormalization.comparisonKey(variant.value)
            if let first = firstLine[key] {
                draft.diagnostics.warning(FAQDiagnosticMessage.repeatedVariant(variant.value, firstLine: first),
                                          line: variant.line)
            } else {
                firstLine[key] = variant.line
                unique.append(variant)
                uniqueKeys.append(key)
            }
        }
        draft.variants = unique
        draft.variantKeys = uniqueKeys
    }

    private func checkAnswer(_ draft: inout FAQEntryDraft) {
        guard !draft.answer.isEmpty else {
            draft.diagnostics.error(FAQDiagnosticMessage.emptyAnswer(draft.displayName), line: draft.headingLine)
            return
        }
        // Most answers are far too short to reach the limit however they render.
        guard WhatsAppFormatter.renderedLengthBound(draft.answer) > WhatsAppFormatter.maximumLength else { return }
        let length = formatter.render(draft.answer).count
        if length > WhatsAppFormatter.maximumLength {
            draft.diagnostics.error(
                FAQDiagnosticMessage.answerTooLong(draft.displayName, length: length,
                                                   maximum: WhatsAppFormatter.maximumLength),
                line: draft.answerLine ?? draft.headingLine)
        }
    }
}
