import FAQStore

/// Decides what one message does to a conversation, before anything is
/// written: the decision, the new state and the change to the queue.
///
/// Rules, in order:
/// 1. a person owns the conversation (an open or claimed ticket): `silent`,
///    and the message is added to that ticket;
/// 2. after a clarify list, "2", "la segunda" or an option's title picks that
///    entry; "ninguna" hands off; anything else is read as a new message;
/// 3. after the bot asked for case data, the next message completes it and
///    the case is handed off with what there is (the bot asks only once);
/// 4. otherwise the engine decides; a case question without its number or
///    court is answered with one request for them (`clarify`/`case`);
/// 5. a reply that hands off (opens a ticket) outside the office hours of
///    `horario.md` adds when a person will answer.
struct ConversationPlanner {
    let engine: FAQEngine

    struct Plan {
        var decision: Decision
        var state: ConversationState
        var ticketChange: TicketChange
        /// The bot texts of the knowledge version the plan was made with.
        var texts: BotTexts
    }

    /// What one message does, before the texts of its knowledge version are attached.
    private struct Step {
        var decision: Decision
        var state: ConversationState
        var ticketChange: TicketChange
    }

    /// - Parameter knowledgeVersion: the live version number read with the message's context.
    func plan(_ message: IncomingMessage, state: ConversationState, activeTicket: Ticket?, knowledgeVersion: Int?) -> Plan {
        // One knowledge version for the whole message, the one live when its context was read.
        let knowledge = engine.snapshot(forLiveVersion: knowledgeVersion)
        let tools = engine.replyTools(knowledge)
        var step = step(message, state: state, activeTicket: activeTicket, knowledge: knowledge, tools: tools)
        // A handoff outside office hours says when a person will answer.
        if case .open = step.ticketChange, !step.decision.reply.isEmpty,
           let notice = tools.composer.afterHoursNotice(at: message.receivedAt) {
            step.decision.reply += "\n\n" + notice
        }
        return Plan(decision: step.decision, state: step.state, ticketChange: step.ticketChange, texts: tools.composer.texts)
    }

    private func step(_ message: IncomingMessage, state: ConversationState, activeTicket: Ticket?,
                      knowledge: KnowledgeSnapshot, tools: (composer: ReplyComposer, router: TicketRouter)) -> Step {
        let city = message.channel?.city
        if let activeTicket {
            let decision = Decision(text: message.loggedText, action: .silent, reason: .owned, area: activeTicket.area,
                                    city: activeTicket.city ?? city, reply: "")
            return Step(decision: decision, state: ConversationState(), ticketChange: .append(folio: activeTicket.folio))
        }
        let explanation = engine.evaluate(message.text, channelCity: city, snapshot: knowledge)

        if let attachment = message.attachment {
            return withAttachment(attachment, explanation: explanation, message: message, tools: tools)
        }

        if let pending = state.pendingClarify {
            switch ClarifyReply(pick: message.pick, options: pending.options)
                ?? ClarifyReply(words: explanation.analyzed.words, titles: pending.titles, ultimateIndex: pending.options.count - 1) {
            case let .pick(index):
                if index < pending.options.count,
                   let answer = engine.answering(entryID: pending.options[index], text: message.text, channelCity: city,
                                                 snapshot: knowledge) {
                    return Step(decision: answer, state: ConversationState(), ticketChange: .none)
                }
            case .none:
                var decision = explanation.decision
                decision.action = .handoff
                decision.reason = .unmatched
                decision.entry = nil
                decision.options = []
                decision.optionRows = []
                decision.top = pending.options.first
                decision.confidence = pending.confidence
                decision.area = tools.router.area(for: .unmatched, words: explanation.analyzed.words, top: nil, confidence: 0)
                decision.priority = .question
                decision.reply = tools.composer.handoff(.unmatched, area: decision.area ?? tools.router.rules.defaultArea)
                return handoff(decision, message: message, firstMessage: pending.question + "\n" + message.text,
                               candidates: pending.options.map { Ticket.Candidate(entry: $0, score: 0) })
            case .unrelated:
                break
            }
        }

        if let pending = state.pendingCase {
            return completeCase(pending, with: explanation, message: message, tools: tools,
                                questionWords: knowledge.analyzer.analyze(pending.question).words)
        }

        var decision = explanation.decision
        let candidates = explanation.candidates.prefix(3).map { Ticket.Candidate(entry: $0.entry, score: $0.score) }
        switch decision.action {
        case .handoff where decision.reason == .case && (decision.caseNumber == nil || decision.court == nil):
            decision.action = .clarify
            decision.reply = tools.composer.texts.text(for: .askCaseData,
                                                       ["faltante": missing(decision, texts: tools.composer.texts)])
            let pendingCase = ConversationState.PendingCase(
                question: message.text, caseNumber: decision.caseNumber, court: decision.court, city: decision.city,
                evidence: decision.evidence, confidence: decision.confidence, top: decision.top)
            return Step(decision: decision, state: ConversationState(pendingCase: pendingCase), ticketChange: .none)
        case .handoff:
            return handoff(decision, message: message, firstMessage: message.text, candidates: Array(candidates))
        case .clarify:
            let pendingClarify = ConversationState.PendingClarify(
                options: decision.options, titles: decision.optionRows.map(\.title), question: message.text,
                confidence: decision.confidence)
            return Step(decision: decision, state: ConversationState(pendingClarify: pendingClarify), ticketChange: .none)
        default:
            return Step(decision: decision, state: ConversationState(), ticketChange: .none)
        }
    }

    /// A document, a voice note, a picture…: a person must open it. The caption's own handoff
    /// (a complaint, a case question…) keeps its reason; otherwise it goes as `unmatched`, noting what came.
    private func withAttachment(_ attachment: IncomingMessage.Attachment, explanation: Explanation, message: IncomingMessage,
                                tools: (composer: ReplyComposer, router: TicketRouter)) -> Step {
        var decision = explanation.decision
        decision.text = message.loggedText
        if decision.action != .handoff {
            decision.action = .handoff
            decision.reason = .unmatched
            decision.entry = nil
            decision.options = []
            decision.optionRows = []
            decision.area = tools.router.area(for: .unmatched, words: explanation.analyzed.words, top: nil, confidence: 0)
            decision.priority = .question
            decision.reply = tools.composer.handoff(.unmatched, area: decision.area ?? tools.router.rules.defaultArea)
        }
        decision.evidence.append("adjunto: " + attachment.spanishName)
        let candidates = explanation.candidates.prefix(3).map { Ticket.Candidate(entry: $0.entry, score: $0.score) }
        return handoff(decision, message: message, firstMessage: message.loggedText, candidates: Array(candidates))
    }

    /// The second message of a case question: hand off with what the two messages give.
    private func completeCase(_ pending: ConversationState.PendingCase, with explanation: Explanation,
                              message: IncomingMessage, tools: (composer: ReplyComposer, router: TicketRouter),
                              questionWords: [String]) -> Step {
        var decision = explanation.decision
        let detection = explanation.detection
        // A complaint or a request for a person in the reply keeps its own reason.
        let reason: Decision.Reason = decision.action == .handoff && [.complaint, .requested].contains(decision.reason)
            ? (decision.reason ?? .case) : .case
        decision.action = .handoff
        decision.reason = reason
        decision.entry = nil
        decision.options = []
        decision.optionRows = []
        decision.caseNumber = pending.caseNumber ?? detection.caseNumber
        decision.court = pending.court ?? detection.court
        decision.city = pending.city ?? detection.city ?? decision.city
        decision.evidence = pending.evidence + decision.evidence
        decision.top = pending.top
        decision.confidence = pending.confidence
        let words = explanation.analyzed.words
        decision.area = tools.router.area(for: reason, words: words, top: nil, confidence: 0)
        decision.priority = max(tools.router.priority(for: reason, words: words),
                                tools.router.priority(for: reason, words: questionWords))
        decision.reply = tools.composer.handoff(reason, area: decision.area ?? tools.router.rules.defaultArea)
        return handoff(decision, message: message, firstMessage: pending.question + "\n" + message.text, candidates: [])
    }

    private func handoff(_ decision: Decision, message: IncomingMessage, firstMessage: String,
                         candidates: [Ticket.Candidate]) -> Step {
        let ticket = NewTicket(sender: message.sender, channel: message.channel?.rawValue, city: decision.city,
                               reason: decision.reason?.rawValue ?? "unmatched",
                               area: decision.area ?? "Presidencia",
                               priority: (decision.priority ?? .question).rawValue, confidence: decision.confidence,
                               candidates: candidates, evidence: decision.evidence, caseNumber: decision.caseNumber,
                               court: decision.court, firstMessage: firstMessage)
        return Step(decision: decision, state: ConversationState(), ticketChange: .open(ticket))
    }

    private func missing(_ decision: Decision, texts: BotTexts) -> String {
        switch (decision.caseNumber == nil, decision.court == nil) {
        case (true, true): return texts.text(for: .missingCaseNumberAndCourt)
        case (true, false): return texts.text(for: .missingCaseNumber)
        default: return texts.text(for: .missingCourt)
        }
    }
}
