import Foundation

/// A message to send, as written to the outbox in the transaction that caused it.
public struct NewOutgoingMessage: Sendable, Hashable {
    /// The channel (number) to send from: `mexicali`, `tijuana` or `ensenada`.
    public var channel: String
    /// The recipient's WhatsApp id (phone number).
    public var recipient: String
    /// What to send.
    public var content: OutgoingContent
    /// What caused it, for staff: `bot` (the reply to a message) or `staff:NAME`.
    public var origin: String

    /// Creates a draft.
    public init(channel: String, recipient: String, content: OutgoingContent, origin: String) {
        self.channel = channel
        self.recipient = recipient
        self.content = content
        self.origin = origin
    }
}

/// One row of the outbox: a message to send, being retried, sent, held or failed.
public struct OutboxMessage: Sendable, Hashable, Codable {
    /// Where a row stands.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// Waiting to be sent (or to be retried at `nextAttemptAt`).
        case pending
        /// Accepted by the Cloud API.
        case sent
        /// Outside the 24-hour window: waits until the user writes again.
        case held
        /// Refused for good (or out of retries): staff must act.
        case failed

        /// The Spanish word staff read.
        public var spanishName: String {
            switch self {
            case .pending: return "por enviar"
            case .sent: return "enviado"
            case .held: return "en espera"
            case .failed: return "fallido"
            }
        }
    }

    /// The row id: rows of one recipient are sent in this order.
    public var id: Int64
    /// When it was written.
    public var createdAt: Date
    /// The channel it goes out from.
    public var channel: String
    /// The recipient's WhatsApp id.
    public var recipient: String
    /// What it says.
    public var content: OutgoingContent
    /// `bot` or `staff:NAME`.
    public var origin: String
    /// The ticket it belongs to, if any.
    public var ticketID: Int64?
    /// Where it stands.
    public var status: Status
    /// How many times a send was tried.
    public var attempts: Int
    /// When it may be tried (again).
    public var nextAttemptAt: Date
    /// The last error, in words staff can act on, if any.
    public var lastError: String?
    /// The id the Cloud API gave the message (`wamid.…`), once sent.
    public var providerID: String?
    /// When the Cloud API accepted it.
    public var sentAt: Date?
    /// The last delivery status WhatsApp reported: `sent`, `delivered`, `read` or `failed`.
    public var delivery: String?
    /// When that status was reported.
    public var deliveryAt: Date?
    /// The error of a `failed` delivery status, if any.
    public var deliveryError: String?
}

/// How the outbox stands, for metrics and health.
public struct OutboxSummary: Sendable, Hashable {
    /// Rows by status.
    public var counts: [OutboxMessage.Status: Int]
    /// Age in seconds of the oldest pending row, 0 when none.
    public var oldestPendingAge: Double
}

/// What a delivery status of the webhook changed.
public enum DeliveryUpdate: Sendable, Hashable {
    /// The row with that provider id was updated.
    case updated(OutboxMessage)
    /// No row has that provider id (sent by another program), or the status is not newer.
    case ignored
}
