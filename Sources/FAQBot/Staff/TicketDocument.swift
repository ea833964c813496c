import FAQStore
import Foundation

/// A ticket as `faq-admin ticket --json` and the console's JSON print it: dates in ISO 8601 with the
/// courts' offset, the priority as its word, each history event with its Spanish label.
public struct TicketDocument: Encodable, Sendable {
    let ticket: Ticket
    let outgoing: [OutboxMessage]

    /// - Parameters:
    ///   - ticket: the whole ticket (messages and events read).
    ///   - outgoing: its WhatsApp sends, if the caller wants them shown.
    public init(_ ticket: Ticket, outgoing: [OutboxMessage] = []) {
        self.ticket = ticket
        self.outgoing = outgoing
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: TicketKeys.self)
        try TicketKeys.encodeListFields(of: ticket, into: &container)
        try container.encode(ticket.sender, forKey: .sender)
        try container.encode(ticket.channel, forKey: .channel)
        try container.encode(ticket.candidates, forKey: .candidates)
        try container.encode(ticket.evidence, forKey: .evidence)
        try container.encode(ticket.staffReply, forKey: .staffReply)
        try container.encode(ticket.messages.map(MessageDocument.init), forKey: .messages)
        try container.encode(ticket.events.map(EventDocument.init), forKey: .history)
        if !outgoing.isEmpty { try container.encode(outgoing.map(OutgoingDocument.init), forKey: .outgoing) }
    }

    struct MessageDocument: Encodable {
        let at: String, author: String, authorLabel: String, text: String?
        init(_ message: Ticket.Message) {
            at = ISODate.text(message.at)
            author = message.author.rawValue
            authorLabel = StaffWording.author(message.author)
            text = message.text
        }
        enum CodingKeys: String, CodingKey { case at, author, authorLabel = "author_label", text }
    }

    struct EventDocument: Encodable {
        let at: String, actor: String, action: String, label: String, detail: String?
        init(_ event: Ticket.Event) {
            at = ISODate.text(event.at)
            actor = event.actor
            action = event.action
            label = StaffWording.action(event.action)
            detail = event.detail
        }
    }

    struct OutgoingDocument: Encodable {
        let createdAt: String, status: String, statusLabel: String, delivery: String?, error: String?
        init(_ row: OutboxMessage) {
            createdAt = ISODate.text(row.createdAt)
            status = row.status.rawValue
            statusLabel = row.status.spanishName
            delivery = row.delivery
            error = row.deliveryError ?? (row.status == .sent ? nil : row.lastError)
        }
        enum CodingKeys: String, CodingKey {
            case createdAt = "created_at", status, statusLabel = "status_label", delivery, error
        }
    }
}

/// A queue row as `faq-admin queue --json` prints it: the ticket's list fields, its newest message and its counts.
public struct QueueRowDocument: Encodable, Sendable {
    let row: QueueRow

    /// Wraps a row for encoding.
    public init(_ row: QueueRow) { self.row = row }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: TicketKeys.self)
        try TicketKeys.encodeListFields(of: row.ticket, into: &container)
        try container.encode(row.lastMessage.map(TicketDocument.MessageDocument.init), forKey: .lastMessage)
        try container.encode(row.messageCount, forKey: .messageCount)
        try container.encode(row.userMessageCount, forKey: .userMessageCount)
        try container.encode(row.staffReplyCount, forKey: .staffReplyCount)
    }
}

/// The keys of both ticket documents, and the fields a list row and a whole ticket share.
enum TicketKeys: String, CodingKey {
    case folio, status, statusLabel = "status_label", reason, reasonLabel = "reason_label", area, city, priority
    case createdAt = "created_at", updatedAt = "updated_at", assignee, confidence, caseNumber = "case_number", court
    case sender, channel, candidates, evidence, staffReply = "staff_reply", messages, history, outgoing
    case lastMessage = "last_message", messageCount = "message_count", userMessageCount = "user_message_count"
    case staffReplyCount = "staff_reply_count"

    /// Folio, status, reason, area, city, priority word, ISO dates, assignee, confidence, case number and court.
    static func encodeListFields(of ticket: Ticket, into container: inout KeyedEncodingContainer<TicketKeys>) throws {
        try container.encode(ticket.folio, forKey: .folio)
        try container.encode(ticket.status.rawValue, forKey: .status)
        try container.encode(ticket.status.spanishName, forKey: .statusLabel)
        try container.encode(ticket.reason, forKey: .reason)
        try container.encode(StaffWording.reason(ticket.reason), forKey: .reasonLabel)
        try container.encode(ticket.area, forKey: .area)
        try container.encode(ticket.city, forKey: .city)
        try container.encode(StaffWording.priority(ticket.priority), forKey: .priority)
        try container.encode(ISODate.text(ticket.createdAt), forKey: .createdAt)
        try container.encode(ISODate.text(ticket.updatedAt), forKey: .updatedAt)
        try container.encode(ticket.assignee, forKey: .assignee)
        try container.encode(ticket.confidence, forKey: .confidence)
        try container.encode(ticket.caseNumber, forKey: .caseNumber)
        try container.encode(ticket.court, forKey: .court)
    }
}

/// Dates as staff-facing JSON carries them: ISO 8601 with milliseconds and the courts' UTC offset
/// (`2026-12-06T21:46:43.120-08:00`), so a reader needs no reference-date arithmetic.
public enum ISODate {
    /// The courts' time zone.
    public static let courtsTimeZone = TimeZone(identifier: "America/Tijuana") ?? .current

    /// `date` in ISO 8601 with the courts' offset.
    public static func text(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: courtsTimeZone))
    }
}
