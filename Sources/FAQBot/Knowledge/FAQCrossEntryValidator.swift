/// Checks that entries of `Knowledge/faq.md` do not collide: ids, questions and variants.
///
/// Each problem is recorded on the later entry (in file order) and names the earlier one.
struct FAQCrossEntryValidator: Sendable {
    func validate(_ drafts: inout [FAQEntryDraft]) {
        checkIDs(&drafts)
        checkQuestionsAndVariants(&drafts)
    }

    private func checkIDs(_ drafts: inout [FAQEntryDraft]) {
        var firstLine: [String: Int] = [:]
        for index in drafts.indices {
            guard let id = drafts[index].value(.id), let line = drafts[index].fields[.id]?.line else { continue }
            if let first = firstLine[id] {
                drafts[index].diagnostics.error(FAQDiagnosticMessage.duplicateID(id, firstLine: first), line: line)
            } else {
                firstLine[id] = line
            }
        }
    }

    private func checkQuestionsAndVariants(_ drafts: inout [FAQEntryDraft]) {
        // Questions first, so that a variant can collide with the question of a later entry.
        var questionOwner: [String: Int] = [:]
        for index in drafts.indices {
            let key = TextNormalization.comparisonKey(drafts[index].question)
            guard !key.isEmpty else { continue }
            if let owner = questionOwner[key] {
                drafts[index].diagnostics.error(
                    FAQDiagnosticMessage.duplicateQuestion(otherName: drafts[owner].displayName,
                                                           otherLine: drafts[owner].headingLine),
                    line: drafts[index].headingLine)
            } else {
                questionOwner[key] = index
            }
        }

        var variantOwner: [String: (entry: Int, line: Int)] = [:]
        for index in drafts.indices {
            let variants = drafts[index].variants
            // The keys `FAQEntryValidator` already computed, when it has run on this draft.
            let keys = drafts[index].variantKeys.count == variants.count
                ? drafts[index].variantKeys
                : variants.map { TextNormalization.comparisonKey($0.value) }
            for (variant, key) in zip(variants, keys) {
                if let owner = questionOwner[key], owner != index {
                    drafts[index].diagnostics.error(
                        FAQDiagnosticMessage.variantIsQuestion(variant.value, otherName: drafts[owner].displayName,
                                                               otherLine: drafts[owner].headingLine),
                        line: variant.line)
                }
                if let owner = variantOwner[key], owner.entry != index {
                    drafts[index].diagnostics.error(
                        FAQDiagnosticMessage.variantInOtherEntry(variant.value,
                                                                 otherID: drafts[owner.entry].value(.id) ?? "sin id",
                                                                 otherLine: owner.line),
                        line: variant.line)
                } else if variantOwner[key] == nil {
                    variantOwner[key] = (index, variant.line)
                }
            }
        }
    }
}
