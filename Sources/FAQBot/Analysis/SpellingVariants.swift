/// The spellings a Mexican Spanish word may have been meant as, when the writer confused letters
/// that sound alike: seseo (s, c before e/i, z), b and v, y and ll, g and j before e/i, and a
/// silent h. «notificasiones» → «notificaciones», «sitatorio» → «citatorio», «ablar» → «hablar».
///
/// Misspellings of this kind often fall in a word's ending, which the stemmer then fails to
/// strip («notificasiones» stems to «notificasion», far from «notific»), so edit distance on
/// stems cannot repair them; the analyser stems each variant instead and keeps one the
/// knowledge knows.
///
/// Only a word whose stem the knowledge does not know, and that edit distance could not correct,
/// is respelled; a correct word the knowledge lacks can still be taken for a sound-alike one it
/// has («vienes» for «bienes»), the same risk edit distance runs.
///
/// ```swift
/// SpellingVariants().variants(of: "notificasiones")   // […, "notificaciones", …]
/// ```
struct SpellingVariants: Sendable {
    /// The most variants tried for one word: for each confusion and direction in turn, one place
    /// at a time and then every place at once; then the silent h.
    static let maximumVariants = 48
    /// Shorter words are left as they are: «vez» is not «ves», and a short stem has too many neighbours.
    static let minimumLength = 5
    /// Longer runs are not words (a pasted hash, a held-down key): they are not respelled.
    static let maximumLength = 30

    /// Pairs of letter runs that sound alike; each is tried in both directions.
    private static let confusions: [(String, String)] = [
        ("s", "c"), ("s", "z"), ("z", "c"), ("b", "v"), ("y", "ll"), ("j", "g"),
    ]

    /// Variants of a folded word (lowercase, no accents), without the word itself, most local first.
    func variants(of word: String) -> [String] {
        let letters = Array(word)
        guard (Self.minimumLength...Self.maximumLength).contains(letters.count) else { return [] }
        var result: [String] = []
        var seen: Set<String> = [word]
        func add(_ candidate: [Character]) {
            let text = String(candidate)
            if result.count < Self.maximumVariants, seen.insert(text).inserted { result.append(text) }
        }
        for (left, right) in Self.confusions where result.count < Self.maximumVariants {
            for (from, to) in [(Array(left), Array(right)), (Array(right), Array(left))] where result.count < Self.maximumVariants {
                var everywhere: [Character] = []
                var position = 0
                var replacedAny = false
                while position < letters.count {
                    if Self.matches(from, in: letters, at: position), Self.allowed(from: from, to: to, in: letters, at: position) {
                        add(Array(letters[..<position]) + to + Array(letters[(position + from.count)...]))
                        everywhere += to
                        replacedAny = true
                        position += from.count
                    } else {
                        everywhere.append(letters[position])
                        position += 1
                    }
                }
                if replacedAny { add(everywhere) }
            }
        }
        // A silent h: dropped where written, added before a first vowel.
        if letters.first == "h" { add(Array(letters.dropFirst())) }
        if let first = letters.first, "aeiou".contains(first) { add(["h"] + letters) }
        return result
    }

    private static func matches(_ run: [Character], in letters: [Character], at position: Int) -> Bool {
        position + run.count <= letters.count && Array(letters[position..<(position + run.count)]) == run
    }

    /// «c», «z» and «g» sound as «s» or «j» only before «e» or «i»: «casa» is not «sasa».
    private static func allowed(from: [Character], to: [Character], in letters: [Character], at position: Int) -> Bool {
        let next = position + from.count < letters.count ? letters[position + from.count] : nil
        let beforeFrontVowel = next == "e" || next == "i"
        if from == ["c"] || to == ["c"] || from == ["g"] || to == ["g"] { return beforeFrontVowel }
        return true
    }
}
