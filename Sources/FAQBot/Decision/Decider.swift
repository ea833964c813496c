import FAQStore

/// Turns what the detectors found and what the matcher ranked into the one
/// decision of the contract.
///
/// Precedence, first that applies:
/// 1. nothing readable in the message → `handoff`/`unmatched` (a person looks);
/// 2. the user asks for a person → `handoff`/`requested` (always honoured);
/// 3. a complaint → `handoff`/`complaint` (caught early, even inside a question
///    or about one's own case: the complaint is what staff must route);
/// 4. a question about one particular case → `handoff`/`case` (a case signal as weak
///    as a possessive alone, or the case model's alone, yields to a confident answer: «¿se
///    necesita cita para ver mi expediente?»);
/// 5. a suggestion → `handoff`/`suggestion`;
/// 6. greeting, thanks or goodbye alone → `smalltalk`;
/// 7. otherwise the matcher: `answer` when P(top right) reaches the answer
///    threshold, `clarify` when P(right among options) reaches the clarify
///    threshold (never for a greeting or thanks around words that ask for nothing, and
///    neither when the matched words name no topic: places, ordinals, courtesy);
/// 8. a greeting, thanks or goodbye whose other words neither matched nor ask for
///    anything → `smalltalk` («Buenas tardes, le saluda la secretaria del Lic. Ruiz»);
/// 9. else `handoff`/`unmatched`.
struct Decider: Sendable {
    let policy: DecisionPolicy
    let composer: ReplyComposer
    let router: TicketRouter
    /// Area that attends what no entry or rule assigns (the CHAT PJBC depends on Presidencia).
    var defaultArea: String { router.rules.defaultArea }

    /// - Parameter hasTopic: whether the matched words name a topic (`TopiclessTerms`); when not,
    ///   the message is neither answered nor offered options.
    func decide(text: String, analyzed: AnalyzedText, detection: DetectionResult,
                outcome: Matcher.Outcome, index: KnowledgeIndex, channelCity: String?, hasTopic: Bool = true) -> Decision {
        let top = outcome.ranked.first.map { index.entries[$0.position] }
        var decision = Decision(text: text, action: .handoff, reason: .unmatched, top: top?.id,
                                confidence: outcome.confidence, area: top?.area,
                                city: detection.city ?? channelCity, caseNumber: detection.caseNumber,
                                court: detection.court)

        // A message with no words is empty, unless it is acknowledging emoji alone (👍: a thanks).
        if analyzed.tokens.isEmpty && detection.smallTalk == nil {
            decision.area = defaultArea
            decision.priority = .question
            decision.reply = composer.emptyMessage
            return decision
        }
        for (reason, signal) in [(Decision.Reason.requested, detection.requested), (.complaint, detection.complaint),
                                 (.case, detection.caseQuestion), (.suggestion, detection.suggestion)] where signal.fired {
            if reason == .case, Self.isGeneralProcedure(detection: detection, confidence: outcome.confidence, policy: policy) {
                continue
            }
            decision.reason = reason
            decision.evidence = signal.evidence
            return handoff(decision, reason, analyzed: analyzed, top: top, confidence: outcome.confidence)
        }
        if let smallTalk = detection.smallTalk {
            return smallTalkDecision(decision, smallTalk)
        }
        if let top, hasTopic, outcome.confidence >= policy.answerThreshold {
            decision.action = .answer
            decision.reason = nil
            decision.entry = top.id
            decision.reply = composer.answer(top)
            return decision
        }
        // A greeting or thanks around words that ask for nothing is not offered a list of topics.
        let asksNothing = detection.courtesy.map { !$0.asks } ?? false
        if hasTopic, !asksNothing, outcome.options.count >= 2, outcome.reach >= policy.clarifyThreshold {
            let entries = outcome.options.map { index.entries[$0.position] }
            decision.action = .clarify
            decision.reason = nil
            decision.options = entries.map(\.id)
            decision.optionRows = entries.map { Decision.OptionRow(id: $0.id, title: ReplyComposer.title(of: $0)) }
            decision.reply = composer.clarify(decision.optionRows)
            return decision
        }
        if let courtesy = detection.courtesy, !courtesy.asks {
            return smallTalkDecision(decision, courtesy.kind)
        }
        return handoff(decision, .unmatched, analyzed: analyzed, top: top, confidence: outcome.confidence)
    }

    /// The case signal's score below which a confident answer wins: evidence that weak is a
    /// possessive alone («mi expediente», «mi juicio») or the case model alone (its weight is
    /// `ExampleClassifier.aloneWeight`), with no case number nor words about the case's state, as
    /// in «¿se necesita cita para ver mi expediente?», which an entry answers.
    static let weakCaseScore = 0.65
    /// The confidence an answer needs to win over such a signal: more than the answer threshold,
    /// since a case question answered with an entry leaves the lawyer without the person he needs.
    static let generalProcedureConfidence = 0.85

    /// Whether a message that mentions the sender's own case asks, in fact, a general procedure.
    static func isGeneralProcedure(detection: DetectionResult, confidence: Double, policy: DecisionPolicy) -> Bool {
        detection.caseQuestion.score < weakCaseScore && detection.caseNumber == nil
            && confidence >= max(policy.answerThreshold, generalProcedureConfidence)
    }

    private func smallTalkDecision(_ base: Decision, _ kind: DetectionResult.SmallTalk) -> Decision {
        var decision = base
        decision.action = .smalltalk
        decision.reason = Decision.Reason(rawValue: kind.rawValue)
        decision.area = nil
        decision.reply = composer.smallTalk(kind)
        return decision
    }

    /// A handoff with its routed area, priority and reply.
    private func handoff(_ base: Decision, _ reason: Decision.Reason, analyzed: AnalyzedText, top: KnowledgeEntry?,
                         confidence: Double) -> Decision {
        var decision = base
        decision.action = .handoff
        decision.reason = reason
        let area = router.area(for: reason, words: analyzed.words, top: top, confidence: confidence)
        decision.area = area
        decision.priority = router.priority(for: reason, words: analyzed.words)
        decision.reply = composer.handoff(reason, area: area)
        return decision
    }
}
