import FAQStore

/// Decides which area must act on a handoff and how urgently, from the
/// staff's rules (`Knowledge/rutas.md`) and what the matcher found.
///
/// Area: a complaint or suggestion goes to the first route whose pattern is
/// in the message (e.g. the Tribunal Electrónico → Informática; bad treatment
/// or corruption → Tribunal de Disciplina Judicial); otherwise, like an
/// unmatched question, to the area of the entry it most resembles when that
/// match is plausible; a request for a person or a case question, and
/// anything else, to the default area (the CHAT PJBC staff, under Presidencia).
struct TicketRouter: Sendable {
    let rules: RoutingRules
    /// Below this confidence the best entry says nothing about the area.
    static let plausibleMatch = 0.3

    func area(for reason: Decision.Reason, words: [String], top: KnowledgeEntry?, confidence: Double) -> String {
        let message = MessageWords(words)
        if reason == .complaint || reason == .suggestion,
           let route = rules.routes.first(where: { !Self.matches($0.patterns, in: message).isEmpty }) {
            return route.area
        }
        switch reason {
        case .complaint, .suggestion, .unmatched:
            if let top, confidence >= Self.plausibleMatch { return top.area }
            return rules.defaultArea
        default:
            return rules.defaultArea
        }
    }

    func priority(for reason: Decision.Reason, words: [String]) -> TicketPriority {
        if reason != .suggestion, !Self.matches(rules.urgent, in: MessageWords(words)).isEmpty { return .urgent }
        switch reason {
        case .complaint: return .complaint
        case .case, .requested: return .attention
        case .suggestion: return .suggestion
        default: return .question
        }
    }

    /// The patterns that occur in the message (contiguous words).
    static func matches(_ patterns: [LexiconPattern], in message: MessageWords) -> [String] {
        patterns.compactMap { pattern in
            let length = pattern.elements.count
            guard length > 0, length <= message.count else { return nil }
            for start in 0...(message.count - length) {
                var matched = true
                for (offset, element) in pattern.elements.enumerated()
                where !element.matches(message.words[start + offset], kind: message.kinds[start + offset]) {
                    matched = false
                    break
                }
                if matched { return pattern.text }
            }
            return nil
        }
    }
}
