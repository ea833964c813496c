/// What the bot remembers about one sender between messages (persisted as JSON).
struct ConversationState: Sendable, Hashable, Codable {
    /// The bot offered these entries and waits for the user to pick one.
    struct PendingClarify: Sendable, Hashable, Codable {
        var options: [String]
        var titles: [String]
        var question: String
        var confidence: Double
    }

    /// The bot asked once for the case data a case question lacked.
    struct PendingCase: Sendable, Hashable, Codable {
        var question: String
        var caseNumber: String?
        var court: String?
        var city: String?
        var evidence: [String]
        var confidence: Double
        var top: String?
    }

    var pendingClarify: PendingClarify?
    var pendingCase: PendingCase?

    var isEmpty: Bool { pendingClarify == nil && pendingCase == nil }
}
