import Foundation

/// Office hours in the words of a reply: the weekly summary ("lunes a viernes de 8:00 a 15:00") and
/// when a person will answer ("mañana martes 8 de diciembre a partir de las 8:00").
///
/// Written by hand rather than with `DateFormatter`: the wording is fixed Spanish whatever the
/// machine's locale data, and the same on every system.
///
/// ```swift
/// let text = OfficeHoursText(hours)
/// text.summary                        // "lunes a viernes de 8:00 a 15:00"
/// text.when(next, from: Date())       // "hoy a partir de las 16:00"
/// ```
struct OfficeHoursText: Sendable {
    let hours: OfficeHours

    init(_ hours: OfficeHours) {
        self.hours = hours
    }

    private static let months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                 "septiembre", "octubre", "noviembre", "diciembre"]

    /// The week in one line: days with the same hours grouped, consecutive days as a range.
    var summary: String {
        var groups: [(days: [OfficeHours.Weekday], spans: [OfficeHours.Span])] = []
        for weekday in OfficeHours.Weekday.mondayFirst {
            guard let spans = hours.week[weekday], !spans.isEmpty else { continue }
            if let last = groups.last, last.spans == spans, let lastDay = last.days.last,
               lastDay.mondayFirstIndex + 1 == weekday.mondayFirstIndex {
                groups[groups.count - 1].days.append(weekday)
            } else {
                groups.append(([weekday], spans))
            }
        }
        return groups.map { group in
            let days: String
            switch group.days.count {
            case 1: days = group.days[0].spanishName
            case 2: days = group.days[0].spanishName + " y " + group.days[1].spanishName
            default: days = group.days[0].spanishName + " a " + group.days[group.days.count - 1].spanishName
            }
            return days + " " + group.spans.map { "de \(Self.clock($0.start)) a \(Self.clock($0.end))" }.joined(separator: " y ")
        }.joined(separator: "; ")
    }

    /// When `opening` is, said from `now`: today, tomorrow or a date, with the hour.
    func when(_ opening: Date, from now: Date) -> String {
        let calendar = hours.calendar
        let (day, weekday, minute) = OfficeHours.local(opening, calendar)
        let days = calendar.dateComponents([.day], from: calendar.startOfDay(for: now), to: calendar.startOfDay(for: opening)).day ?? 0
        let time = (minute / 60 == 1 ? "a partir de la " : "a partir de las ") + Self.clock(minute)
        let date = "\(weekday.spanishName) \(day.day) de \(Self.months[max(0, min(11, day.month - 1))])"
        switch days {
        case ...0: return "hoy " + time
        case 1: return "mañana \(date) " + time
        default: return "el \(date) " + time
        }
    }

    /// `8:00`, `15:30`, `24:00`.
    static func clock(_ minutes: Int) -> String {
        let hour = minutes / 60, minute = minutes % 60
        return "\(hour):" + (minute < 10 ? "0\(minute)" : "\(minute)")
    }
}
