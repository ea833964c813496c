import FAQStore

/// Turns what the detectors found and what the matcher ranked into the one
/// decision of the contract.
///
/// Precedence, first that applies:
/// 1. nothing readable in the message → `handoff`/`unmatched` (a person looks);
/// 2. the user asks for a person → `handoff`/`requested` (always honoured);
/// 3. a complaint → `handoff`/`complaint` (caught early, even inside a question
///    or about one's own case: the complaint is what staff must route);
/// 4. a question about one particular case → `handoff`/`case`;
/// 5. a suggestion → `handoff`/`suggestion`;
/// 6. greeting, thanks or goodbye alone → `smalltalk`;
/// 7. otherwise the matcher: `answer` when P(top right) reaches the answer
///    threshold, `clarify` when P(right among options) reaches the clarify
///    threshold, else `handoff`/`unmatched`.
struct Decider: Sendable {
    let policy: DecisionPolicy
    let composer: ReplyComposer
    let router: TicketRouter
    /// Area that attends what no entry or rule assigns (the CHAT PJBC depends on Presidencia).
    var defaultArea: String { router.rules.defaultArea }

    func decide(text: String, analyzed: AnalyzedText, detection: DetectionResult,
                outcome: Matcher.Outcome, index: KnowledgeIndex, channelCity: String?) -> Decision {
        let top = outcome.ranked.first.map { index.entries[$0.position] }
        var decision = Decision(text: text, action: .handoff, reason: .unmatched, top: top?.id,
                                confidence: outcome.confidence, area: top?.area,
                                city: detection.city ?? channelCity, caseNumber: detection.caseNumber,
                                court: detection.court)

        if analyzed.tokens.isEmpty {
            decision.area = defaultArea
            decision.priority = .question
            decision.reply = composer.emptyMessage
            return decision
        }
        for (reason, signal) in [(Decision.Reason.requested, detection.requested), (.complaint, detection.complaint),
                                 (.case, detection.caseQuestion), (.suggestion, detection.suggestion)] where signal.fired {
            decision.reason = reason
            decision.evidence = signal.evidence
            return handoff(decision, reason, analyzed: analyzed, top: top, confidence: outcome.confidence)
        }
        if let smallTalk = detection.smallTalk {
            decision.action = .smalltalk
            decision.reason = Decision.Reason(rawValue: smallTalk.rawValue)
            decision.area = nil
            decision.reply = composer.smallTalk(smallTalk)
            return decision
        }
        if let top, outcome.confidence >= policy.answerThreshold {
            decision.action = .answer
            decision.reason = nil
            decision.entry = top.id
            decision.reply = composer.answer(top)
            return decision
        }
        if outcome.options.count >= 2, outcome.reach >= policy.clarifyThreshold {
            let entries = outcome.options.map { index.entries[$0.position] }
            decision.action = .clarify
            decision.reason = nil
            decision.options = entries.map(\.id)
            decision.optionRows = entries.map { Decision.OptionRow(id: $0.id, title: ReplyComposer.title(of: $0)) }
            decision.reply = composer.clarify(decision.optionRows)
            return decision
        }
        return handoff(decision, .unmatched, analyzed: analyzed, top: top, confidence: outcome.confidence)
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
