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

    public var id: Int64
    /// Human-readable identifier, e.g. `PJBC-2026-000123`.
    public var folio: String
    public var createdAt: Date
    public var updatedAt: Date
    /// The WhatsApp sender (phone number id); `nil` after a privacy purge.
    public var sender: String?
    /// The channel (WhatsApp number) the conversation came through.
    public var channel: String?
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
    public var caseNumber: String?
    public var court: String?
    public var status: Status
    public var assignee: String?
    /// The last reply staff sent.
    public var staffReply: String?
    /// The conversation, oldest first (filled by `ticket(folio:)`).
    public var messages: [Message] = []
    /// Every change, oldest first (filled by `ticket(folio:)`).
    public var events: [Event] = []

    /// An entry the bot considered, with its score.
    public struct Candidate: Sendable, Hashable, Codable {
        public var entry: String
        public var score: Double
        public init(entry: String, score: Double) {
            self.entry = entry
            self.score = score
        }
    }

    /// One message of the conversation.
    public struct Message: Sendable, Hashable, Codable {
        public enum Author: String, Sendable, Hashable, Codable { case user, staff, bot }
        public var at: Date
        public var author: Author
        /// `nil` after a privacy purge.
        public var text: String?
        public init(at: Date, author: Author, text: String?) {
            self.at = at
            self.author = author
            self.text = text
        }
    }

    /// One recorded change: who did what, when.
    public struct Event: Sendable, Hashable, Codable {
        public var at: Date
        public var actor: String
        /// `opened`, `message`, `claimed`, `replied`, `resolved`, `reopened`, `taught`.
        public var action: String
        public var detail: String?
    }
}

/// What the bot knows when it opens a ticket.
public struct NewTicket: Sendable, Hashable {
    public var sender: String?
    public var channel: String?
    public var city: String?
    public var reason: String
    public var area: String
    public var priority: Int
    public var confidence: Double
    public var candidates: [Ticket.Candidate]
    public var evidence: [String]
    public var caseNumber: String?
    public var court: String?
    /// The message that caused the handoff.
    public var firstMessage: String

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
