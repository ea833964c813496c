/// Checks the `revisado` dates of `Knowledge/faq.md` (`YYYY-MM-DD`, a date that exists).
enum ReviewDate {
    /// `true` for a real calendar date written `YYYY-MM-DD` with a year from 1900 to 2199.
    ///
    /// `isValid("2024-02-29")` is `true`; `isValid("2023-02-29")` and `isValid("29/02/2024")` are `false`.
    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1900...2199).contains(year), (1...12).contains(month) else { return false }
        return (1...daysIn(month: month, year: year)).contains(day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
