import Foundation
import GRDB

extension FAQDatabase {
    /// The tickets a filter selects, most urgent and oldest first (resolved ones newest first),
    /// each with its newest message and its counts.
    ///
    /// Every filter value is bound as an argument, never written into the SQL.
    public func queueRows(_ filter: QueueFilter = QueueFilter()) throws -> [QueueRow] {
        try read { db in
            let statuses = filter.statuses.isEmpty ? Ticket.Status.allCases : filter.statuses
            var conditions = ["t.status IN (" + statuses.map { _ in "?" }.joined(separator: ",") + ")"]
            var arguments: [any DatabaseValueConvertible] = statuses.map(\.rawValue)
            if let area = filter.area { conditions.append("t.area = ? COLLATE NOCASE"); arguments.append(area) }
            if let city = filter.city { conditions.append("t.city = ? COLLATE NOCASE"); arguments.append(city) }
            if let reason = filter.reason { conditions.append("t.reason = ?"); arguments.append(reason) }
            if let priority = filter.priority { conditions.append("t.priority = ?"); arguments.append(priority) }
            arguments.append(max(1, filter.limit))
            let order = statuses == [.resolved] ? "t.updated_at DESC, t.id DESC" : "t.priority DESC, t.created_at, t.id"
            let sql = """
                SELECT t.*,
                       (SELECT COUNT(*) FROM ticket_message m WHERE m.ticket_id = t.id) AS message_count,
                       (SELECT COUNT(*) FROM ticket_message m WHERE m.ticket_id = t.id AND m.author = 'user') AS user_count,
                       (SELECT COUNT(*) FROM ticket_message m WHERE m.ticket_id = t.id AND m.author = 'staff') AS staff_count,
                       last.at AS last_at, last.author AS last_author, last.text AS last_text
                FROM ticket t
                LEFT JOIN ticket_message last ON last.id = (SELECT max(id) FROM ticket_message WHERE ticket_id = t.id)
                WHERE \(conditions.joined(separator: " AND ")) ORDER BY \(order) LIMIT ?
                """
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                let lastAt: Date? = row["last_at"]
                let last = lastAt.map {
                    Ticket.Message(at: $0, author: Ticket.Message.Author(rawValue: row["last_author"]) ?? .user, text: row["last_text"])
                }
                return QueueRow(ticket: Self.ticket(from: row), lastMessage: last, messageCount: row["message_count"],
                                userMessageCount: row["user_count"], staffReplyCount: row["staff_count"])
            }
        }
    }

    /// The distinct areas, cities and reasons of all tickets, for a queue's filter lists.
    public func queueFacets() throws -> (areas: [String], cities: [String], reasons: [String]) {
        try read { db in
            (try String.fetchAll(db, sql: "SELECT DISTINCT area FROM ticket ORDER BY area"),
             try String.fetchAll(db, sql: "SELECT DISTINCT city FROM ticket WHERE city IS NOT NULL ORDER BY city"),
             try String.fetchAll(db, sql: "SELECT DISTINCT reason FROM ticket ORDER BY reason"))
        }
    }

    /// Moves a ticket to another area (its status stays), recorded as `transferred`.
    ///
    /// - Throws: `StoreError.invalidState` when the ticket is resolved or already in that area.
    @discardableResult
    public func transfer(folio: String, toArea area: String, by person: String, at date: Date = Date()) throws -> Ticket {
        let target = area.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !target.isEmpty else { throw StoreError.invalidState("Indique el área a la que se transfiere el caso.") }
        return try write { db in
            let ticket = try Self.requireTicket(db, folio: folio)
            guard ticket.status != .resolved else {
                throw StoreError.invalidState("El caso \(ticket.folio) está resuelto; reábralo antes de transferirlo.")
            }
            guard ticket.area.caseInsensitiveCompare(target) != .orderedSame else {
                throw StoreError.invalidState("El caso \(ticket.folio) ya es del área \(ticket.area).")
            }
            try db.execute(sql: "UPDATE ticket SET area = ?, updated_at = ? WHERE id = ?", arguments: [target, date, ticket.id])
            try Self.insertEvent(db, ticketID: ticket.id, actor: person, action: "transferred",
                                 detail: "\(ticket.area) → \(target)", at: date)
            return try Self.requireTicket(db, folio: folio)
        }
    }

    /// Adds an internal note: staff see it in the history, the lawyer never does.
    @discardableResult
    public func addNote(folio: String, by person: String, text: String, at date: Date = Date()) throws -> Ticket {
        let note = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty else { throw StoreError.invalidState("La nota está vacía.") }
        return try write { db in
            let ticket = try Self.requireTicket(db, folio: folio)
            try Self.insertEvent(db, ticketID: ticket.id, actor: person, action: "noted", detail: note, at: date)
            return try Self.requireTicket(db, folio: folio)
        }
    }
}

extension FAQDatabase {
    /// The newest ticket opened by a message with this wording (as `Statistics.topUnmatched` lists it:
    /// lowercased and trimmed), so the statistics can link each unmatched wording to a case to teach from.
    public func latestFolio(forWording wording: String) throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: """
                SELECT t.folio FROM message m JOIN ticket t ON t.id = m.ticket_id
                WHERE lower(trim(m.text)) = ? ORDER BY m.received_at DESC LIMIT 1
                """, arguments: [wording])
        }
    }
}
