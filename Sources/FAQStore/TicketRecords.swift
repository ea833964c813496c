import Foundation

/// A case in the human queue: one per handoff, with everything staff need to act.
///
/// ```swift
/// let queue = try database.queue(area: "Informática")
/// for ticket in queue { print(ticket.folio, ticket.reason, ticket.priority) }
/// ```
public struct Ticket: Sendable, Hashable, Codable {
    /// Where a ticket is in its life: `open → claimed → resolved` (and back to `open` when reopened).
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case open, claimed, resolved

        /// The Spanish name staff see.
        public var spanishName: String {
            switch self {
            case .open: return "abierto"
            case .claimed: return "tomado"
            case .resolved: return "resuelto"
            }
        }

        /// Accepts the English or the Spanish name.
        public init?(name: String) {
            switch name.lowercased() {
            case "open", "abierto": self = .open
            case "claimed", "tomado": self = .claimed
            case "resolved", "resuelto": self = .resolved
            default: return nil
            }
        }
    }

    /// The database row id (internal; staff and users see `folio`).
    public var id: Int64
    /// Human-readable identifier, e.g. `PJBC-2026-000123`.
    public var folio: String
    /// When the ticket was opened.
    public var createdAt: Date
    /// When the ticket last changed (a new message or a status change).
    public var updatedAt: Date
    /// The WhatsApp sender (phone number id); `nil` after a privacy purge.
    public var sender: String?
    /// The channel (WhatsApp number) the conversation came through.
    public var channel: String?
    /// The city the message names or the channel implies, if known.
    public var city: String?
    /// Why a person must act: `unmatched`, `complaint`, `requested`, `case`, `suggestion`.
    public var reason: String
    /// The area that must act.
    public var area: String
    /// Higher is more urgent (see `TicketPriority` in FAQBot).
    public var priority: Int
    /// The bot's confidence in its best candidate when it handed off.
    public var confidence: Double
    /// The entries the bot considered, best first.
    public var candidates: [Candidate]
    /// What the detectors found.
    public var evidence: [String]
    /// The case number the user gave (`1234/2023`), if any.
    public var caseNumber: String?
    /// The court the user named ("juzgado segundo familiar"), if any.
    public var court: String?
    /// Where the ticket is in its life.
    public var status: Status
    /// The staff member who claimed or first replied to the ticket; `nil` while nobody has.
    public var assignee: String?
    /// The last reply staff sent.
    public var staffReply: String?
    /// The conversation, oldest first (filled by `ticket(folio:)`).
    public var messages: [Message] = []
    /// Every change, oldest first (filled by `ticket(folio:)`).
    public var events: [Event] = []

    /// An entry the bot considered, with its score.
    public struct Candidate: Sendable, Hashable, Codable {
        /// The entry id.
        public var entry: String
        /// The ranker's probability that this entry is the right one, in [0, 1]; 0 when not scored.
        public var score: Double
        /// Creates a candidate from an entry id and its score.
        public init(entry: String, score: Double) {
            self.entry = entry
            self.score = score
        }
    }

    /// One message of the conversation.
    public struct Message: Sendable, Hashable, Codable {
        /// Who wrote a message: the lawyer (`user`), a staff member or the bot.
        public enum Author: String, Sendable, Hashable, Codable { case user, staff, bot }
        /// When the message was received or sent.
        public var at: Date
        /// Who wrote it.
        public var author: Author
        /// `nil` after a privacy purge.
        public var text: String?
        /// Creates a message; `text` is `nil` once purged.
        public init(at: Date, author: Author, text: String?) {
            self.at = at
            self.author = author
            self.text = text
        }
    }

    /// One recorded change: who did what, when.
    public struct Event: Sendable, Hashable, Codable {
        /// When it happened.
        public var at: Date
        /// Who did it: a staff member's name, or `bot`.
        public var actor: String
        /// `opened`, `message`, `claimed`, `replied`, `resolved`, `reopened`, `taught`.
        public var action: String
        /// What changed in words (the handoff reason, the reply sent…); `nil` when there is nothing more or after a purge.
        public var detail: String?
    }
}

/// What the bot knows when it opens a ticket.
public struct NewTicket: Sendable, Hashable {
    /// The WhatsApp sender (phone number id), if known.
    public var sender: String?
    /// The channel (WhatsApp number) the message came through, if known.
    public var channel: String?
    /// The city the message names or the channel implies, if known.
    public var city: String?
    /// Why a person must act: `unmatched`, `complaint`, `requested`, `case`, `suggestion`.
    public var reason: String
    /// The area that must act.
    public var area: String
    /// Higher is more urgent (`TicketPriority.rawValue` in FAQBot).
    public var priority: Int
    /// The bot's confidence in its best candidate, in [0, 1].
    public var confidence: Double
    /// The entries the bot considered, best first.
    public var candidates: [Ticket.Candidate]
    /// What the detectors found.
    public var evidence: [String]
    /// The case number the user gave (`1234/2023`), if any.
    public var caseNumber: String?
    /// The court the user named, if any.
    public var court: String?
    /// The message that caused the handoff.
    public var firstMessage: String

    /// Creates the data of a new ticket; `firstMessage` becomes its first user message.
    public init(sender: String?, channel: String?, city: String?, reason: String, area: String, priority: Int,
                confidence: Double, candidates: [Ticket.Candidate] = [], evidence: [String] = [],
                caseNumber: String? = nil, court: String? = nil, firstMessage: String) {
        self.sender = sender
        self.channel = channel
        self.city = city
        self.reason = reason
        self.area = area
        self.priority = priority
        self.confidence = confidence
        self.candidates = candidates
        self.evidence = evidence
        self.caseNumber = caseNumber
        self.court = court
        self.firstMessage = firstMessage
    }
}
