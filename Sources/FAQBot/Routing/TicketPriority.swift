/// How urgently a person must act on a handoff; higher is more urgent.
///
/// Corruption and urgent hearings or deadlines first, then complaints, then
/// questions about a case or a request for a person, then unmatched
/// questions, then suggestions.
public enum TicketPriority: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Suggestions (`baja`).
    case suggestion = 0
    /// Unmatched questions and other handoffs (`normal`).
    case question = 1
    /// Questions about a case and requests for a person (`media`).
    case attention = 2
    /// Complaints (`alta`).
    case complaint = 3
    /// Corruption, or a hearing or deadline today (`urgente`).
    case urgent = 4

    /// The Spanish label staff see.
    public var spanishName: String {
        switch self {
        case .suggestion: return "baja"
        case .question: return "normal"
        case .attention: return "media"
        case .complaint: return "alta"
        case .urgent: return "urgente"
        }
    }

    /// Reads the Spanish label back.
    public init?(spanishName: String) {
        guard let match = Self.allCases.first(where: { $0.spanishName == spanishName }) else { return nil }
        self = match
    }

    /// Orders priorities from least to most urgent.
    public static func < (lhs: TicketPriority, rhs: TicketPriority) -> Bool { lhs.rawValue < rhs.rawValue }
}
