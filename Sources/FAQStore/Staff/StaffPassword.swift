import Foundation
import HummingbirdBcrypt

/// Console passwords: the rule they must follow and their bcrypt hashes (hummingbird-auth's `Bcrypt`).
///
/// ```swift
/// let hash = try StaffPassword.hash("una frase larga")   // throws when too short
/// StaffPassword.verify("una frase larga", hash: hash)   // true
/// ```
public enum StaffPassword {
    /// The fewest characters a password may have.
    public static let minimumLength = 10
    /// bcrypt's work factor for new hashes (2^12 rounds, about a quarter of a second here).
    public static let defaultCost: UInt8 = 12

    /// The bcrypt hash of a password that follows the rule.
    ///
    /// - Parameters:
    ///   - password: the password as typed.
    ///   - cost: bcrypt's work factor (tests use a low one).
    /// - Throws: `StoreError.invalidState` with the rule, in Spanish, when the password breaks it.
    public static func hash(_ password: String, cost: UInt8 = defaultCost) throws -> String {
        guard password.count >= minimumLength else {
            throw StoreError.invalidState("La contraseña debe tener al menos \(minimumLength) caracteres.")
        }
        guard password.count <= 72, password.utf8.count <= 72 else {
            // bcrypt reads only the first 72 bytes: a longer password would be cut silently.
            throw StoreError.invalidState("La contraseña no debe pasar de 72 caracteres.")
        }
        return Bcrypt.hash(password, cost: cost)
    }

    /// Whether `password` matches `hash` (constant time inside bcrypt).
    public static func verify(_ password: String, hash: String) -> Bool {
        guard password.utf8.count <= 72, !hash.isEmpty else { return false }
        return Bcrypt.verify(password, hash: hash)
    }

    /// A hash no password matches, to spend the same time on an unknown user as on a known one.
    public static let decoyHash = Bcrypt.hash("cuenta-inexistente-\(UInt64.random(in: 0...UInt64.max))", cost: defaultCost)
}
