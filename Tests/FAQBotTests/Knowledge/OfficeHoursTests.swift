import Foundation
import Testing
@testable import FAQBot

@Suite("Office hours: open or not, and when a person will answer")
struct OfficeHoursTests {
    let hours = OfficeHours(week: [.monday: [.init(start: 480, end: 900)], .tuesday: [.init(start: 480, end: 900)],
                                   .wednesday: [.init(start: 480, end: 900)], .thursday: [.init(start: 480, end: 900)],
                                   .friday: [.init(start: 480, end: 900)]],
                            closures: [.init(first: .init(year: 2026, month: 12, day: 25), last: .init(year: 2026, month: 12, day: 25),
                                             name: "Navidad")])

    /// An instant given in UTC (Baja California is UTC-8 in winter, UTC-7 in summer).
    static func utc(_ text: String) -> Date {
        try! Date(text + "Z", strategy: .iso8601)
    }

    private func when(_ date: Date) -> String? {
        guard !hours.isOpen(at: date), let next = hours.nextOpening(after: date) else { return nil }
        return OfficeHoursText(hours).when(next, from: date)
    }

    @Test("open within the hours; closed before, after, on weekends and on non-working days")
    func openOrClosed() {
        #expect(hours.isOpen(at: Self.utc("2026-12-07T18:00:00")))    // Monday 10:00
        #expect(!hours.isOpen(at: Self.utc("2026-12-07T15:59:00")))   // Monday 7:59
        #expect(hours.isOpen(at: Self.utc("2026-12-07T16:00:00")))    // Monday 8:00
        #expect(!hours.isOpen(at: Self.utc("2026-12-07T23:00:00")))   // Monday 15:00
        #expect(!hours.isOpen(at: Self.utc("2026-12-05T18:00:00")))   // Saturday 10:00
        #expect(!hours.isOpen(at: Self.utc("2026-12-25T18:00:00")))   // Christmas, a Friday
    }

    @Test("when: today, tomorrow, after the weekend, after a holiday, across the change to summer time")
    func nextOpening() {
        #expect(when(Self.utc("2026-12-07T18:00:00")) == nil)
        #expect(when(Self.utc("2026-12-07T14:30:00")) == "hoy a partir de las 8:00")                       // Monday 6:30
        #expect(when(Self.utc("2026-12-09T04:00:00")) == "mañana miércoles 9 de diciembre a partir de las 8:00") // Tuesday 20:00
        #expect(when(Self.utc("2026-12-05T00:30:00")) == "el lunes 7 de diciembre a partir de las 8:00")   // Friday 16:30
        #expect(when(Self.utc("2026-12-25T00:00:00")) == "el lunes 28 de diciembre a partir de las 8:00")  // Thursday 24th 16:00
        // Friday 12 March 2027 16:00 PST; summer time starts on Sunday the 14th: Monday 8:00 PDT is 15:00 UTC.
        #expect(hours.nextOpening(after: Self.utc("2027-03-13T00:00:00")) == Self.utc("2027-03-15T15:00:00"))
        #expect(hours.nextOpening(after: Self.utc("2026-12-05T00:30:00")) == Self.utc("2026-12-07T16:00:00"))
    }

    @Test("no opening within a year: nothing to promise")
    func neverOpen() {
        let closed = OfficeHours(week: [.monday: [.init(start: 480, end: 900)]],
                                 closures: [.init(first: .init(year: 2026, month: 1, day: 1), last: .init(year: 2028, month: 12, day: 31))])
        #expect(closed.nextOpening(after: Self.utc("2026-12-07T18:00:00")) == nil)
    }
}
