import Foundation

/// How the staff console runs (contract section 9): its own listener, never the webhook's.
public struct ConsoleConfiguration: Sendable, CustomStringConvertible {
    /// Where the console listens (default 127.0.0.1: a reverse proxy puts TLS in front).
    public var host = "127.0.0.1"
    /// Its port (`--console-port` / `CONSOLE_PORT`, default 8081; 0 picks a free one).
    public var port = 8081
    /// Whether cookies carry `Secure` (on whenever staff reach the console over HTTPS, the normal case).
    public var secureCookies = true
    /// How long a session lasts without logging in again.
    public var sessionLifetime: Duration = .seconds(8 * 3600)
    /// Failed logins in a row that lock an account.
    public var lockoutThreshold = 5
    /// How long a locked account stays locked.
    public var lockoutDuration: TimeInterval = 15 * 60
    /// The age past which an unanswered case shows red (first reply target).
    public var replyTarget: TimeInterval = 2 * 3600
    /// The resolution target the statistics compare against.
    public var resolutionTarget: TimeInterval = 24 * 3600
    /// The knowledge file that teach and publish edit (the live knowledge's source).
    public var knowledgeFile = "Knowledge/faq.md"

    /// The defaults.
    public init() {}

    /// Reads `CONSOLE_HOST`, `CONSOLE_PORT`, `CONSOLE_SECURE_COOKIES` (`0` for plain-HTTP tests),
    /// `CONSOLE_SESSION_HOURS`, `CONSOLE_REPLY_TARGET_MINUTES`, `CONSOLE_RESOLUTION_TARGET_HOURS`,
    /// `FAQ_KNOWLEDGE_FILE`.
    ///
    /// - Throws: `GatewayConfigurationError.invalid` for a value that is not a number where one is expected.
    public init(environment: [String: String]) throws {
        func number(_ name: String) throws -> Double? {
            guard let text = environment[name], !text.isEmpty else { return nil }
            guard let value = Double(text), value >= 0 else { throw GatewayConfigurationError.invalid(name: name, reason: "«\(text)» no es un número") }
            return value
        }
        if let host = environment["CONSOLE_HOST"], !host.isEmpty { self.host = host }
        if let port = try number("CONSOLE_PORT") { self.port = Int(port) }
        if let secure = environment["CONSOLE_SECURE_COOKIES"] { secureCookies = !["0", "false", "no"].contains(secure.lowercased()) }
        if let hours = try number("CONSOLE_SESSION_HOURS") { sessionLifetime = .seconds(hours * 3600) }
        if let minutes = try number("CONSOLE_REPLY_TARGET_MINUTES") { replyTarget = minutes * 60 }
        if let hours = try number("CONSOLE_RESOLUTION_TARGET_HOURS") { resolutionTarget = hours * 3600 }
        if let file = environment["FAQ_KNOWLEDGE_FILE"], !file.isEmpty { knowledgeFile = file }
    }

    public var description: String {
        "console \(host):\(port) secureCookies=\(secureCookies) knowledge=\(knowledgeFile)"
    }
}
