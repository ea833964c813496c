import Foundation

/// What a console session remembers: who logged in and the token every form must send back.
///
/// The role is not kept here: it is read from the account on every request, so disabling an
/// account or changing its role takes effect at once.
public struct ConsoleSession: Codable, Sendable, Hashable {
    /// The account's username.
    public var username: String
    /// The CSRF token of this session's forms (hidden field `csrf`).
    public var csrf: String
    /// When the session began.
    public var startedAt: Date

    /// A new session for `username` with a fresh random CSRF token.
    public init(username: String, startedAt: Date = Date()) {
        self.username = username
        self.csrf = RandomToken.make()
        self.startedAt = startedAt
    }
}

/// Random URL-safe tokens for CSRF and login forms (compared with `ConstantTime.equal`).
enum RandomToken {
    /// 32 random bytes from the system generator, as 43 base64url characters.
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
