// Snowball Spanish stemmer, written by hand from the algorithm's published
// description ("Spanish stemming algorithm", snowballstem.org) and its
// definition in Snowball (`algorithms/spanish.sbl`, Snowball 3.x, which also
// removes the unaccented misspellings "-acion" and "-ucion").
// The algorithm is by Dr Martin Porter; Snowball is under the 3-clause BSD license.

/// The Snowball stemmer for Spanish (Snowball 3.x).
///
/// Reduces inflected and derived Spanish words to a common stem, so that e.g.
/// "demanda", "demandas", "demandar" and "demandado" all become "demand".
/// The input must already be lowercased; accented letters (á é í ó ú ü ñ) are
/// expected in precomposed form (NFC). As in Snowball, the final step removes
/// acute accents, so stems contain no á é í ó ú (ü and ñ are kept).
///
/// ```swift
/// let stemmer = SpanishStemmer()
/// stemmer.stem("notificaciones")  // "notif"
/// stemmer.stem("juzgado")         // "juzg"
/// stemmer.stem("haciéndola")      // "hac"
/// ```
///
/// The value has no state, so one instance can be shared freely across tasks.
public struct SpanishStemmer: Sendable {
    /// Creates a stemmer.
    public init() {}

    /// Stems one lowercase word (may contain á é í ó ú ü ñ). Returns the Snowball
    /// stem (accents removed by the algorithm's final step, as Snowball does).
    public func stem(_ word: String) -> String {
        // The number of UTF-8 bytes bounds the number of scalars, and the word
        // never grows while it is stemmed, so this buffer is always large enough.
        let capacity = word.utf8.count
        if capacity == 0 { return word }
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: capacity) { buffer in
            var count = 0
            for scalar in word.unicodeScalars {
                buffer[count] = scalar.value
                count += 1
            }
            var w = StemmingWord(buffer.baseAddress!, count: count)
            w.markRegions()
            w.step0AttachedPronoun()
            if !w.step1StandardSuffix() {
                if !w.step2aYVerbSuffix() {
                    w.step2bVerbSuffix()
                }
            }
            w.step3ResidualSuffix()
            w.removeAcuteAccents()
            // Every step only ever shortens the word, so an unchanged length
            // and no accent removed means the stem is the word itself.
            if w.n == count && !w.removedAccent { return word }
            return w.makeString()
        }
    }
}

// MARK: - Working word

/// The word being stemmed, as Unicode scalar values in a caller-owned buffer.
///
/// All of Snowball's edits for Spanish happen at the end of the word, so an edit
/// is a truncation of `n` (possibly followed by writing a few scalars). The
/// region starts are computed once on the original word and never adjusted,
/// exactly like Snowball's integer marks.
private struct StemmingWord {
    let s: UnsafeMutablePointer<UInt32>
    /// Current length of the word (Snowball's `limit`).
    var n: Int
    /// Start of RV, R1 and R2 (equal to the length when the region is empty).
    var pV = 0, p1 = 0, p2 = 0
    var removedAccent = false

    init(_ s: UnsafeMutablePointer<UInt32>, count: Int) {
        self.s = s
        self.n = count
    }

    // MARK: Regions

    /// Computes RV, R1 and R2.
    ///
    /// RV: if the second letter is a consonant, the region after the next vowel;
    /// if the first two letters are vowels, the region after the next consonant;
    /// otherwise (consonant-vowel) the region after the third letter. R1 is the
    /// region after the first non-vowel following a vowel; R2 is the same rule
    /// applied again within R1.
    mutating func markRegions() {
        pV = n
        p1 = n
        p2 = n

        if n >= 2 {
            let firstIsVowel = SpanishLetter.isVowel(s[0])
            let secondIsVowel = SpanishLetter.isVowel(s[1])
            if !secondIsVowel {
                // vowel-consonant or consonant-consonant: after the next vowel.
                if let i = firstIndex(from: 2, vowel: true) { pV = i + 1 }
            } else if firstIsVowel {
                // vowel-vowel: after the next consonant.
                if let i = firstIndex(from: 2, vowel: false) { pV = i + 1 }
            } else if n >= 3 {
                // consonant-vowel: after the third letter.
                pV = 3
            }
        }

        guard let v1 = firstIndex(from: 0, vowel: true),
              let c1 = firstIndex(from: v1 + 1, vowel: false) else { return }
        p1 = c1 + 1
        guard let v2 = firstIndex(from: p1, vowel: true),
              let c2 = firstIndex(from: v2 + 1, vowel: false) else { return }
        p2 = c2 + 1
    }

    /// Index of the first vowel (or non-vowel) at or after `start`.
    private func firstIndex(from start: Int, vowel: Bool) -> Int? {
        var i = start
        while i < n {
            if SpanishLetter.isVowel(s[i]) == vowel { return i }
            i += 1
        }
        return nil
    }

    // MARK: Step 0: attached pronoun

    /// Removes an enclitic pronoun (me, se, sela, ..., nos) that follows a
    /// gerund or infinitive ending lying in RV: "comiéndoselo" -> "comiendo".
    mutating func step0AttachedPronoun() {
        guard let pronoun = SpanishSuffixes.pronouns.longestMatch(in: s, end: n, lowerBound: 0)
        else { return }
        let pronounStart = n - pronoun.length
        // Only the longest ending is considered, as in Snowball's `among`.
        guard let ending = SpanishSuffixes.pronounHosts.longestMatch(in: s, end: pronounStart, lowerBound: 0)
        else { return }
        let endingStart = pronounStart - ending.length
        guard endingStart >= pV else { return }

        switch ending.action {
        case .delete:
            n = pronounStart
        case .deleteAndUnaccentHost:
            // "haciéndola" -> "haciendo": the accent was only there because of
            // the pronoun, so it goes with it.
            n = pronounStart
            for i in endingStart..<n { s[i] = SpanishLetter.unaccented(s[i]) }
        case .deleteAfterU:
            // "yendo" must lie in RV, but the "u" before it need not.
            guard endingStart > 0, s[endingStart - 1] == SpanishLetter.u else { return }
            n = pronounStart
        }
    }

    // MARK: Step 1: standard suffix

    /// Removes a derivational suffix. Returns whether one was removed
    /// (if so, step 2 is skipped).
    mutating func step1StandardSuffix() -> Bool {
        guard let suffix = SpanishSuffixes.standard.longestMatch(in: s, end: n, lowerBound: 0)
        else { return false }
        let start = n - suffix.length

        switch suffix.action {
        case .deleteInR2:
            guard start >= p2 else { return false }
            n = start

        case .deleteInR2ThenIc:
            // "-ador", "-ación", "-ante", ...; then "ic" as in "-icación".
            guard start >= p2 else { return false }
            n = start
            deleteIfInR2("ic")

        case .replaceInR2(let replacement):
            guard start >= p2 else { return false }
            replaceTail(from: start, with: replacement.text)

        case .amente:
            // Note: R1, not R2.
            guard start >= p1 else { return false }
            n = start
            if deleteIfInR2("iv") {
                deleteIfInR2("at")
            } else if !deleteIfInR2("os") && !deleteIfInR2("ic") {
                deleteIfInR2("ad")
            }

        case .mente:
            guard start >= p2 else { return false }
            n = start
            if !deleteIfInR2("ante") && !deleteIfInR2("able") {
                deleteIfInR2("ible")
            }

        case .idad:
            guard start >= p2 else { return false }
            n = start
            if !deleteIfInR2("abil") && !deleteIfInR2("ic") {
                deleteIfInR2("iv")
            }

        case .iv:
            // "-ivo", ...; then "at" as in "-ativo" (but not a further "ic").
            guard start >= p2 else { return false }
            n = start
            deleteIfInR2("at")
        }
        return true
    }

    // MARK: Step 2a: verb suffixes beginning with "y"

    /// Removes "ya", "yeron", ... when the suffix lies in RV and follows "u"
    /// (the "u" need not be in RV). Returns whether a suffix was removed.
    mutating func step2aYVerbSuffix() -> Bool {
        guard n >= pV,
              let suffix = SpanishSuffixes.yVerb.longestMatch(in: s, end: n, lowerBound: pV)
        else { return false }
        let start = n - suffix.length
        guard start > 0, s[start - 1] == SpanishLetter.u else { return false }
        n = start
        return true
    }

    // MARK: Step 2b: other verb suffixes

    /// Removes the longest verb suffix lying in RV.
    mutating func step2bVerbSuffix() {
        guard n >= pV,
              let suffix = SpanishSuffixes.verb.longestMatch(in: s, end: n, lowerBound: pV)
        else { return }
        var start = n - suffix.length
        // "-en", "-es", "-éis", "-emos" after "gu" also take the "u", which only
        // kept the "g" hard: "lleguen" -> "lleg". The "gu" may lie outside RV.
        if suffix.action == .deleteWithUAfterG,
           start >= 2, s[start - 1] == SpanishLetter.u, s[start - 2] == SpanishLetter.g {
            start -= 1
        }
        n = start
    }

    // MARK: Step 3: residual suffix

    /// Removes a final "os", "a", "o", "á", "í", "ó", "e" or "é" in RV; after "e"/"é",
    /// also a preceding "u" in RV when it follows "g" ("averigue" -> "averig").
    mutating func step3ResidualSuffix() {
        guard let suffix = SpanishSuffixes.residual.longestMatch(in: s, end: n, lowerBound: 0)
        else { return }
        let start = n - suffix.length
        guard start >= pV else { return }
        n = start
        if suffix.action == .deleteWithUAfterG,
           start >= 2, start - 1 >= pV, s[start - 1] == SpanishLetter.u, s[start - 2] == SpanishLetter.g {
            n = start - 1
        }
    }

    // MARK: Accent removal

    /// Replaces á é í ó ú by a e i o u (ü is kept, as in Snowball).
    mutating func removeAcuteAccents() {
        for i in 0..<n {
            let c = s[i]
            let plain = SpanishLetter.unaccented(c)
            if plain != c {
                s[i] = plain
                removedAccent = true
            }
        }
    }

    // MARK: Helpers

    /// Deletes `suffix` if the word ends with it and it starts in R2.
    @discardableResult
    private mutating func deleteIfInR2(_ suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard n - length >= p2, endsWith(suffix) else { return false }
        n -= length
        return true
    }

    /// Whether the word ends with `suffix` (ASCII only).
    private func endsWith(_ suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard length <= n else { return false }
        return suffix.withUTF8Buffer { bytes in
            for k in 0..<length where s[n - length + k] != UInt32(bytes[k]) {
                return false
            }
            return true
        }
    }

    /// Replaces everything from `start` on with `replacement` (ASCII only,
    /// never longer than what it replaces).
    private mutating func replaceTail(from start: Int, with replacement: StaticString) {
        n = start
        replacement.withUTF8Buffer { bytes in
            for byte in bytes {
                s[n] = UInt32(byte)
                n += 1
            }
        }
    }

    /// The stem as a `String` (one allocation at most; none for short stems).
    func makeString() -> String {
        var byteCount = 0
        for i in 0..<n { byteCount += SpanishLetter.utf8Length(s[i]) }
        return String(unsafeUninitializedCapacity: byteCount) { out in
            var j = 0
            for i in 0..<n {
                let c = s[i]
                switch c {
                case 0..<0x80:
                    out[j] = UInt8(c)
                    j += 1
                case 0x80..<0x800:
                    out[j] = UInt8(0xC0 | (c >> 6))
                    out[j + 1] = UInt8(0x80 | (c & 0x3F))
                    j += 2
                case 0x800..<0x10000:
                    out[j] = UInt8(0xE0 | (c >> 12))
                    out[j + 1] = UInt8(0x80 | ((c >> 6) & 0x3F))
                    out[j + 2] = UInt8(0x80 | (c & 0x3F))
                    j += 3
                default:
                    out[j] = UInt8(0xF0 | (c >> 18))
                    out[j + 1] = UInt8(0x80 | ((c >> 12) & 0x3F))
                    out[j + 2] = UInt8(0x80 | ((c >> 6) & 0x3F))
                    out[j + 3] = UInt8(0x80 | (c & 0x3F))
                    j += 4
                }
            }
            return j
        }
    }
}

// MARK: - Letters

private enum SpanishLetter {
    static let u: UInt32 = 0x75  // "u"
    static let g: UInt32 = 0x67  // "g"

    /// Spanish vowels: a e i o u á é í ó ú ü.
    @inline(__always)
    static func isVowel(_ c: UInt32) -> Bool {
        switch c {
        case 0x61, 0x65, 0x69, 0x6F, 0x75,  // a e i o u
             0xE1, 0xE9, 0xED, 0xF3, 0xFA,  // á é í ó ú
             0xFC:                          // ü
            return true
        default:
            return false
        }
    }

    /// á é í ó ú -> a e i o u; any other scalar is returned unchanged.
    @inline(__always)
    static func unaccented(_ c: UInt32) -> UInt32 {
        switch c {
        case 0xE1: return 0x61  // á
        case 0xE9: return 0x65  // é
        case 0xED: return 0x69  // í
        case 0xF3: return 0x6F  // ó
        case 0xFA: return 0x75  // ú
        default: return c
        }
    }

    @inline(__always)
    static func utf8Length(_ c: UInt32) -> Int {
        c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
    }
}

// MARK: - Suffix tables

/// A set of suffixes with an action each, answering Snowball's `among`
/// question: which is the longest suffix of the word that is in the set?
///
/// Suffixes are grouped by their last scalar (all are Latin-1), longest first
/// within a group, so a lookup only compares against the few suffixes that
/// share the word's final letter.
private struct SpanishSuffixTable<Action: Sendable>: Sendable {
    private struct Entry: Sendable {
        let offset: Int
        let length: Int
        let action: Action
    }

    /// All suffixes' scalars, concatenated.
    private let scalars: [UInt32]
    private let entries: [Entry]
    /// Entries ending in scalar `c` are `entries[groupStart[c]..<groupStart[c + 1]]`.
    private let groupStart: [Int]

    init(_ list: [(String, Action)]) {
        let sorted = list.map { (Array($0.0.unicodeScalars.map(\.value)), $0.1) }
            .sorted { a, b in
                let (lastA, lastB) = (a.0.last!, b.0.last!)
                return lastA != lastB ? lastA < lastB : a.0.count > b.0.count
            }
        var scalars: [UInt32] = []
        var entries: [Entry] = []
        var groupStart = [Int](repeating: 0, count: 257)
        for (suffix, action) in sorted {
            precondition(suffix.allSatisfy { $0 < 256 }, "suffix tables hold Latin-1 letters only")
            entries.append(Entry(offset: scalars.count, length: suffix.count, action: action))
            scalars += suffix
            groupStart[Int(suffix.last!) + 1] += 1
        }
        for c in 0..<256 { groupStart[c + 1] += groupStart[c] }
        self.scalars = scalars
        self.entries = entries
        self.groupStart = groupStart
    }

    /// The longest suffix in the table that ends the word `s[..<end]` and starts
    /// at or after `lowerBound` (Snowball's backward limit), with its action.
    func longestMatch(
        in s: UnsafeMutablePointer<UInt32>, end: Int, lowerBound: Int
    ) -> (length: Int, action: Action)? {
        guard end > lowerBound else { return nil }
        let last = s[end - 1]
        guard last < 256 else { return nil }
        let available = end - lowerBound
        for k in groupStart[Int(last)]..<groupStart[Int(last) + 1] {
            let entry = entries[k]
            guard entry.length <= available else { continue }
            // The last scalar is known to match; compare the rest right to left.
            var i = 1
            while i < entry.length,
                  scalars[entry.offset + entry.length - 1 - i] == s[end - 1 - i] {
                i += 1
            }
            if i == entry.length { return (entry.length, entry.action) }
        }
        return nil
    }
}

private enum PronounHostAction: Sendable {
    case delete, deleteAndUnaccentHost, deleteAfterU
}

private enum StandardSuffixAction: Sendable {
    case deleteInR2, deleteInR2ThenIc, replaceInR2(Replacement)
    case amente, mente, idad, iv

    enum Replacement: Sendable {
        case log, u, ente
        var text: StaticString {
            switch self {
            case .log: "log"
            case .u: "u"
            case .ente: "ente"
            }
        }
    }
}

/// Step 2b and step 3 actions: delete the suffix, or delete it and also the
/// "u" of a preceding "gu".
private enum VerbSuffixAction: Sendable, Equatable {
    case delete, deleteWithUAfterG
}

/// The suffix lists of the Snowball Spanish algorithm, one per step.
private enum SpanishSuffixes {
    static let pronouns = SpanishSuffixTable<Void>(
        ["me", "se", "sela", "selo", "selas", "selos", "la", "le", "lo", "las", "les", "los", "nos"]
            .map { ($0, ()) })

    /// Endings an attached pronoun may follow (gerunds and infinitives).
    static let pronounHosts = SpanishSuffixTable<PronounHostAction>(
        ["iéndo", "ándo", "ár", "ér", "ír"].map { ($0, .deleteAndUnaccentHost) }
            + ["ando", "iendo", "ar", "er", "ir"].map { ($0, .delete) }
            + [("yendo", .deleteAfterU)])

    static let standard = SpanishSuffixTable<StandardSuffixAction>(
        [
            "anza", "anzas", "ico", "ica", "icos", "icas", "ismo", "ismos",
            "able", "ables", "ible", "ibles", "ista", "istas",
            "oso", "osa", "osos", "osas", "amiento", "amientos", "imiento", "imientos",
        ].map { ($0, .deleteInR2) }
            + [
                "adora", "ador", "ación", "adoras", "adores", "aciones",
                "ante", "antes", "ancia", "ancias",
                "acion",  // Snowball 3.0: common misspelling of "-ación"
            ].map { ($0, .deleteInR2ThenIc) }
            + ["logía", "logías"].map { ($0, .replaceInR2(.log)) }
            + [
                "ución", "uciones",
                "ucion",  // Snowball 3.0: common misspelling of "-ución"
            ].map { ($0, .replaceInR2(.u)) }
            + ["encia", "encias"].map { ($0, .replaceInR2(.ente)) }
            + [("amente", .amente), ("mente", .mente), ("idad", .idad), ("idades", .idad)]
            + ["iva", "ivo", "ivas", "ivos"].map { ($0, .iv) })

    static let yVerb = SpanishSuffixTable<Void>(
        ["ya", "ye", "yan", "yen", "yeron", "yendo", "yo", "yó", "yas", "yes", "yais", "yamos"]
            .map { ($0, ()) })

    static let verb = SpanishSuffixTable<VerbSuffixAction>(
        ["en", "es", "éis", "emos"].map { ($0, .deleteWithUAfterG) }
            + [
                "arían", "arías", "arán", "arás", "aríais", "aría", "aréis", "aríamos",
                "aremos", "ará", "aré",
                "erían", "erías", "erán", "erás", "eríais", "ería", "eréis", "eríamos",
                "eremos", "erá", "eré",
                "irían", "irías", "irán", "irás", "iríais", "iría", "iréis", "iríamos",
                "iremos", "irá", "iré",
                "aba", "ada", "ida", "ía", "ara", "iera", "ad", "ed", "id", "ase", "iese",
                "aste", "iste", "an", "aban", "ían", "aran", "ieran", "asen", "iesen",
                "aron", "ieron", "ado", "ido", "ando", "iendo", "ió", "ar", "er", "ir", "as",
                "abas", "adas", "idas", "ías", "aras", "ieras", "ases", "ieses", "ís", "áis",
                "abais", "íais", "arais", "ierais", "aseis", "ieseis", "asteis", "isteis",
                "ados", "idos", "amos", "ábamos", "íamos", "imos", "áramos", "iéramos",
                "iésemos", "ásemos",
            ].map { ($0, .delete) })

    static let residual = SpanishSuffixTable<VerbSuffixAction>(
        ["os", "a", "o", "á", "í", "ó"].map { ($0, .delete) }
            + ["e", "é"].map { ($0, .deleteWithUAfterG) })
}
