/// The sparse features a message or a variant gives the entry classifier: its words,
/// its pairs of adjacent words and the character 2- to 5-grams of each word with a
/// space on either side (`" amp"`, `"par "`), each as a 64-bit hash with its count.
///
/// Character n-grams carry what Snowball and the typo corrector miss: a misspelt
/// or inflected word (`"apelasion"`, `"notificaran"`) still shares most of its
/// n-grams with the written form. Words and word pairs carry the phrasing.
///
/// ```swift
/// let features = SubwordFeatures(words: analyzed.words)
/// features.words   // [(hash, 1), ...]: «cita», «cita para», ...
/// features.characters
/// ```
struct SubwordFeatures: Sendable {
    /// Word and word-pair hashes with their counts, sorted by hash.
    var words: [(hash: UInt64, count: Int)]
    /// Character n-gram hashes with their counts, sorted by hash.
    var characters: [(hash: UInt64, count: Int)]

    /// The shortest and longest character n-gram.
    static let characterLengths = 2...5

    /// - Parameter words: the message's words, lowercase and without accents, stop words
    ///   included (`AnalyzedText.words`).
    init(words: [String]) {
        var wordHashes: [UInt64] = []
        var characterHashes: [UInt64] = []
        var previous: UInt64?
        // One buffer for every word: ` word `, padded with spaces.
        var padded: [Unicode.Scalar] = []
        for word in words {
            padded.removeAll(keepingCapacity: true)
            padded.append(" ")
            padded.append(contentsOf: word.unicodeScalars)
            padded.append(" ")
            // A one-letter word («y», «a», «o») says nothing alone, as in the peer's tokenizer.
            guard padded.count >= 4 else {
                previous = nil
                continue
            }
            let wordHash = Self.hash(padded[1..<(padded.count - 1)], seed: Self.wordSeed)
            wordHashes.append(wordHash)
            if let previous { wordHashes.append(Self.combine(previous, wordHash)) }
            previous = wordHash
            Self.appendCharacterGrams(of: padded, to: &characterHashes)
        }
        self.words = Self.counted(wordHashes)
        self.characters = Self.counted(characterHashes)
    }

    /// Appends the hashes of the character n-grams of `padded` (a word with a space on either side).
    private static func appendCharacterGrams(of padded: [Unicode.Scalar], to hashes: inout [UInt64]) {
        let count = padded.count
        for start in 0..<count {
            var hash = characterSeed
            var end = start
            while end < count && end - start < characterLengths.upperBound {
                hash = mix(hash, padded[end])
                end += 1
                if end - start >= characterLengths.lowerBound { hashes.append(hash) }
            }
        }
    }

    // FNV-1a over Unicode scalar values; word and character features start from different
    // seeds so that the word «de» and the n-gram "de" never share a hash.
    private static let wordSeed: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let characterSeed: UInt64 = 0x8422_2325_cbf2_9ce4
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    private static func mix(_ hash: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        var hash = hash
        var value = scalar.value
        for _ in 0..<3 {
            hash = (hash ^ UInt64(value & 0xff)) &* prime
            value >>= 8
        }
        return hash
    }

    private static func hash(_ scalars: ArraySlice<Unicode.Scalar>, seed: UInt64) -> UInt64 {
        scalars.reduce(seed) { mix($0, $1) }
    }

    /// The hash of a pair of words, in order.
    private static func combine(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0x9e37_79b9_7f4a_7c15 ^ second) &* prime
    }

    /// Distinct hashes with their counts, sorted.
    private static func counted(_ hashes: [UInt64]) -> [(hash: UInt64, count: Int)] {
        var counted: [(hash: UInt64, count: Int)] = []
        for hash in hashes.sorted() {
            if let last = counted.last, last.hash == hash {
                counted[counted.count - 1].count += 1
            } else {
                counted.append((hash, 1))
            }
        }
        return counted
    }
}
