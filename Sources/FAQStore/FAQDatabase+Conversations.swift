import Foundation
import GRDB

/// One incoming message as the store logs it.
public struct MessageRecord: Sendable, Hashable {
    /// The WhatsApp message id: the key of exactly-once handling.
    public var id: String
    /// When WhatsApp received the message.
    public var receivedAt: Date
    /// The sender's WhatsApp id (phone number); `nil` after a privacy purge.
    public var sender: String?
    /// The channel it reached (`Channel.rawValue` in FAQBot, e.g. `tijuana`), if known.
    public var channel: String?
    /// The text as received.
    public var text: String
    /// The decision's action: `answer`, `clarify`, `handoff`, `smalltalk` or `silent`.
    public var action: String
    /// The decision's reason (e.g. `unmatched`, `greeting`), if any.
    public var reason: String?
    /// The entry answered, if any.
    public var entry: String?
    /// The best-matching entry whatever the action, if any.
    public var top: String?
    /// The decision's confidence, in [0, 1].
    public var confidence: Double
    /// The area that must act or that owns the entry, if any.
    public var area: String?
    /// The city the message names or the channel implies, if any.
    public var city: String?

    /// Creates a log row; the fields mirror the message and its `Decision` in FAQBot.
    public init(id: String, receivedAt: Date, sender: String?, channel: String?, text: String, action: String,
                reason: String?, entry: String?, top: String?, confidence: Double, area: String?, city: String?) {
        self.id = id
        self.receivedAt = receivedAt
        self.sender = sender
        self.channel = channel
        self.text = text
        self.action = action
        self.reason = reason
        self.entry = entry
        self.top = top
        self.confidence = confidence
        self.area = area
        self.city = city
    }
}

/// What handling one message does to the queue.
public enum TicketChange: Sendable, Hashable {
    /// Leave the queue as it is.
    case none
    /// Open a ticket for this handoff.
    case open(NewTicket)
    /// Add the message to the sender's active ticket (a person owns the conversation).
    case append(folio: String)
}

/// The outcome of `FAQDatabase.recordHandling`.
public enum HandlingOutcome: Sendable {
    /// The message was new: everything was written; the ticket opened or updated, if any, as
    /// written (not read back: a ticket a message was added to comes without its messages and
    /// events; `FAQDatabase.ticket(folio:)` reads one whole).
    case recorded(result: Data, ticket: Ticket?)
    /// The message id was already handled: nothing changed; the first result is returned.
    case duplicate(result: Data)
}

/// What the database knows about a message and its sender before the message is handled.
public struct MessageContext: Sendable {
    /// The stored result when the message was handled before (a redelivery), else `nil`.
    public var handledResult: Data?
    /// The sender's open or claimed ticket, if a person owns the conversation.
    public var activeTicket: Ticket?
    /// The sender's conversation state (opaque JSON owned by FAQBot), or `nil`.
    public var state: Data?
    /// The number of the live knowledge version when the context was read (`nil` before the
    /// first import, or for a message handled before): the version to answer with.
    public var knowledgeVersion: Int?
}

/// What handling one message writes besides its log row: the stored result and, for the
/// gateway, the reply to send (written to the outbox in the same transaction).
public struct HandlingWrite: Sendable {
    /// The stored result (the JSON a redelivery returns).
    public var result: Data
    /// The message to send back, or `nil` when nothing goes out (or the caller sends by itself).
    public var outgoing: NewOutgoingMessage?

    /// Creates the write.
    public init(result: Data, outgoing: NewOutgoingMessage? = nil) {
        self.result = result
        self.outgoing = outgoing
    }
}

extension FAQDatabase {
    /// The stored result of a message already handled, or `nil`.
    public func handledResult(messageID: String) throws -> Data? {
        try read { db in try Data.fetchOne(db.cachedStatement(sql: "SELECT result FROM message WHERE id = ?"), arguments: [messageID]) }
    }

    /// Writes everything one handled message changes, in one transaction:
    /// the message log row (once per id), the conversation state, the ticket.
    ///
    /// If the id was already handled (a redelivery, even a simultaneous one),
    /// nothing is written and the first result is returned.
    ///
    /// - Parameters:
    ///   - message: the log row.
    ///   - state: the sender's new conversation state; `nil` clears it.
    ///   - ticketChange: what to do with the queue.
    ///   - result: builds the stored result once the ticket (and its folio) is known.
    public func recordHandling(message: MessageRecord, state: Data?, ticketChange: TicketChange,
                               result: @escaping @Sendable (Ticket?) throws -> Data) throws -> HandlingOutcome {
        try write { db in
            try Self.record(db, message: message, state: state, ticketChange: ticketChange) { HandlingWrite(result: try result($0)) }
        }
    }

    /// The same as the blocking `recordHandling`, suspending instead of blocking while the writer is busy.
    ///
    /// Writes submitted together share one transaction (group commit).
    ///
    /// - Parameter othersInFlight: other messages are being handled at the same time; their
    ///   writes are then gathered into this one's transaction where they can be.
    public func recordHandling(message: MessageRecord, state: Data?, ticketChange: TicketChange,
                               othersInFlight: Bool = false,
                               result: @escaping @Sendable (Ticket?) throws -> Data) async throws -> HandlingOutcome {
        try await recordHandling(message: message, state: state, ticketChange: ticketChange, othersInFlight: othersInFlight) {
            ticket in HandlingWrite(result: try result(ticket))
        }
    }

    /// The same as `recordHandling(message:state:ticketChange:othersInFlight:result:)`, also writing
    /// the reply to the outbox in the same transaction (and releasing the sender's held rows: the
    /// user wrote, so the 24-hour window is open again).
    ///
    /// - Parameter write: builds the stored result and the outgoing message once the ticket is known.
    public func recordHandling(message: MessageRecord, state: Data?, ticketChange: TicketChange,
                               othersInFlight: Bool = false,
                               write: @escaping @Sendable (Ticket?) throws -> HandlingWrite) async throws -> HandlingOutcome {
        try await batchedWrite(gathering: othersInFlight) { db in
            try Self.record(db, message: message, state: state, ticketChange: ticketChange, write: write)
        }
    }

    /// Everything `FAQBot` reads before handling a message, in one read: the stored result if
    /// the message was handled before, and otherwise the sender's active ticket, conversation
    /// state and the live knowledge version (so that the message needs no version check of its own).
    ///
    /// - Parameters:
    ///   - messageID: the message's id, or `nil` not to look for a previous result.
    ///   - sender: the sender, or `nil` for a message without one.
    public func messageContext(messageID: String?, sender: String?) throws -> MessageContext {
        // Without a read transaction: the sender's own writes are serialised by the caller (one
        // message per sender at a time), and the write re-checks the message id in its transaction.
        // One statement for the three lookups: each statement outside a transaction takes and
        // releases the file locks (system calls that cost more than the lookups themselves).
        try unisolatedRead { db in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT (SELECT result FROM message WHERE id = ?1),
                       (SELECT max(id) FROM ticket WHERE sender = ?2 AND status IN ('open', 'claimed')),
                       (SELECT state FROM conversation WHERE sender = ?2),
                       (SELECT max(number) FROM knowledge_version)
                """), arguments: [messageID, sender]) else {
                return MessageContext(handledResult: nil, activeTicket: nil, state: nil, knowledgeVersion: nil)
            }
            if let stored: Data = row[0] {
                return MessageContext(handledResult: stored, activeTicket: nil, state: nil, knowledgeVersion: nil)
            }
            let activeTicket: Ticket? = if let id: Int64 = row[1] { try Self.fetchActiveTicket(db, id: id) } else { nil }
            return MessageContext(handledResult: nil, activeTicket: activeTicket, state: row[2], knowledgeVersion: row[3])
        }
    }

    private static func record(_ db: Database, message: MessageRecord, state: Data?, ticketChange: TicketChange,
                               write: @Sendable (Ticket?) throws -> HandlingWrite) throws -> HandlingOutcome {
        if let previous = try Data.fetchOne(db.cachedStatement(sql: "SELECT result FROM message WHERE id = ?"), arguments: [message.id]) {
            return .duplicate(result: previous)
        }
        var ticket: Ticket?
        switch ticketChange {
        case .none:
            break
        case let .open(new):
            ticket = try insertNewTicket(db, new, at: message.receivedAt)
        case let .append(folio):
            guard var active = try fetchTicketRow(db, folio: folio) else {
                throw StoreError.ticketNotFound(folio: folio)
            }
            try insertMessage(db, ticketID: active.id, author: .user, text: message.text, at: message.receivedAt)
            active.updatedAt = message.receivedAt
            ticket = active
        }
        let written = try write(ticket)
        let data = written.result
        let receivedAt = StoredDate.text(for: message.receivedAt)
        // The user wrote, so the 24-hour window is open again: rows held for them go out first (they
        // are older), then this reply, even when the message itself gets none (a ticket staff own).
        if let sender = message.sender { try releaseHeld(db, recipient: sender, at: receivedAt) }
        if let outgoing = written.outgoing {
            try insertOutgoing(db, outgoing, ticketID: ticket?.id, at: message.receivedAt)
        }
        try db.cachedStatement(sql: """
            INSERT INTO message (id, received_at, sender, channel, text, action, reason, entry, top, confidence, area, city,
                                 ticket_id, result)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [message.id, receivedAt, message.sender, message.channel, message.text,
                             message.action, message.reason, message.entry, message.top, message.confidence,
                             message.area, message.city, ticket?.id, data])
        if let sender = message.sender {
            if let state {
                try db.cachedStatement(sql: """
                    INSERT INTO conversation (sender, channel, state, updated_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT(sender) DO UPDATE SET channel = excluded.channel, state = excluded.state,
                                                      updated_at = excluded.updated_at
                    """).execute(arguments: [sender, message.channel, state, receivedAt])
            } else {
                try db.cachedStatement(sql: "DELETE FROM conversation WHERE sender = ?").execute(arguments: [sender])
            }
        }
        return .recorded(result: data, ticket: ticket)
    }
}
