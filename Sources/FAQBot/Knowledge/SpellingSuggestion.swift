/// Suggests the closest valid spelling to staff (Levenshtein distance on folded text).
enum SpellingSuggestion {
    /// The number of single-character insertions, deletions or substitutions between `a` and `b`.
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidate closest to `word` (compared folded), or `nil` when none is within `maximumDistance`.
    static func closest(to word: String, among candidates: [String], maximumDistance: Int = .max) -> String? {
        let folded = TextNormalization.folded(word)
        let scored = candidates.map { ($0, between(folded, TextNormalization.folded($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= maximumDistance else { return nil }
        return best.0
    }
}
