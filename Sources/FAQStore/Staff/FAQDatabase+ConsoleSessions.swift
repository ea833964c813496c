import Foundation
import GRDB

extension FAQDatabase {
    /// Stores a console session's data under the hash of its key, replacing what was there.
    ///
    /// - Parameters:
    ///   - keyHash: a hash of the session cookie (never the cookie itself).
    ///   - value: the encoded session.
    ///   - expiresAt: when it stops being valid; `nil` for never.
    public func storeConsoleSession(keyHash: String, value: Data, expiresAt: Date?) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM console_session WHERE expires_at IS NOT NULL AND expires_at < ?", arguments: [Date()])
            try db.execute(sql: "INSERT OR REPLACE INTO console_session (key_hash, value, expires_at) VALUES (?, ?, ?)",
                           arguments: [keyHash, value, expiresAt])
        }
    }

    /// The session's data and expiry, or `nil` when there is none or it has expired.
    public func consoleSession(keyHash: String, at date: Date = Date()) throws -> (value: Data, expiresAt: Date?)? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT value, expires_at FROM console_session WHERE key_hash = ?",
                                             arguments: [keyHash]) else { return nil }
            let expiresAt: Date? = row["expires_at"]
            if let expiresAt, expiresAt <= date { return nil }
            return (row["value"], expiresAt)
        }
    }

    /// Ends a session.
    public func removeConsoleSession(keyHash: String) throws {
        try write { db in try db.execute(sql: "DELETE FROM console_session WHERE key_hash = ?", arguments: [keyHash]) }
    }
}
