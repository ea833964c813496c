/// The index terms that name no topic: places, court ordinals, subject matters and
/// the single words of greetings, thanks, goodbyes and fillers, as the detector
/// lexicon lists them.
///
/// A message whose known terms are all of these («el segundo», «en el primero
/// civil», «tijuana o ensenada») names nothing an entry could answer, however well
/// those words match a variant: it is never answered nor offered options from them
/// alone. Multi-word greetings are left out on purpose: «buenos días» would make
/// «días» topic-less, and «días inhábiles» is a topic.
///
/// ```swift
/// let topicless = TopiclessTerms(lexicon: lexicon, analyzer: analyzer)
/// topicless.hasTopic(["segund", "tijuan"], isKnown: { _ in true })   // false
/// topicless.hasTopic(["juzg", "tijuan"], isKnown: { _ in true })     // true
/// ```
struct TopiclessTerms: Sendable {
    let terms: Set<String>
    /// The confidence such a message reports at most: its top entry is a guess.
    static let confidenceCap = 0.1

    init(terms: Set<String>) {
        self.terms = terms
    }

    /// Collects the terms the analyser makes of the lexicon's names and single-word formulas.
    init(lexicon: DetectorLexicon, analyzer: Analyzer) {
        var words: [String] = []
        for names in [lexicon.cities, lexicon.ordinals, lexicon.subjects] {
            for name in names {
                words.append(name.name)
                words += name.variants.map(\.text)
            }
        }
        for patterns in [lexicon.greetings, lexicon.thanks, lexicon.goodbyes, lexicon.fillers,
                         lexicon.acknowledgements] {
            words += patterns.map(\.text).filter { !$0.contains(" ") && !$0.contains("*") && !$0.contains("<") }
        }
        var terms = Set<String>()
        for word in words { terms.formUnion(analyzer.analyze(word).terms) }
        self.terms = terms
    }

    /// Whether any of the known `terms` names a topic (unknown terms are no evidence either way).
    func hasTopic(_ terms: [String], isKnown: (String) -> Bool) -> Bool {
        terms.contains { isKnown($0) && !self.terms.contains($0) }
    }
}
