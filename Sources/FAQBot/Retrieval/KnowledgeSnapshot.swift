import FAQStore

/// One knowledge version ready to serve: analyser, detectors, index and model
/// built together, so no message ever sees half of an import.
///
/// A class: a message passes its snapshot through every stage, and a struct of
/// this size would be copied (a retain per field) at each hand-over.
final class KnowledgeSnapshot: Sendable {
    let version: KnowledgeVersion?
    let settings: KnowledgeSettings
    let analyzer: Analyzer
    let detectors: MessageDetectors
    let index: KnowledgeIndex
    let model: MatchModel
    /// The terms that name no topic (places, ordinals, courtesy words).
    let topicless: TopiclessTerms
    /// Answers rendered for WhatsApp, cached for this version only.
    let renderedAnswers = RenderedAnswers()

    var matcher: Matcher { Matcher(index: index, model: model) }

    init(version: KnowledgeVersion?, settings: KnowledgeSettings, vocabulary: [String: Int],
         entries: [IndexedEntry], negatives: [AnalyzedPhrase], model: MatchModel) {
        self.version = version
        self.settings = settings
        analyzer = Analyzer(settings: settings.analysis, vocabulary: vocabulary)
        detectors = MessageDetectors(lexicon: settings.detectors)
        topicless = TopiclessTerms(lexicon: settings.detectors, analyzer: analyzer)
        index = KnowledgeIndex(entries: entries, negatives: negatives.map(\.analyzed))
        self.model = model
    }

    /// A knowledge base with no entries: every question is handed to a person.
    static let empty = KnowledgeSnapshot(
        version: nil,
        settings: KnowledgeSettings(analysis: AnalysisSettings(), detectors: .empty, texts: .defaults, routing: .empty),
        vocabulary: [:], entries: [], negatives: [], model: .empty)
}
