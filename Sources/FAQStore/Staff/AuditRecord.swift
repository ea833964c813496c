import Foundation

/// One staff action that is not a ticket's: a login, a failed login, an account change, a knowledge publication.
///
/// A ticket's actions (claim, reply, transfer, note…) are its `Ticket.Event`s; `FAQDatabase.auditTrail`
/// shows both together.
public struct AuditRecord: Sendable, Hashable {
    /// When it happened.
    public var at: Date
    /// Who did it (a username; for a failed login, the name that was typed).
    public var actor: String
    /// What was done: `login`, `login_failed`, `login_locked`, `logout`, `published`, a ticket action…
    public var action: String
    /// More about it; for a ticket's action, its folio first.
    public var detail: String?
    /// The ticket it concerns, if any.
    public var folio: String?

    /// Creates a record.
    public init(at: Date, actor: String, action: String, detail: String? = nil, folio: String? = nil) {
        self.at = at
        self.actor = actor
        self.action = action
        self.detail = detail
        self.folio = folio
    }
}
