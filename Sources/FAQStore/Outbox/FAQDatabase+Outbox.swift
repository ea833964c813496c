import Foundation
import GRDB

/// The outbox: every outgoing WhatsApp message, written in the transaction that caused it
/// (the bot's reply to a message, a staff reply) and sent later by the gateway's sender.
///
/// Rows of one recipient are sent in id order: a row is due only when no older row of the same
/// recipient is still pending or held. A row is marked sent only after the Cloud API accepted it,
/// so a crash between the API's answer and that mark sends at most that row again.
///
/// ```swift
/// for row in try database.dueOutgoing(now: Date(), excluding: inFlight, limit: 50) {
///     let wamid = try await graph.send(row)
///     try database.markSent(id: row.id, providerID: wamid)
/// }
/// ```
extension FAQDatabase {
    /// Rows that may be sent now, oldest first: pending, due, and first in line for their recipient.
    ///
    /// A template row (the invitation to write again) waits for nothing: the rows before it are the
    /// ones held until the user answers it. The filters run in SQL, so a backlog of thousands costs
    /// only the rows returned (the sender asks often, for a few).
    ///
    /// - Parameters:
    ///   - now: the current time.
    ///   - excluding: rows already being sent.
    ///   - skippingChannels: channels whose number cannot send now (their rows wait).
    ///   - limit: at most this many rows.
    public func dueOutgoing(now: Date = Date(), excluding: Set<Int64> = [], skippingChannels: Set<String> = [],
                            limit: Int = 100) throws -> [OutboxMessage] {
        // Both sets go to SQL as JSON arrays (`json_each`), so the statement stays one cached statement.
        let encoder = JSONEncoder()
        let excludedIDs = String(decoding: try encoder.encode(excluding.sorted()), as: UTF8.self)
        let skipped = String(decoding: try encoder.encode(skippingChannels.sorted()), as: UTF8.self)
        // One statement, consistent by itself: no snapshot transaction needed (see `unisolatedRead`).
        return try unisolatedRead { db in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT * FROM outbox o
                WHERE o.status = 'pending' AND o.next_attempt_at <= ?
                  AND o.id NOT IN (SELECT value FROM json_each(?))
                  AND o.channel NOT IN (SELECT value FROM json_each(?))
                  AND (o.kind = 'template'
                       OR NOT EXISTS (SELECT 1 FROM outbox p WHERE p.recipient = o.recipient AND p.id < o.id
                                      AND p.status IN ('pending', 'held')))
                ORDER BY o.id LIMIT ?
                """), arguments: [StoredDate.text(for: now), excludedIDs, skipped, limit]).map(Self.outboxMessage(from:))
        }
    }

    /// Writes one message to the outbox in its own transaction (e.g. a message the gateway sends by itself).
    @discardableResult
    public func enqueue(_ message: NewOutgoingMessage, ticketID: Int64? = nil, at date: Date = Date()) throws -> Int64 {
        try write { db in try Self.insertOutgoing(db, message, ticketID: ticketID, at: date) }
    }

    /// The Cloud API accepted the row: it is sent, with the id the API gave it.
    public func markSent(id: Int64, providerID: String?, at date: Date = Date()) throws {
        try write { db in try Self.updateSent(db, id: id, providerID: providerID, at: date) }
    }

    /// `markSent` from async code, in the next group-commit transaction: the sender's marks share the
    /// webhooks' transactions instead of each taking the writer (and blocking a thread) on its own.
    public func recordSent(id: Int64, providerID: String?, at date: Date = Date()) async throws {
        try await batchedWrite { db in try Self.updateSent(db, id: id, providerID: providerID, at: date) }
    }

    private static func updateSent(_ db: Database, id: Int64, providerID: String?, at date: Date) throws {
        try db.cachedStatement(sql: """
            UPDATE outbox SET status = 'sent', provider_id = ?, sent_at = ?, attempts = attempts + 1, last_error = NULL
            WHERE id = ?
            """).execute(arguments: [providerID, StoredDate.text(for: date), id])
    }

    /// A send failed for a reason that may pass (throttling, a server error, a time-out): try again at `next`.
    ///
    /// - Parameter countsAttempt: `false` when the failure is not the row's (the recipient's pacing).
    public func scheduleRetry(id: Int64, error: String, next: Date, countsAttempt: Bool = true) throws {
        try write { db in
            try db.cachedStatement(sql: """
                UPDATE outbox SET attempts = attempts + ?, last_error = ?, next_attempt_at = ? WHERE id = ? AND status = 'pending'
                """).execute(arguments: [countsAttempt ? 1 : 0, error, StoredDate.text(for: next), id])
        }
    }

    /// The row is refused for good: it ends as failed, and its ticket (if any) records why.
    public func markFailed(id: Int64, error: String, at date: Date = Date()) throws {
        try write { db in
            try db.cachedStatement(sql: "UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ? WHERE id = ?")
                .execute(arguments: [error, id])
            if let ticketID = try Int64.fetchOne(db.cachedStatement(sql: "SELECT ticket_id FROM outbox WHERE id = ?"), arguments: [id]) {
                try Self.insertEvent(db, ticketID: ticketID, actor: "gateway", action: "send_failed", detail: error, at: date)
            }
        }
    }

    /// The row may not be sent now (the 24-hour window has closed): it waits until the user writes
    /// again. `invitation`, if given, is written too, to be sent at once (a template asking the user to write).
    public func hold(id: Int64, reason: String, invitation: NewOutgoingMessage?, at date: Date = Date()) throws {
        try write { db in
            try db.cachedStatement(sql: "UPDATE outbox SET status = 'held', attempts = attempts + 1, last_error = ? WHERE id = ?")
                .execute(arguments: [reason, id])
            let ticketID = try Int64.fetchOne(db.cachedStatement(sql: "SELECT ticket_id FROM outbox WHERE id = ?"), arguments: [id])
            if let ticketID {
                try Self.insertEvent(db, ticketID: ticketID, actor: "gateway", action: "send_held", detail: reason, at: date)
            }
            if let invitation {
                try Self.insertOutgoing(db, invitation, ticketID: ticketID, at: date)
            }
        }
    }

    /// When the user last wrote (the start of the 24-hour customer-service window), or `nil`.
    public func lastIncoming(from sender: String) throws -> Date? {
        // One statement: no snapshot needed (see `unisolatedRead`).
        try unisolatedRead { db in
            try Date.fetchOne(db.cachedStatement(sql: "SELECT max(received_at) FROM message WHERE sender = ?"), arguments: [sender])
        }
    }

    /// Whether a template was written for `recipient` since `date` (one invitation per closed window).
    public func invitationWritten(to recipient: String, since date: Date?) throws -> Bool {
        try read { db in
            try Bool.fetchOne(db.cachedStatement(sql: """
                SELECT EXISTS (SELECT 1 FROM outbox WHERE recipient = ? AND kind = 'template' AND created_at >= ?)
                """), arguments: [recipient, StoredDate.text(for: date ?? .distantPast)]) ?? false
        }
    }

    /// Records a delivery status from the webhook (`sent`, `delivered`, `read`, `failed`) on the row
    /// with that provider id. Statuses only move forward (a late `delivered` after `read` is ignored);
    /// `failed` always counts, and is recorded on the row's ticket.
    public func recordDelivery(providerID: String, status: String, at date: Date, error: String?) throws -> DeliveryUpdate {
        try write { db in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM outbox WHERE provider_id = ?"),
                                             arguments: [providerID]) else { return .ignored }
            let current = Self.outboxMessage(from: row)
            guard Self.deliveryRank(status) > Self.deliveryRank(current.delivery) || status == "failed" else { return .ignored }
            try db.cachedStatement(sql: "UPDATE outbox SET delivery = ?, delivery_at = ?, delivery_error = ? WHERE id = ?")
                .execute(arguments: [status, StoredDate.text(for: date), error, current.id])
            if status == "failed", let ticketID = current.ticketID {
                try Self.insertEvent(db, ticketID: ticketID, actor: "whatsapp", action: "delivery_failed", detail: error, at: date)
            }
            var updated = current
            updated.delivery = status
            updated.deliveryAt = date
            updated.deliveryError = error
            return .updated(updated)
        }
    }

    /// Outbox rows, newest first, optionally of one status or one ticket.
    public func outbox(status: OutboxMessage.Status? = nil, folio: String? = nil, limit: Int = 100) throws -> [OutboxMessage] {
        try read { db in
            var conditions: [String] = []
            var arguments: [any DatabaseValueConvertible] = []
            if let status { conditions.append("status = ?"); arguments.append(status.rawValue) }
            if let folio {
                conditions.append("ticket_id = (SELECT id FROM ticket WHERE folio = ? COLLATE NOCASE)")
                arguments.append(folio)
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            arguments.append(limit)
            return try Row.fetchAll(db, sql: "SELECT * FROM outbox \(filter) ORDER BY id DESC LIMIT ?",
                                    arguments: StatementArguments(arguments)).map(Self.outboxMessage(from:))
        }
    }

    /// Rows by status and the age of the oldest pending one.
    public func outboxSummary(now: Date = Date()) throws -> OutboxSummary {
        try read { db in
            var counts: [OutboxMessage.Status: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT status, count(*) FROM outbox GROUP BY status") {
                if let status = OutboxMessage.Status(rawValue: row[0]) { counts[status] = row[1] }
            }
            // The oldest pending row is the first in id order (ids grow with time); the index finds it.
            let oldest = try Date.fetchOne(db, sql: "SELECT created_at FROM outbox WHERE status = 'pending' ORDER BY id LIMIT 1")
            return OutboxSummary(counts: counts, oldestPendingAge: oldest.map { max(0, now.timeIntervalSince($0)) } ?? 0)
        }
    }

    // MARK: - Rows

    @discardableResult
    static func insertOutgoing(_ db: Database, _ message: NewOutgoingMessage, ticketID: Int64?, at date: Date) throws -> Int64 {
        let stamp = StoredDate.text(for: date)
        try db.cachedStatement(sql: """
            INSERT INTO outbox (created_at, channel, recipient, kind, content, origin, ticket_id, status, attempts, next_attempt_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?)
            """).execute(arguments: [stamp, message.channel, message.recipient, message.content.kind,
                                     try JSONEncoder().encode(message.content), message.origin, ticketID, stamp])
        return db.lastInsertedRowID
    }

    /// The user wrote: the rows held for them (outside the window) may go out again.
    static func releaseHeld(_ db: Database, recipient: String, at stamp: String) throws {
        try db.cachedStatement(sql: "UPDATE outbox SET status = 'pending', next_attempt_at = ? WHERE recipient = ? AND status = 'held'")
            .execute(arguments: [stamp, recipient])
    }

    private static func deliveryRank(_ status: String?) -> Int {
        switch status {
        case "sent": return 1
        case "delivered": return 2
        case "read": return 3
        default: return 0
        }
    }

    static func outboxMessage(from row: Row) -> OutboxMessage {
        let data: Data = row["content"] ?? Data()
        let content = (try? JSONDecoder().decode(OutgoingContent.self, from: data)) ?? .text("")
        return OutboxMessage(id: row["id"], createdAt: row["created_at"], channel: row["channel"], recipient: row["recipient"],
                             content: content, origin: row["origin"], ticketID: row["ticket_id"],
                             status: OutboxMessage.Status(rawValue: row["status"]) ?? .pending, attempts: row["attempts"],
                             nextAttemptAt: row["next_attempt_at"], lastError: row["last_error"],
                             providerID: row["provider_id"], sentAt: row["sent_at"], delivery: row["delivery"],
                             deliveryAt: row["delivery_at"], deliveryError: row["delivery_error"])
    }
}
