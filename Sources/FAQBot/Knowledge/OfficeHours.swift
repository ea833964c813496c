import Foundation

/// When staff answer the messages the bot hands to a person, as `Knowledge/horario.md` gives it:
/// hours per weekday, non-working days and periods, in one time zone (America/Tijuana).
///
/// A handoff outside these hours tells the user when a person will answer (`nextOpening`).
///
/// ```swift
/// let hours = OfficeHours(week: [.monday: [.init(start: 8 * 60, end: 15 * 60)]], closures: [])
/// if !hours.isOpen(at: Date()), let next = hours.nextOpening(after: Date()) { print(next) }
/// ```
public struct OfficeHours: Sendable, Hashable, Codable {
    /// A day of the week, numbered as `Calendar` numbers them (Sunday is 1).
    public enum Weekday: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case sunday = 1, monday, tuesday, wednesday, thursday, friday, saturday

        /// Monday first, as people list office hours.
        public static let mondayFirst: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday, .saturday, .sunday]

        /// The Spanish name, lowercase and accented ("miércoles").
        public var spanishName: String {
            switch self {
            case .sunday: return "domingo"
            case .monday: return "lunes"
            case .tuesday: return "martes"
            case .wednesday: return "miércoles"
            case .thursday: return "jueves"
            case .friday: return "viernes"
            case .saturday: return "sábado"
            }
        }

        /// The position in a Monday-first week (Monday 0, Sunday 6).
        var mondayFirstIndex: Int { (rawValue + 5) % 7 }

        public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.mondayFirstIndex < rhs.mondayFirstIndex }
    }

    /// Staff attend from `start` to `end`, in minutes after midnight (`end` may be 24:00).
    public struct Span: Sendable, Hashable, Codable {
        /// Minutes after midnight when attention starts.
        public var start: Int
        /// Minutes after midnight when it ends (not included).
        public var end: Int

        /// Creates a span; `start < end`, both within 0...1440.
        public init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }
    }

    /// A calendar day in the office's time zone.
    public struct Day: Sendable, Hashable, Codable, Comparable {
        public var year: Int
        public var month: Int
        public var day: Int

        /// Creates a day.
        public init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        public static func < (lhs: Day, rhs: Day) -> Bool {
            (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
        }
    }

    /// Non-working days: one day, or a period from `first` to `last` (both included).
    public struct Closure: Sendable, Hashable, Codable {
        /// The first day without attention.
        public var first: Day
        /// The last day without attention.
        public var last: Day
        /// What it is ("Navidad", "vacaciones de invierno"), when staff wrote it.
        public var name: String?

        /// Creates a closure.
        public init(first: Day, last: Day, name: String? = nil) {
            self.first = first
            self.last = last
            self.name = name
        }
    }

    /// The time zone's identifier (`America/Tijuana`).
    public var timeZoneIdentifier: String
    /// How the replies name the time zone ("hora de Baja California").
    public var timeZoneLabel: String
    /// The spans of each weekday with attention; a weekday left out has none.
    public var week: [Weekday: [Span]]
    /// Non-working days and periods.
    public var closures: [Closure]

    /// The time zone of Baja California, the shipped default.
    public static let defaultTimeZone = "America/Tijuana"

    /// Creates office hours.
    public init(timeZoneIdentifier: String = OfficeHours.defaultTimeZone, timeZoneLabel: String = "hora de Baja California",
                week: [Weekday: [Span]], closures: [Closure]) {
        self.timeZoneIdentifier = timeZoneIdentifier
        self.timeZoneLabel = timeZoneLabel
        self.week = week.mapValues { $0.sorted { $0.start < $1.start } }
        self.closures = closures
    }

    /// The Gregorian calendar in the office's time zone (UTC if the identifier is unknown, which the
    /// parser does not let through).
    var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZoneIdentifier) ?? TimeZone(secondsFromGMT: 0)!
        return calendar
    }

    /// Whether `day` is a non-working day.
    public func isClosed(_ day: Day) -> Bool {
        closures.contains { $0.first <= day && day <= $0.last }
    }

    /// Whether staff attend at `date`.
    public func isOpen(at date: Date) -> Bool {
        let calendar = calendar
        let (day, weekday, minute) = Self.local(date, calendar)
        guard !isClosed(day) else { return false }
        return (week[weekday] ?? []).contains { $0.start <= minute && minute < $0.end }
    }

    /// The next time attention starts after `date` (within about a year), or `nil` when there is none.
    public func nextOpening(after date: Date) -> Date? {
        let calendar = calendar
        let today = calendar.startOfDay(for: date)
        let (_, _, minuteNow) = Self.local(date, calendar)
        for offset in 0..<400 {
            guard let dayStart = calendar.date(byAdding: .day, value: offset, to: today) else { return nil }
            let (day, weekday, _) = Self.local(dayStart, calendar)
            guard !isClosed(day) else { continue }
            for span in week[weekday] ?? [] where offset > 0 || span.start > minuteNow {
                return calendar.date(bySettingHour: span.start / 60, minute: span.start % 60, second: 0, of: dayStart)
            }
        }
        return nil
    }

    /// The day, weekday and minute after midnight of `date` in `calendar`'s time zone.
    static func local(_ date: Date, _ calendar: Calendar) -> (Day, Weekday, Int) {
        let parts = calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute], from: date)
        let day = Day(year: parts.year ?? 0, month: parts.month ?? 1, day: parts.day ?? 1)
        return (day, Weekday(rawValue: parts.weekday ?? 1) ?? .sunday, (parts.hour ?? 0) * 60 + (parts.minute ?? 0))
    }
}
