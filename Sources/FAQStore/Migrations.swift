import GRDB

extension FAQDatabase {
    /// The schema, one migration per step. Never edit a shipped migration: add one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()

        migrator.registerMigration("v1-knowledge") { db in
            try db.create(table: "knowledge_version") { t in
                t.autoIncrementedPrimaryKey("number")
                t.column("imported_at", .datetime).notNull()
                t.column("content_hash", .text).notNull()
                t.column("entry_count", .integer).notNull()
                t.column("source_path", .text).notNull()
                // Analyser, detector and reply settings as JSON,
                // so the bot treats messages exactly as the index was built.
                t.column("settings", .blob).notNull()
                // Fitted scoring and calibration parameters, as JSON.
                t.column("model", .blob).notNull()
            }
            try db.create(table: "entry") { t in
                t.primaryKey("id", .text)
                t.column("position", .integer).notNull()
                t.column("question", .text).notNull()
                t.column("title", .text)
                t.column("area", .text).notNull()
                t.column("cities", .text).notNull()
                t.column("source", .text).notNull()
                t.column("reviewed", .text).notNull()
                t.column("answer", .text).notNull()
                t.column("analyzed_question", .text).notNull()
                t.column("analyzed_answer", .text).notNull()
            }
            try db.create(table: "variant") { t in
                t.column("entry_id", .text).notNull().references("entry", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("analyzed", .text).notNull()
                t.primaryKey(["entry_id", "position"])
            }
            try db.create(table: "negative_phrase") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("text", .text).notNull()
                t.column("analyzed", .text).notNull()
            }
            // One FTS5 row per question, variant and answer. The text is the
            // analyser's output (stems joined by spaces), indexed with the
            // built-in tokenizer so any SQLite tool can open the file.
            try db.create(virtualTable: "entry_fts", using: FTS5()) { t in
                t.tokenizer = .unicode61(diacritics: .remove)
                t.column("entry_id").notIndexed()
                t.column("kind").notIndexed()
                t.column("position").notIndexed()
                t.column("terms")
                t.column("answer_terms")
            }
            try db.execute(sql: "CREATE VIRTUAL TABLE entry_vocab USING fts5vocab(entry_fts, 'row')")
        }
        migrator.registerMigration("v2-queue-and-conversations") { db in
            // The human queue: one ticket per handoff.
            try db.create(table: "ticket") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("folio", .text).notNull().unique()
                t.column("created_at", .datetime).notNull()
                t.column("updated_at", .datetime).notNull()
                t.column("sender", .text)
                t.column("channel", .text)
                t.column("city", .text)
                t.column("reason", .text).notNull()
                t.column("area", .text).notNull()
                t.column("priority", .integer).notNull()
                t.column("confidence", .double).notNull()
                t.column("candidates", .text).notNull()
                t.column("evidence", .text).notNull()
                t.column("case_number", .text)
                t.column("court", .text)
                t.column("status", .text).notNull()
                t.column("assignee", .text)
                t.column("staff_reply", .text)
            }
            try db.create(index: "ticket_queue", on: "ticket", columns: ["status", "priority", "created_at"])
            try db.create(index: "ticket_sender", on: "ticket", columns: ["sender", "status"])
            try db.create(table: "ticket_message") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("ticket_id", .integer).notNull().indexed().references("ticket", onDelete: .cascade)
                t.column("at", .datetime).notNull()
                t.column("author", .text).notNull()
                t.column("text", .text)
            }
            // Who did what, when: every change of a ticket.
            try db.create(table: "ticket_event") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("ticket_id", .integer).notNull().indexed().references("ticket", onDelete: .cascade)
                t.column("at", .datetime).notNull()
                t.column("actor", .text).notNull()
                t.column("action", .text).notNull()
                t.column("detail", .text)
            }
            // Folios are numbered per year, in the same transaction as the ticket.
            try db.create(table: "folio_counter") { t in
                t.primaryKey("year", .integer)
                t.column("last", .integer).notNull()
            }
            // Every message handled, once per WhatsApp id: dedupe, statistics.
            try db.create(table: "message") { t in
                t.primaryKey("id", .text)
                t.column("received_at", .datetime).notNull().indexed()
                t.column("sender", .text)
                t.column("channel", .text)
                t.column("text", .text)
                t.column("action", .text).notNull()
                t.column("reason", .text)
                t.column("entry", .text)
                t.column("top", .text)
                t.column("confidence", .double).notNull()
                t.column("area", .text)
                t.column("city", .text)
                t.column("ticket_id", .integer).references("ticket", onDelete: .setNull)
                t.column("result", .blob).notNull()
            }
            // Conversation state per sender (pending clarify, pending case data).
            try db.create(table: "conversation") { t in
                t.primaryKey("sender", .text)
                t.column("channel", .text)
                t.column("state", .blob).notNull()
                t.column("updated_at", .datetime).notNull()
            }
        }
        migrator.registerMigration("v3-outbox") { db in
            // Every outgoing WhatsApp message, written with what caused it and sent by the gateway.
            try db.create(table: "outbox") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("created_at", .datetime).notNull()
                t.column("channel", .text).notNull()
                t.column("recipient", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("content", .blob).notNull()
                t.column("origin", .text).notNull()
                t.column("ticket_id", .integer).indexed().references("ticket", onDelete: .setNull)
                t.column("status", .text).notNull()
                t.column("attempts", .integer).notNull()
                t.column("next_attempt_at", .datetime).notNull()
                t.column("last_error", .text)
                t.column("provider_id", .text)
                t.column("sent_at", .datetime)
                t.column("delivery", .text)
                t.column("delivery_at", .datetime)
                t.column("delivery_error", .text)
            }
            try db.create(index: "outbox_due", on: "outbox", columns: ["status", "next_attempt_at"])
            try db.create(index: "outbox_recipient", on: "outbox", columns: ["recipient", "status"])
            try db.create(index: "outbox_provider", on: "outbox", columns: ["provider_id"])
            // The 24-hour window starts at a sender's last message.
            try db.create(index: "message_sender", on: "message", columns: ["sender", "received_at"])
        }
        migrator.registerMigration("v4-outbox-due-in-id-order") { db in
            // The sender takes due rows in id order, a few at a time: an index on status alone keeps
            // the pending rows in id order (SQLite appends the rowid), so the query stops at its
            // LIMIT instead of sorting every pending row, which a backlog of thousands made costly.
            try db.drop(index: "outbox_due")
            try db.create(index: "outbox_status", on: "outbox", columns: ["status"])
        }
        migrator.registerMigration("v5-staff-console") { db in
            // Console accounts: a bcrypt hash, never the password; failed logins lock the account a while.
            try db.create(table: "staff") { t in
                t.primaryKey("username", .text).collate(.nocase)
                t.column("role", .text).notNull()
                t.column("password_hash", .text).notNull()
                t.column("disabled", .boolean).notNull().defaults(to: false)
                t.column("created_at", .datetime).notNull()
                t.column("failed_logins", .integer).notNull().defaults(to: 0)
                t.column("locked_until", .datetime)
                t.column("last_login_at", .datetime)
            }
            // Console sessions by the SHA-256 of their cookie (a copied database holds no usable cookie).
            try db.create(table: "console_session") { t in
                t.primaryKey("key_hash", .text)
                t.column("value", .blob).notNull()
                t.column("expires_at", .datetime)
            }
            // Staff actions that are not a ticket's (logins, accounts, knowledge); a ticket's are its events.
            try db.create(table: "staff_audit") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .datetime).notNull().indexed()
                t.column("actor", .text).notNull()
                t.column("action", .text).notNull()
                t.column("detail", .text)
            }
            try db.create(index: "ticket_event_action", on: "ticket_event", columns: ["action", "ticket_id"])
        }
        return migrator
    }
}
