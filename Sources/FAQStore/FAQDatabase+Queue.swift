import Foundation
import GRDB

extension FAQDatabase {
    /// Opens a ticket with a new folio, its first message and an `opened` event.
    ///
    /// Folios are numbered per year inside the same write transaction, so
    /// concurrent handoffs always get distinct folios.
    public func openTicket(_ new: NewTicket, at date: Date = Date()) throws -> Ticket {
        try write { db in try Self.insertTicket(db, new, at: date) }
    }

    /// The whole ticket with its conversation and history, or `nil`.
    public func ticket(folio: String) throws -> Ticket? {
        try read { db in try Self.fetchTicket(db, folio: folio) }
    }

    /// The open or claimed ticket of a sender, if any: while it exists a person owns the conversation.
    public func activeTicket(sender: String) throws -> Ticket? {
        try read { db in try Self.fetchActiveTicket(db, sender: sender) }
    }

    /// Tickets to work on, most urgent and oldest first (resolved ones alone: newest first).
    ///
    /// - Parameters:
    ///   - area: only this area (case- and accent-sensitive as stored).
    ///   - city: only this city.
    ///   - statuses: which statuses (default: open and claimed).
    public func queue(area: String? = nil, city: String? = nil,
                      statuses: [Ticket.Status] = [.open, .claimed]) throws -> [Ticket] {
        try queueRows(QueueFilter(statuses: statuses, area: area, city: city, limit: .max)).map(\.ticket)
    }

    /// Appends a message to a ticket's conversation.
    public func appendMessage(folio: String, author: Ticket.Message.Author, text: String, at date: Date = Date()) throws {
        try write { db in
            let ticket = try Self.requireTicket(db, folio: folio)
            try Self.insertMessage(db, ticketID: ticket.id, author: author, text: text, at: date)
        }
    }

    /// A member of staff takes the ticket.
    @discardableResult
    public func claim(folio: String, by person: String, at date: Date = Date()) throws -> Ticket {
        try transition(folio: folio, to: .claimed, from: [.open, .claimed], actor: person, action: "claimed", at: date) { db, ticket in
            try db.cachedStatement(sql: "UPDATE ticket SET assignee = ? WHERE id = ?").execute(arguments: [person, ticket.id])
        }
    }

    /// Records a staff reply to the user (the ticket is claimed by them if it was open) and, with
    /// `deliver`, writes it to the outbox in the same transaction, so that the gateway sends it from
    /// the number the user wrote to.
    ///
    /// - Parameters:
    ///   - deliver: send it through the outbox (`false`: staff sent it by other means). A ticket
    ///     without a sender or a channel (a purged one, or one from a console test) has nothing to send to.
    @discardableResult
    public func reply(folio: String, by person: String, text: String, deliver: Bool = true, at date: Date = Date()) throws -> Ticket {
        try transition(folio: folio, to: .claimed, from: [.open, .claimed], actor: person, action: "replied", detail: text,
                       at: date) { db, ticket in
            try db.cachedStatement(sql: "UPDATE ticket SET staff_reply = ?, assignee = COALESCE(assignee, ?) WHERE id = ?").execute(arguments: [text, person, ticket.id])
            try Self.insertMessage(db, ticketID: ticket.id, author: .staff, text: text, at: date)
            if deliver, let sender = ticket.sender, let channel = ticket.channel {
                try Self.insertOutgoing(db, NewOutgoingMessage(channel: channel, recipient: sender, content: .text(text),
                                                               origin: "staff:" + person),
                                        ticketID: ticket.id, at: date)
            }
        }
    }

    /// Closes the ticket: the bot answers that sender again.
    @discardableResult
    public func resolve(folio: String, by person: String, at date: Date = Date()) throws -> Ticket {
        try transition(folio: folio, to: .resolved, from: [.open, .claimed], actor: person, action: "resolved", at: date) { _, _ in }
    }

    /// Opens a resolved ticket again.
    @discardableResult
    public func reopen(folio: String, by person: String, at date: Date = Date()) throws -> Ticket {
        try transition(folio: folio, to: .open, from: [.resolved], actor: person, action: "reopened", at: date) { _, _ in }
    }

    /// Records an event that does not change the status (e.g. `taught`).
    public func recordEvent(folio: String, actor: String, action: String, detail: String?, at date: Date = Date()) throws {
        try write { db in
            let ticket = try Self.requireTicket(db, folio: folio)
            try Self.insertEvent(db, ticketID: ticket.id, actor: actor, action: action, detail: detail, at: date)
        }
    }

    private func transition(folio: String, to status: Ticket.Status, from allowed: Set<Ticket.Status>, actor: String,
                            action: String, detail: String? = nil, at date: Date,
                            _ change: @escaping @Sendable (Database, Ticket) throws -> Void) throws -> Ticket {
        try write { db in
            let ticket = try Self.requireTicket(db, folio: folio)
            guard allowed.contains(ticket.status) else {
                throw StoreError.invalidState("El caso \(folio) está \(ticket.status.spanishName); no se puede \(Self.spanishVerb(action)).")
            }
            try db.cachedStatement(sql: "UPDATE ticket SET status = ?, updated_at = ? WHERE id = ?").execute(arguments: [status.rawValue, StoredDate.text(for: date), ticket.id])
            try change(db, ticket)
            try Self.insertEvent(db, ticketID: ticket.id, actor: actor, action: action, detail: detail, at: date)
            return try Self.requireTicket(db, folio: folio)
        }
    }

    private static func spanishVerb(_ action: String) -> String {
        switch action {
        case "claimed": return "tomar"
        case "replied": return "responder"
        case "resolved": return "resolver"
        case "reopened": return "reabrir (solo se reabren tickets resueltos)"
        default: return action
        }
    }

    // MARK: - Rows

    /// Inserts a ticket and reads it back whole.
    static func insertTicket(_ db: Database, _ new: NewTicket, at date: Date) throws -> Ticket {
        let written = try insertNewTicket(db, new, at: date)
        return try requireTicket(db, folio: written.folio)
    }

    /// Inserts a ticket with a new folio, its first message and its `opened` event, and returns
    /// it as written, without reading it back (the message path needs only its folio and row).
    static func insertNewTicket(_ db: Database, _ new: NewTicket, at date: Date) throws -> Ticket {
        let year = folioCalendar.component(.year, from: date)
        let stamp = StoredDate.text(for: date)
        let number = try Int.fetchOne(db.cachedStatement(sql: """
            INSERT INTO folio_counter (year, last) VALUES (?, 1)
            ON CONFLICT(year) DO UPDATE SET last = last + 1
            RETURNING last
            """), arguments: [year]) ?? 1
        let folio = "PJBC-" + zeroPadded(year, width: 4) + "-" + zeroPadded(number, width: 6)
        try db.cachedStatement(sql: """
            INSERT INTO ticket (folio, created_at, updated_at, sender, channel, city, reason, area, priority, confidence,
                                candidates, evidence, case_number, court, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open')
            """).execute(arguments: [folio, stamp, stamp, new.sender, new.channel, new.city, new.reason, new.area, new.priority,
                             new.confidence, Ticket.storedJSON(candidates: new.candidates),
                             Ticket.storedJSON(evidence: new.evidence), new.caseNumber, new.court])
        let id = db.lastInsertedRowID
        // A new ticket's `updated_at` is already its creation date: its first message needs only its row.
        try insertMessageRow(db, ticketID: id, author: .user, text: new.firstMessage, at: stamp)
        try insertEvent(db, ticketID: id, actor: "bot", action: "opened", detail: new.reason, at: date)
        var ticket = Ticket(id: id, folio: folio, createdAt: date, updatedAt: date, sender: new.sender, channel: new.channel,
                            city: new.city, reason: new.reason, area: new.area, priority: new.priority,
                            confidence: new.confidence, candidates: new.candidates, evidence: new.evidence,
                            caseNumber: new.caseNumber, court: new.court, status: .open, assignee: nil, staffReply: nil)
        ticket.messages = [Ticket.Message(at: date, author: .user, text: new.firstMessage)]
        ticket.events = [Ticket.Event(at: date, actor: "bot", action: "opened", detail: new.reason)]
        return ticket
    }

    static func insertMessage(_ db: Database, ticketID: Int64, author: Ticket.Message.Author, text: String, at date: Date) throws {
        let stamp = StoredDate.text(for: date)
        try insertMessageRow(db, ticketID: ticketID, author: author, text: text, at: stamp)
        try db.cachedStatement(sql: "UPDATE ticket SET updated_at = ? WHERE id = ?").execute(arguments: [stamp, ticketID])
    }

    private static func insertMessageRow(_ db: Database, ticketID: Int64, author: Ticket.Message.Author, text: String,
                                         at stamp: String) throws {
        try db.cachedStatement(sql: "INSERT INTO ticket_message (ticket_id, at, author, text) VALUES (?, ?, ?, ?)")
            .execute(arguments: [ticketID, stamp, author.rawValue, text])
    }

    /// The calendar a folio's year is counted in (the machine's time zone, as always).
    private static let folioCalendar = Calendar(identifier: .gregorian)

    /// `value` in decimal with leading zeros to `width` digits (as `%0<width>d`).
    private static func zeroPadded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    static func insertEvent(_ db: Database, ticketID: Int64, actor: String, action: String, detail: String?, at date: Date) throws {
        try db.cachedStatement(sql: "INSERT INTO ticket_event (ticket_id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)").execute(arguments: [ticketID, StoredDate.text(for: date), actor, action, detail])
    }

    static func requireTicket(_ db: Database, folio: String) throws -> Ticket {
        guard let ticket = try fetchTicket(db, folio: folio) else {
            throw StoreError.ticketNotFound(folio: folio)
        }
        return ticket
    }

    static func fetchTicket(_ db: Database, folio: String) throws -> Ticket? {
        guard var ticket = try fetchTicketRow(db, folio: folio) else { return nil }
        ticket.messages = try Row.fetchAll(db.cachedStatement(sql: "SELECT at, author, text FROM ticket_message WHERE ticket_id = ? ORDER BY id"),
                                           arguments: [ticket.id]).map {
            Ticket.Message(at: $0["at"], author: Ticket.Message.Author(rawValue: $0["author"]) ?? .user, text: $0["text"])
        }
        ticket.events = try Row.fetchAll(db.cachedStatement(sql: "SELECT at, actor, action, detail FROM ticket_event WHERE ticket_id = ? ORDER BY id"),
                                         arguments: [ticket.id]).map {
            Ticket.Event(at: $0["at"], actor: $0["actor"], action: $0["action"], detail: $0["detail"])
        }
        return ticket
    }

    /// The ticket's own row, without its messages and events.
    static func fetchTicketRow(_ db: Database, folio: String) throws -> Ticket? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM ticket WHERE folio = ? COLLATE NOCASE"), arguments: [folio])
            .map(ticket(from:))
    }

    /// The sender's newest open or claimed ticket (its id found on the covering (sender, status)
    /// index, without sorting: the same subquery `messageContext` reads).
    static func fetchActiveTicket(_ db: Database, sender: String) throws -> Ticket? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT * FROM ticket WHERE id = (SELECT max(id) FROM ticket WHERE sender = ? AND status IN ('open', 'claimed'))
            """), arguments: [sender]).map(ticket(from:))
    }

    /// The ticket with this id if it is still open or claimed (staff may have resolved it since its id was read).
    static func fetchActiveTicket(_ db: Database, id: Int64) throws -> Ticket? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM ticket WHERE id = ? AND status IN ('open', 'claimed')"),
                         arguments: [id]).map(ticket(from:))
    }

    static func ticket(from row: Row) -> Ticket {
        let decoder = JSONDecoder()
        let candidatesJSON: String = row["candidates"]
        let evidenceJSON: String = row["evidence"]
        return Ticket(id: row["id"], folio: row["folio"], createdAt: row["created_at"], updatedAt: row["updated_at"],
                      sender: row["sender"], channel: row["channel"], city: row["city"], reason: row["reason"],
                      area: row["area"], priority: row["priority"], confidence: row["confidence"],
                      candidates: (try? decoder.decode([Ticket.Candidate].self, from: Data(candidatesJSON.utf8))) ?? [],
                      evidence: (try? decoder.decode([String].self, from: Data(evidenceJSON.utf8))) ?? [],
                      caseNumber: row["case_number"], court: row["court"],
                      status: Ticket.Status(rawValue: row["status"]) ?? .open,
                      assignee: row["assignee"], staffReply: row["staff_reply"])
    }
}
