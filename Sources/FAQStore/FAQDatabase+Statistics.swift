import Foundation
import GRDB

/// What lawyers asked and what happened to it: the institution's view of needs.
public struct Statistics: Sendable, Hashable, Codable {
    /// A label and how many times it occurred.
    public struct Count: Sendable, Hashable, Codable {
        /// What was counted (an action, reason, area, city, entry id, wording or ISO week); `(sin dato)` when unknown.
        public var label: String
        /// How many times it occurred.
        public var count: Int

        /// Creates a count.
        public init(label: String, count: Int) {
            self.label = label
            self.count = count
        }
    }

    /// The start of the counted period; `nil` means since the first message.
    public var since: Date?
    /// Messages received in the period.
    public var messages: Int
    /// Messages answered at once from the knowledge.
    public var answered: Int
    /// Messages per action (`answer`, `clarify`, `handoff`, `smalltalk`, `silent`), most frequent first.
    public var byAction: [Count]
    /// Handoffs per reason (`unmatched`, `complaint`, …), most frequent first.
    public var handoffsByReason: [Count]
    /// Handoffs per area that must act, most frequent first.
    public var handoffsByArea: [Count]
    /// Handoffs per city, most frequent first.
    public var handoffsByCity: [Count]
    /// Entries answered most often.
    public var topEntries: [Count]
    /// The wordings most often handed off as unmatched: what the knowledge lacks.
    public var topUnmatched: [Count]
    /// Complaints per ISO week (`2026-W48`), oldest first.
    public var complaintsPerWeek: [Count]
    /// Tickets open or claimed now (not limited by `since`).
    public var openTickets: Int

    /// Share of messages answered at once, in [0, 1].
    public var answeredShare: Double { messages == 0 ? 0 : Double(answered) / Double(messages) }
}

extension FAQDatabase {
    /// Counts over the message log and the queue.
    ///
    /// - Parameters:
    ///   - since: only messages received from this date on.
    ///   - limit: how many rows the top lists keep.
    public func statistics(since: Date? = nil, limit: Int = 10) throws -> Statistics {
        try read { db in
            let filter = since == nil ? "1 = 1" : "received_at >= ?"
            let arguments: StatementArguments = since.map { [$0] } ?? []
            func counts(_ column: String, where condition: String = "1 = 1", top: Int? = nil) throws -> [Statistics.Count] {
                let limitClause = top.map { " LIMIT \($0)" } ?? ""
                return try Row.fetchAll(db, sql: """
                    SELECT COALESCE(\(column), '(sin dato)') AS label, COUNT(*) AS n FROM message
                    WHERE \(filter) AND \(condition) GROUP BY label ORDER BY n DESC, label\(limitClause)
                    """, arguments: arguments).map { Statistics.Count(label: $0["label"], count: $0["n"]) }
            }
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM message WHERE \(filter)", arguments: arguments) ?? 0
            let answered = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM message WHERE \(filter) AND action = 'answer'",
                                            arguments: arguments) ?? 0
            let weekly = try Row.fetchAll(db, sql: """
                SELECT received_at FROM message WHERE \(filter) AND action = 'handoff' AND reason = 'complaint'
                """, arguments: arguments).map { row -> Date in row["received_at"] }
            var weeks: [String: Int] = [:]
            var calendar = Calendar(identifier: .iso8601)
            calendar.timeZone = TimeZone(identifier: "America/Tijuana") ?? .current
            for date in weekly {
                let parts = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
                weeks[String(format: "%04d-W%02d", parts.yearForWeekOfYear ?? 0, parts.weekOfYear ?? 0), default: 0] += 1
            }
            let open = try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM ticket WHERE status IN ('open', 'claimed')")) ?? 0
            return Statistics(
                since: since, messages: total, answered: answered,
                byAction: try counts("action"),
                handoffsByReason: try counts("reason", where: "action = 'handoff'"),
                handoffsByArea: try counts("area", where: "action = 'handoff'"),
                handoffsByCity: try counts("city", where: "action = 'handoff'"),
                topEntries: try counts("entry", where: "action = 'answer'", top: limit),
                topUnmatched: try counts("lower(trim(text))", where: "action = 'handoff' AND reason = 'unmatched' AND text IS NOT NULL",
                                         top: limit),
                complaintsPerWeek: weeks.sorted { $0.key < $1.key }.map { Statistics.Count(label: $0.key, count: $0.value) },
                openTickets: open)
        }
    }

    /// Removes message texts and sender ids older than `date`, except those of
    /// conversations a person still owns, and the finished outbox rows (sent or failed) older
    /// than `date`; keeps every count the statistics use.
    ///
    /// - Returns: how many messages were anonymised.
    @discardableResult
    public func purge(olderThan date: Date) throws -> Int {
        try write { db in
            let active = "SELECT sender FROM ticket WHERE status IN ('open', 'claimed') AND sender IS NOT NULL"
            try db.execute(sql: """
                UPDATE message SET text = NULL, sender = NULL, result = X''
                WHERE received_at < ? AND (sender IS NULL OR sender NOT IN (\(active)))
                  AND (text IS NOT NULL OR sender IS NOT NULL)
                """, arguments: [date])
            let changed = db.changesCount
            try db.cachedStatement(sql: """
                UPDATE ticket_message SET text = NULL
                WHERE at < ? AND ticket_id IN (SELECT id FROM ticket WHERE status = 'resolved')
                """).execute(arguments: [date])
            try db.cachedStatement(sql: "UPDATE ticket SET sender = NULL, staff_reply = NULL WHERE status = 'resolved' AND updated_at < ?").execute(arguments: [date])
            try db.cachedStatement(sql: "UPDATE ticket_event SET detail = NULL WHERE action = 'replied' AND at < ? AND ticket_id IN (SELECT id FROM ticket WHERE status = 'resolved')").execute(arguments: [date])
            try db.execute(sql: "DELETE FROM conversation WHERE updated_at < ? AND sender NOT IN (\(active))", arguments: [date])
            // Outgoing messages hold the number and the text too: finished ones go; rows still to be
            // sent (pending, held) stay, or the user would never get them.
            try db.execute(sql: "DELETE FROM outbox WHERE created_at < ? AND status IN ('sent', 'failed')", arguments: [date])
            return changed
        }
    }
}
