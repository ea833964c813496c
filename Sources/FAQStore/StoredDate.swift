import Foundation
import GRDB

/// Dates as GRDB stores them, `yyyy-MM-dd HH:mm:ss.SSS` in UTC, built by arithmetic.
///
/// GRDB formats a `Date` argument with one `DateFormatter` shared by the whole
/// process: about 10 µs a date, and a lock every thread queues on. A handled
/// message binds up to five dates, so the per-message writes bind this text
/// instead. It is the same text (a test compares them on random dates), so
/// rows read back, sort and compare exactly as before.
enum StoredDate {
    /// The text GRDB would store for `date`.
    ///
    /// ```swift
    /// StoredDate.text(for: Date(timeIntervalSince1970: 0.25))  // "1970-01-01 00:00:00.250"
    /// ```
    static func text(for date: Date) -> String {
        // Exactly as CFDateFormatter hands the date to ICU (`(at + 978307200) * 1000 + 0.5`), which floors it.
        let milliseconds = ((date.timeIntervalSinceReferenceDate + 978_307_200) * 1000 + 0.5).rounded(.down)
        // Outside four-digit years (never a message's date) keep GRDB's own formatting.
        guard milliseconds.isFinite, abs(milliseconds) < 253_402_300_800_000 - 1 else {
            return String.fromDatabaseValue(date.databaseValue) ?? ""
        }
        let total = Int64(milliseconds)
        let (days, millisecondOfDay) = floorDivision(total, 86_400_000)
        let (year, month, day) = civilDate(daysSince1970: days)
        guard (1...9999).contains(year) else { return String.fromDatabaseValue(date.databaseValue) ?? "" }
        let hour = millisecondOfDay / 3_600_000
        let minute = millisecondOfDay / 60_000 % 60
        let second = millisecondOfDay / 1000 % 60
        let millisecond = millisecondOfDay % 1000
        // Each field zero-padded to its width, followed by its separator.
        let fields: [(value: Int64, digits: Int, separator: String)] = [
            (year, 4, "-"), (month, 2, "-"), (day, 2, " "), (hour, 2, ":"), (minute, 2, ":"), (second, 2, "."),
            (millisecond, 3, ""),
        ]
        var bytes = [UInt8]()
        bytes.reserveCapacity(23)
        for field in fields {
            append(field.value, digits: field.digits, to: &bytes)
            bytes.append(contentsOf: field.separator.utf8)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        let quotient = value / divisor - (value % divisor < 0 ? 1 : 0)
        return (quotient, value - quotient * divisor)
    }

    /// The proleptic Gregorian date of a day count from 1970-01-01 (H. Hinnant's `civil_from_days`).
    private static func civilDate(daysSince1970 days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func append(_ value: Int64, digits: Int, to bytes: inout [UInt8]) {
        var divisor: Int64 = 1
        for _ in 1..<digits { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
