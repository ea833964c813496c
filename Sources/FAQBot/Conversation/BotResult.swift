import FAQStore

/// What the bot did with one message: the decision, the reply to send, and the
/// ticket it opened or updated.
///
/// Encodes to the JSON of `faq-admin chat --json` (contract section 3): the
/// decision's fields, plus `ticket` and `duplicate`.
public struct BotResult: Sendable, Hashable, Codable {
    /// The ticket a handoff opened, or that a message was added to.
    public struct TicketInfo: Sendable, Hashable, Codable {
        /// The ticket's folio, e.g. `PJBC-2026-000123`.
        public var folio: String
        /// Its status, in Spanish (`abierto`, `tomado`, `resuelto`).
        public var status: String
        /// The area that must act.
        public var area: String
        /// Its priority, in Spanish (`baja`, `normal`, `media`, `alta`, `urgente`).
        public var priority: String
        /// `true` when this message opened the ticket, `false` when it was added to it.
        public var opened: Bool
    }

    /// The WhatsApp id of the message handled.
    public var messageID: String
    /// What the bot decided; its reply ends with the folio when a ticket was opened.
    public var decision: Decision
    /// The ticket opened or updated, `nil` when none.
    public var ticket: TicketInfo?
    /// `true` when this message id was handled before: nothing new happened; this is the first result.
    public var duplicate: Bool

    /// The text to send back to the user; empty for `silent`.
    public var reply: String { decision.reply }

    private enum CodingKeys: String, CodingKey {
        case messageID = "id", ticket, duplicate
    }

    /// Creates a result.
    public init(messageID: String, decision: Decision, ticket: TicketInfo?, duplicate: Bool) {
        self.messageID = messageID
        self.decision = decision
        self.ticket = ticket
        self.duplicate = duplicate
    }

    /// Decodes the JSON of `faq-admin chat --json`.
    public init(from decoder: any Decoder) throws {
        decision = try Decision(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        messageID = try container.decodeIfPresent(String.self, forKey: .messageID) ?? ""
        ticket = try container.decodeIfPresent(TicketInfo.self, forKey: .ticket)
        duplicate = try container.decodeIfPresent(Bool.self, forKey: .duplicate) ?? false
    }

    /// Encodes the JSON of `faq-admin chat --json`: the decision's fields plus `id`, `ticket` and `duplicate`.
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
