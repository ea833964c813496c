import FAQStore
import Foundation
import Logging
import Synchronization

/// The stateless decision engine: one message in, one `Decision` out.
///
/// A message goes analyse → detect → retrieve → score → decide. The
/// engine keeps the live knowledge version in memory and picks up a new
/// import at the next message, atomically. It is `Sendable`: share one engine
/// between all tasks.
///
/// ```swift
/// let engine = FAQEngine(database: try FAQDatabase(path: "faq.sqlite"))
/// let decision = engine.decide("como me doy de alta en el tribunal electronico", channelCity: "Tijuana")
/// print(decision.action, decision.entry ?? "-", decision.confidence)
/// ```
public final class FAQEngine: Sendable {
    /// Settings a caller may override.
    public struct Configuration: Sendable {
        /// Thresholds to use instead of the ones fitted on import.
        public var policy: DecisionPolicy?
        /// Area that attends what no entry or route assigns, instead of the one in `Knowledge/rutas.md`.
        public var defaultArea: String?
        /// Where the engine logs errors and knowledge reloads.
        public var logger: Logger

        /// Creates a configuration; `nil` keeps the fitted thresholds and the default area of `rutas.md`.
        public init(policy: DecisionPolicy? = nil, defaultArea: String? = nil,
                    logger: Logger = Logger(label: "mx.gob.pjbc.faqbot")) {
            self.policy = policy
            self.defaultArea = defaultArea
            self.logger = logger
        }
    }

    /// The database the knowledge is read from.
    public let database: FAQDatabase
    /// The caller's overrides.
    public let configuration: Configuration
    private let snapshot = Mutex<KnowledgeSnapshot?>(nil)
    /// Held while a new version loads: the messages that need it wait for that one load instead of
    /// each loading a copy (64 concurrent messages after an import would otherwise load 64 copies).
    private let loading = Mutex<Void>(())

    /// Creates an engine on `database`; the knowledge is loaded at the first message and reloaded after each import.
    public init(database: FAQDatabase, configuration: Configuration = Configuration()) {
        self.database = database
        self.configuration = configuration
    }

    /// Decides what to do with one message, on its own (no conversation state).
    ///
    /// Never throws and never crashes on any text: if the database fails, the
    /// engine goes on with the knowledge it has in memory.
    ///
    /// - Parameters:
    ///   - text: the message as received.
    ///   - channelCity: the city of the WhatsApp number the message reached, if known.
    /// - Returns: the decision, with its reply.
    public func decide(_ text: String, channelCity: String? = nil) -> Decision {
        evaluate(text, channelCity: channelCity).decision
    }

    /// The decision together with every candidate's evidence, for staff (`faq-admin ask --explain`).
    public func explain(_ text: String, channelCity: String? = nil) -> Explanation {
        evaluate(text, channelCity: channelCity, includingFeatures: true)
    }

    /// Loads the live knowledge now, if it is not loaded yet, instead of on the first message: the
    /// load builds the index and fits the detectors' models (a second or more). A server calls it
    /// before it listens; later imports are still loaded by the first message that sees them.
    ///
    /// - Returns: the version loaded, `nil` when none has been imported.
    @discardableResult
    public func loadKnowledge() -> KnowledgeVersion? {
        currentSnapshot().version
    }

    /// The knowledge version being served, `nil` when none has been imported.
    public func knowledgeVersion() -> KnowledgeVersion? {
        currentSnapshot().version
    }

    /// The fitted calibration report of the live version.
    public func calibrationReport() -> CalibrationReport {
        currentSnapshot().model.report
    }

    /// The thresholds in force (fitted, or the configured override).
    public func policy() -> DecisionPolicy {
        configuration.policy ?? currentSnapshot().model.policy
    }

    /// The analysis of a text with the live knowledge's settings and vocabulary.
    public func analyze(_ text: String) -> AnalyzedText {
        currentSnapshot().analyzer.analyze(text)
    }

    /// The whole evaluation of a message: analysis, detection, candidates and decision.
    ///
    /// - Parameters:
    ///   - snapshot: the knowledge to use; the live one when `nil` (callers that
    ///     need several steps on one version pass it, and read the version once).
    ///   - includingFeatures: whether candidates carry their features by name (for staff; the
    ///     message path needs only ids and scores, and naming the features costs a dictionary each).
    func evaluate(_ text: String, channelCity: String?, snapshot: KnowledgeSnapshot? = nil,
                  includingFeatures: Bool = false) -> Explanation {
        let knowledge = snapshot ?? currentSnapshot()
        let analyzed = knowledge.analyzer.analyze(text)
        let detection = knowledge.detectors.detect(analyzed)
        // Around a greeting or thanks, only the other words are matched: «buen día» must not
        // count for the non-working-days entry, nor «me despido» for the labour courts.
        let matched = detection.courtesy.map { knowledge.analyzer.analyze($0.remainder.joined(separator: " ")) } ?? analyzed
        let query = knowledge.index.query(for: matched, classifier: knowledge.model.classifier)
        var outcome = knowledge.matcher.match(query: query, positions: knowledge.index.candidatePositions(for: query))
        let tools = replyTools(knowledge)
        let decider = Decider(policy: configuration.policy ?? knowledge.model.policy, composer: tools.composer,
                              router: tools.router)
        let index = knowledge.index
        let hasTopic = knowledge.topicless.hasTopic(matched.terms) { index.termIDs[$0] != nil }
        if !hasTopic {
            // Words that name no topic are no evidence that the top entry is right, however well they match.
            outcome.confidence = min(outcome.confidence, TopiclessTerms.confidenceCap)
            outcome.reach = min(outcome.reach, TopiclessTerms.confidenceCap)
        }
        let decision = decider.decide(text: text, analyzed: analyzed, detection: detection, outcome: outcome,
                                      index: index, channelCity: channelCity, hasTopic: hasTopic)
        return Explanation(decision: decision, analyzed: analyzed, detection: detection,
                           candidates: outcome.ranked.prefix(5).map { candidate in
                               Explanation.Candidate(entry: knowledge.index.entries[candidate.position].id,
                                                     score: candidate.score,
                                                     features: includingFeatures
                                                         ? Dictionary(uniqueKeysWithValues: zip(CandidateFeatures.names,
                                                                                                candidate.features.vector))
                                                         : [:])
                           },
                           reach: outcome.reach, knowledgeVersion: knowledge.version?.number)
    }

    /// The answer decision for a known entry (a clarify option the user picked), or `nil` if the entry is gone.
    func answering(entryID: String, text: String, channelCity: String?, snapshot: KnowledgeSnapshot? = nil) -> Decision? {
        let knowledge = snapshot ?? currentSnapshot()
        guard let position = knowledge.index.position(of: entryID) else { return nil }
        let entry = knowledge.index.entries[position]
        return Decision(text: text, action: .answer, entry: entry.id, top: entry.id, confidence: 1, area: entry.area,
                        city: channelCity, reply: replyTools(knowledge).composer.answer(entry))
    }

    /// The reply texts and routing of the live knowledge.
    func replyTools(_ knowledge: KnowledgeSnapshot? = nil) -> (composer: ReplyComposer, router: TicketRouter) {
        let knowledge = knowledge ?? currentSnapshot()
        var routing = knowledge.settings.routing
        if let area = configuration.defaultArea { routing.defaultArea = area }
        return (ReplyComposer(texts: knowledge.settings.texts, renderedAnswers: knowledge.renderedAnswers,
                              officeHours: knowledge.settings.officeHours),
                TicketRouter(rules: routing))
    }

    /// The live snapshot, reloaded when another process imported a new version.
    func currentSnapshot() -> KnowledgeSnapshot {
        let liveNumber: Int?
        do {
            liveNumber = try database.liveVersionNumber()
        } catch {
            configuration.logger.error("cannot read the knowledge version", metadata: ["error": "\(error)"])
            return snapshot.withLock { $0 } ?? .empty
        }
        return snapshot(forLiveVersion: liveNumber)
    }

    /// The snapshot of the version numbered `liveNumber`, which the caller has just read
    /// (`nil`: none imported); loaded now if it is not the cached one.
    func snapshot(forLiveVersion liveNumber: Int?) -> KnowledgeSnapshot {
        if let cached = snapshot.withLock({ $0 }), Self.serves(cached, liveNumber) { return cached }
        return loading.withLock { _ in
            // Another message may have loaded it while this one waited for the lock.
            let cached = snapshot.withLock { $0 }
            if let cached, Self.serves(cached, liveNumber) { return cached }
            do {
                let loaded = try loadSnapshot()
                snapshot.withLock { current in
                    if (current?.version?.number ?? -1) < (loaded.version?.number ?? -1) || current == nil { current = loaded }
                }
                configuration.logger.info("knowledge loaded", metadata: ["version": "\(loaded.version?.number ?? 0)",
                                                                          "entries": "\(loaded.index.entries.count)"])
                return loaded
            } catch {
                configuration.logger.error("cannot load the knowledge", metadata: ["error": "\(error)"])
                return cached ?? .empty
            }
        }
    }

    /// Whether `snapshot` may answer a message that read `liveNumber` as the live version:
    /// that version, or a newer one loaded meanwhile.
    private static func serves(_ snapshot: KnowledgeSnapshot, _ liveNumber: Int?) -> Bool {
        switch (snapshot.version?.number, liveNumber) {
        case (nil, nil): return true
        case let (number?, live?): return number >= live
        default: return false
        }
    }

    private func loadSnapshot() throws -> KnowledgeSnapshot {
        // Serving never shows a variant: only their analysed form goes into the index.
        guard let stored = try database.loadKnowledge(variantTexts: false) else { return .empty }
        let decoder = JSONDecoder()
        let settings = try decoder.decode(KnowledgeSettings.self, from: stored.settings)
        let model = try decoder.decode(MatchModel.self, from: stored.model)
        var vocabulary: [String: Int] = [:]
        for term in try database.vocabulary() { vocabulary[term.term] = term.documentCount }
        return KnowledgeSnapshot(version: stored.version, settings: settings, vocabulary: vocabulary,
                                 entries: stored.entries, negatives: stored.negatives, model: model)
    }
}

/// A decision with the evidence behind it, for staff.
public struct Explanation: Sendable {
    /// One candidate entry with its ranking score and features.
    public struct Candidate: Sendable, Hashable, Codable {
        /// The entry id.
        public var entry: String
        /// The ranker's probability that this entry is the right one, in [0, 1].
        public var score: Double
        /// The ranking features by name, as the ranker saw them (filled by `FAQEngine.explain`).
        public var features: [String: Double]
    }

    /// The decision, as `decide` returns it.
    public var decision: Decision
    /// The analysis of the message.
    public var analyzed: AnalyzedText
    /// What the detectors found.
    public var detection: DetectionResult
    /// The best candidates, best first.
    public var candidates: [Candidate]
    /// Calibrated P(the right entry is among the clarify options).
    public var reach: Double
    /// The number of the knowledge version used; `nil` when none has been imported.
    public var knowledgeVersion: Int?
}
