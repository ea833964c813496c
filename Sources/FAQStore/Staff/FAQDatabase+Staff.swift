import Foundation
import GRDB

extension FAQDatabase {
    /// Creates a console account.
    ///
    /// - Parameters:
    ///   - username: the login name: letters, digits, `.`, `_` and `-`, 2 to 64 characters.
    ///   - role: what it may do.
    ///   - passwordHash: the bcrypt hash of its password.
    /// - Throws: `StoreError.invalidState` when the name is taken or not valid.
    public func addStaff(username: String, role: StaffAccount.Role, passwordHash: String, at date: Date = Date()) throws {
        guard Self.isValidUsername(username) else {
            throw StoreError.invalidState("El usuario «\(username)» no es válido: use de 2 a 64 letras, números, punto, guion o guion bajo.")
        }
        try write { db in
            if try Self.fetchStaff(db, username: username) != nil {
                throw StoreError.invalidState("El usuario «\(username)» ya existe.")
            }
            try db.execute(sql: "INSERT INTO staff (username, role, password_hash, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [username, role.rawValue, passwordHash, date])
        }
    }

    /// The account, or `nil`.
    public func staffAccount(username: String) throws -> StaffAccount? {
        try read { db in try Self.fetchStaff(db, username: username) }
    }

    /// Every account, by name.
    public func staffAccounts() throws -> [StaffAccount] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM staff ORDER BY username").map(Self.staff(from:)) }
    }

    /// Disables (or enables again) an account; a disabled one cannot log in and its sessions end.
    ///
    /// - Throws: `StoreError.invalidState` when there is no such account.
    public func setStaffDisabled(username: String, _ disabled: Bool) throws {
        try updateStaff(username: username, sql: "UPDATE staff SET disabled = ? WHERE username = ?", [disabled, username])
    }

    /// Sets a new password hash and lifts a lockout.
    ///
    /// - Throws: `StoreError.invalidState` when there is no such account.
    public func setStaffPassword(username: String, passwordHash: String) throws {
        try updateStaff(username: username,
                        sql: "UPDATE staff SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE username = ?",
                        [passwordHash, username])
    }

    /// Records a failed login; the `threshold`-th failure in a row locks the account until `date + lockout`.
    ///
    /// - Returns: the account as it is now, or `nil` when there is no such account.
    @discardableResult
    public func recordFailedLogin(username: String, threshold: Int, lockout: TimeInterval, at date: Date = Date()) throws -> StaffAccount? {
        try write { db in
            guard var account = try Self.fetchStaff(db, username: username) else { return nil }
            account.failedLogins += 1
            if account.failedLogins >= threshold {
                account.lockedUntil = date.addingTimeInterval(lockout)
                account.failedLogins = 0
            }
            try db.execute(sql: "UPDATE staff SET failed_logins = ?, locked_until = ? WHERE username = ?",
                           arguments: [account.failedLogins, account.lockedUntil, account.username])
            return account
        }
    }

    /// Records a successful login: the failure count starts again.
    public func recordLogin(username: String, at date: Date = Date()) throws {
        try write { db in
            try db.execute(sql: "UPDATE staff SET failed_logins = 0, locked_until = NULL, last_login_at = ? WHERE username = ?",
                           arguments: [date, username])
        }
    }

    private func updateStaff(username: String, sql: String, _ arguments: StatementArguments) throws {
        try write { db in
            try db.execute(sql: sql, arguments: arguments)
            if db.changesCount == 0 { throw StoreError.invalidState("No existe el usuario «\(username)».") }
        }
    }

    static func isValidUsername(_ name: String) -> Bool {
        (2...64).contains(name.count) && name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)
        }
    }

    static func fetchStaff(_ db: Database, username: String) throws -> StaffAccount? {
        try Row.fetchOne(db, sql: "SELECT * FROM staff WHERE username = ?", arguments: [username]).map(staff(from:))
    }

    static func staff(from row: Row) -> StaffAccount {
        StaffAccount(username: row["username"], role: StaffAccount.Role(rawValue: row["role"]) ?? .staff,
                     passwordHash: row["password_hash"], disabled: row["disabled"], createdAt: row["created_at"],
                     failedLogins: row["failed_logins"], lockedUntil: row["locked_until"], lastLoginAt: row["last_login_at"])
    }
}
