import Foundation
import GRDB

extension FAQDatabase {
    /// Records a staff action that concerns no ticket.
    public func audit(actor: String, action: String, detail: String? = nil, at date: Date = Date()) throws {
        try write { db in
            try db.execute(sql: "INSERT INTO staff_audit (at, actor, action, detail) VALUES (?, ?, ?, ?)",
                           arguments: [date, actor, action, detail])
        }
    }

    /// The newest staff actions, the console's and the tickets' (but the bot's), newest first.
    ///
    /// - Parameter limit: how many records at most.
    public func auditTrail(limit: Int = 200) throws -> [AuditRecord] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT at, actor, action, detail, NULL AS folio FROM staff_audit
                UNION ALL
                SELECT e.at, e.actor, e.action, e.detail, t.folio FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id
                WHERE e.actor <> 'bot'
                ORDER BY at DESC LIMIT ?
                """, arguments: [limit]).map {
                AuditRecord(at: $0["at"], actor: $0["actor"], action: $0["action"], detail: $0["detail"], folio: $0["folio"])
            }
        }
    }
}
