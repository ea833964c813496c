import Foundation
import GRDB
import Testing
@testable import FAQStore

@Suite("Dates written by arithmetic, as GRDB writes them")
struct StoredDateTests {
    @Test("the text equals GRDB's on random dates from 1900 to 2200, with sub-millisecond fractions and halves")
    func sameTextAsGRDB() {
        var generator = SeededGenerator(state: 20261130)
        let start = -2_208_988_800.0  // 1900-01-01
        let end = 7_258_118_400.0     // 2200-01-01
        var dates = [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -0.0005), Date(timeIntervalSince1970: 0.9999),
                     Date(timeIntervalSince1970: 951_782_400), Date(timeIntervalSince1970: 4_107_542_399.9995), Date()]
        for _ in 0..<20_000 {
            dates.append(Date(timeIntervalSince1970: Double.random(in: start..<end, using: &generator)))
        }
        for date in dates {
            let grdb = String.fromDatabaseValue(date.databaseValue)
            #expect(StoredDate.text(for: date) == grdb, "\(date.timeIntervalSince1970)")
        }
    }

    @Test("a stored text reads back as the same date, to the millisecond")
    func readsBack() {
        let date = Date(timeIntervalSince1970: 1_796_000_123.4561)
        let text = StoredDate.text(for: date)
        #expect(text == "2026-11-30 00:55:23.456")
        let read = Date.fromDatabaseValue(text.databaseValue)
        #expect(read.map { abs($0.timeIntervalSince(date)) < 0.001 } == true)
    }
}
