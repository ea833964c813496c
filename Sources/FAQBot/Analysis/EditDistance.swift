/// Damerau-Levenshtein distance (optimal string alignment: insertions,
/// deletions, substitutions and adjacent transpositions), with a bound.
enum EditDistance {
    /// The distance between `a` and `b`, or `nil` when it exceeds `limit`.
    ///
    /// Works in three rows of stack memory and stops as soon as a whole row exceeds the limit.
    static func damerauLevenshtein(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { buffer -> Int? in
            var previous2 = buffer.baseAddress!
            var previous = previous2 + width
            var current = previous + width
            for j in 0..<width {
                previous2[j] = 0
                previous[j] = j
            }
            for i in 1...a.count {
                current[0] = i
                var rowMinimum = i
                let ai = a[i - 1]
                for j in 1...b.count {
                    let cost = ai == b[j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, ai == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, previous2[j - 2] + 1)
                    }
                    current[j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if rowMinimum > limit { return nil }
                (previous2, previous, current) = (previous, current, previous2)
            }
            let distance = previous[b.count]
            return distance <= limit ? distance : nil
        }
    }

    /// A set of the characters of a word, one bit each (ASCII letters and digits
    /// exactly, anything else shares a few bits). Each edit changes at most two
    /// bits of it, so `(letterMask(a) ^ letterMask(b)).nonzeroBitCount > 2 * d`
    /// proves the distance exceeds `d` without computing it.
    static func letterMask(_ scalars: [UInt32]) -> UInt64 {
        var mask: UInt64 = 0
        for value in scalars {
            switch value {
            case 97...122: mask |= 1 << UInt64(value - 97)
            case 48...57: mask |= 1 << UInt64(26 + value - 48)
            default: mask |= 1 << UInt64(36 + value % 28)
            }
        }
        return mask
    }
}
