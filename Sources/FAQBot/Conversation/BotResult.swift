import FAQStore

/// What the bot did with one message: the decision, the reply to send, and the
/// ticket it opened or updated.
///
/// Encodes to the JSON of `faq-admin chat --json` (contract section 3): the
/// decision's fields, plus `ticket` and `duplicate`.
public struct BotResult: Sendable, Hashable, Codable {
    /// The ticket a handoff opened, or that a message was added to.
    public struct TicketInfo: Sendable, Hashable, Codable {
        public var folio: String
        public var status: String
        public var area: String
        public var priority: String
        /// `true` when this message opened the ticket, `false` when it was added to it.
        public var opened: Bool
    }

    public var messageID: String
    public var decision: Decision
    public var ticket: TicketInfo?
    /// `true` when this message id was handled before: nothing new happened; this is the first result.
    public var duplicate: Bool

    /// The text to send back to the user; empty for `silent`.
    public var reply: String { decision.reply }

    private enum CodingKeys: String, CodingKey {
        case messageID = "id", ticket, duplicate
    }

    public init(messageID: String, decision: Decision, ticket: TicketInfo?, duplicate: Bool) {
        self.messageID = messageID
        self.decision = decision
        self.ticket = ticket
        self.duplicate = duplicate
    }

    public init(from decoder: any Decoder) throws {
        decision = try Decision(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        messageID = try container.decodeIfPresent(String.self, forKey: .messageID) ?? ""
        ticket = try container.decodeIfPresent(TicketInfo.self, forKey: .ticket)
        duplicate = try container.decodeIfPresent(Bool.self, forKey: .duplicate) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        try decision.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(messageID, forKey: .messageID)
        try container.encode(ticket, forKey: .ticket)
        try container.encode(duplicate, forKey: .duplicate)
    }
}

extension BotResult.TicketInfo {
    init(_ ticket: Ticket, opened: Bool) {
        folio = ticket.folio
        status = ticket.status.spanishName
        area = ticket.area
        priority = TicketPriority(rawValue: ticket.priority)?.spanishName ?? "\(ticket.priority)"
        self.opened = opened
    }
}
