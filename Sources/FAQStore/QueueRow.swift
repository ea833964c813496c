import Foundation

/// A ticket as a list shows it: its own fields, its newest message and its counts.
public struct QueueRow: Sendable, Hashable {
    /// The ticket, without its messages and events.
    public var ticket: Ticket
    /// The newest message of its conversation (`nil` text after a purge).
    public var lastMessage: Ticket.Message?
    /// How many messages the conversation holds.
    public var messageCount: Int
    /// How many of them the lawyer wrote.
    public var userMessageCount: Int
    /// How many replies staff sent.
    public var staffReplyCount: Int
}

/// Which tickets a queue shows. Every field left `nil` does not filter.
public struct QueueFilter: Sendable, Hashable {
    /// Which statuses (default: open and claimed).
    public var statuses: [Ticket.Status]
    /// Only this area (without case).
    public var area: String?
    /// Only this city (without case).
    public var city: String?
    /// Only this handoff reason (`complaint`, `case`…).
    public var reason: String?
    /// Only this priority (`TicketPriority.rawValue`).
    public var priority: Int?
    /// At most this many rows.
    public var limit: Int

    /// Creates a filter; by default the open and claimed tickets, at most 500.
    public init(statuses: [Ticket.Status] = [.open, .claimed], area: String? = nil, city: String? = nil,
                reason: String? = nil, priority: Int? = nil, limit: Int = 500) {
        self.statuses = statuses
        self.area = area
        self.city = city
        self.reason = reason
        self.priority = priority
        self.limit = limit
    }
}
