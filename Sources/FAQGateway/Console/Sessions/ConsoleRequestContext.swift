import FAQStore
import Foundation
import Hummingbird
import HummingbirdAuth

/// The console's request context: the session (from hummingbird-auth's `SessionMiddleware`) and,
/// once `ConsoleAuthentication` has checked it, the account behind it.
public struct ConsoleRequestContext: SessionRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The session data, loaded and saved by `SessionMiddleware`.
    public let sessions: SessionContext<ConsoleSession>
    /// The logged-in, enabled account (set by `ConsoleAuthentication`).
    public var account: StaffAccount?
    /// The form fields of a POST, read once by `ConsoleAuthentication` (the CSRF check needs them).
    public var form: [String: String] = [:]

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        sessions = .init()
    }

    /// Forms are small; the knowledge page posts a whole `faq.md`.
    public var maxUploadSize: Int { 4 * 1024 * 1024 }

    /// The logged-in account; only routes behind `ConsoleAuthentication` call it.
    var staff: StaffAccount {
        get throws {
            guard let account else { throw HTTPError(.unauthorized) }
            return account
        }
    }
}
