import Foundation

/// What the console's statistics draw over a period: traffic per day, staff response times and
/// complaints by area per week, all counted in the courts' time zone.
public struct ActivityReport: Sendable, Hashable {
    /// One day's messages.
    public struct Day: Sendable, Hashable {
        /// The day, `yyyy-MM-dd` in the courts' time zone.
        public var day: String
        /// Messages handled that day.
        public var messages: Int
        /// Of them, answered by the bot.
        public var answered: Int
        /// Of them, handed to a person.
        public var handedOff: Int
    }

    /// How long staff took on one ticket.
    public struct Timing: Sendable, Hashable {
        /// The ticket.
        public var folio: String
        /// Its area.
        public var area: String
        /// Its handoff reason.
        public var reason: String
        /// When it was opened.
        public var openedAt: Date
        /// Seconds from opening to the first staff reply; `nil` while unanswered.
        public var firstReply: TimeInterval?
        /// Seconds from opening to its (last) resolution; `nil` while unresolved.
        public var resolution: TimeInterval?
    }

    /// One week's complaints in one area.
    public struct AreaWeek: Sendable, Hashable {
        /// ISO week, `2026-W49`.
        public var week: String
        /// The area the complaints went to.
        public var area: String
        /// How many.
        public var count: Int
    }

    /// Where the period starts.
    public var since: Date
    /// Every day of the period, oldest first, including days without messages.
    public var days: [Day]
    /// The tickets opened in the period, oldest first.
    public var timings: [Timing]
    /// Complaints per week and area, oldest week first.
    public var complaintsByAreaWeek: [AreaWeek]
}
