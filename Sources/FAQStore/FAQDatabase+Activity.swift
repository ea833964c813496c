import Foundation
import GRDB

extension FAQDatabase {
    /// Traffic per day, staff response times and complaints by area per week, from `since` to `until`.
    ///
    /// - Parameters:
    ///   - since: the first instant counted.
    ///   - until: the end of the period (default now).
    ///   - timeZone: where days and weeks begin (the courts': America/Tijuana).
    public func activity(since: Date, until: Date = Date(),
                         timeZone: TimeZone = TimeZone(identifier: "America/Tijuana") ?? .current) throws -> ActivityReport {
        try read { db in
            var calendar = Calendar(identifier: .iso8601)
            calendar.timeZone = timeZone
            let dayFormatter = DateFormatter()
            dayFormatter.calendar = calendar
            dayFormatter.timeZone = timeZone
            dayFormatter.locale = Locale(identifier: "en_US_POSIX")
            dayFormatter.dateFormat = "yyyy-MM-dd"
            func week(_ date: Date) -> String {
                let parts = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
                return String(format: "%04d-W%02d", parts.yearForWeekOfYear ?? 0, parts.weekOfYear ?? 0)
            }
            var days: [String: ActivityReport.Day] = [:]
            var cursor = calendar.startOfDay(for: since)
            while cursor < until {
                let label = dayFormatter.string(from: cursor)
                days[label] = ActivityReport.Day(day: label, messages: 0, answered: 0, handedOff: 0)
                guard let next = calendar.date(byAdding: .day, value: 1, to: cursor) else { break }
                cursor = next
            }
            var complaints: [String: Int] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT received_at, action, reason, area FROM message WHERE received_at >= ? AND received_at < ?
                """, arguments: [since, until])
            while let row = try rows.next() {
                let at: Date = row["received_at"]
                let action: String = row["action"]
                let label = dayFormatter.string(from: at)
                var day = days[label] ?? ActivityReport.Day(day: label, messages: 0, answered: 0, handedOff: 0)
                day.messages += 1
                if action == "answer" { day.answered += 1 }
                if action == "handoff" { day.handedOff += 1 }
                days[label] = day
                if action == "handoff", (row["reason"] as String?) == "complaint" {
                    complaints[week(at) + "\u{1F}" + ((row["area"] as String?) ?? "(sin área)"), default: 0] += 1
                }
            }
            let timings = try Row.fetchAll(db, sql: """
                SELECT t.folio, t.area, t.reason, t.created_at,
                       (SELECT min(at) FROM ticket_event e WHERE e.ticket_id = t.id AND e.action = 'replied') AS first_reply,
                       CASE WHEN t.status = 'resolved'
                            THEN (SELECT max(at) FROM ticket_event e WHERE e.ticket_id = t.id AND e.action = 'resolved') END AS resolved_at
                FROM ticket t WHERE t.created_at >= ? AND t.created_at < ? ORDER BY t.created_at, t.id
                """, arguments: [since, until]).map { row -> ActivityReport.Timing in
                let opened: Date = row["created_at"]
                let reply: Date? = row["first_reply"]
                let resolved: Date? = row["resolved_at"]
                return ActivityReport.Timing(folio: row["folio"], area: row["area"], reason: row["reason"], openedAt: opened,
                                             firstReply: reply.map { $0.timeIntervalSince(opened) },
                                             resolution: resolved.map { $0.timeIntervalSince(opened) })
            }
            let areaWeeks = complaints.map { key, count -> ActivityReport.AreaWeek in
                let parts = key.split(separator: "\u{1F}", maxSplits: 1).map(String.init)
                return ActivityReport.AreaWeek(week: parts[0], area: parts.count > 1 ? parts[1] : "", count: count)
            }.sorted { ($0.week, $0.area) < ($1.week, $1.area) }
            return ActivityReport(since: since, days: days.values.sorted { $0.day < $1.day }, timings: timings,
                                  complaintsByAreaWeek: areaWeeks)
        }
    }
}
