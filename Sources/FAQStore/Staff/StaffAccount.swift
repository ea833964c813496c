import Foundation

/// A console account: who may work the queue (`staff`) or also publish knowledge (`admin`).
///
/// The password is never stored: only its bcrypt hash, made by the caller
/// (`faq-admin staff add`, the console's password change).
public struct StaffAccount: Sendable, Hashable {
    /// What an account may do in the console.
    public enum Role: String, Sendable, Hashable, CaseIterable, Codable {
        /// The queue, cases and statistics.
        case staff
        /// Also the knowledge pages (validate and publish `faq.md`).
        case admin

        /// The Spanish name staff see.
        public var spanishName: String { self == .admin ? "administrador" : "personal" }
    }

    /// The login name (compared without case).
    public var username: String
    /// What the account may do.
    public var role: Role
    /// The bcrypt hash of the password.
    public var passwordHash: String
    /// A disabled account cannot log in and its sessions stop working.
    public var disabled: Bool
    /// When the account was created.
    public var createdAt: Date
    /// Failed logins since the last successful one.
    public var failedLogins: Int
    /// Until when logins are refused after too many failures; `nil` when not locked.
    public var lockedUntil: Date?
    /// The last successful login.
    public var lastLoginAt: Date?

    /// Whether a login at `date` is refused because of earlier failures.
    public func isLocked(at date: Date = Date()) -> Bool {
        lockedUntil.map { $0 > date } ?? false
    }
}
