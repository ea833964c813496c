/// The words of one message as the detectors read them: `AnalyzedText.words` with
/// "por que" joined into "porque" (so "por qué", "porqué" and "xq" read alike), and the
/// kind of each word.
struct MessageWords: Sendable {
    /// What a word is made of.
    enum Kind: Sendable, Hashable {
        case word
        /// Only digits.
        case number
        /// Digits, a slash and digits (`1234/2023`).
        case caseNumber
    }

    let words: [String]
    let kinds: [Kind]

    init(_ analyzedWords: [String]) {
        var words: [String] = []
        words.reserveCapacity(analyzedWords.count)
        for word in analyzedWords {
            if word == "que", words.last == "por" {
                words[words.count - 1] = "porque"
            } else {
                words.append(word)
            }
        }
        self.words = words
        kinds = words.map(Self.kind(of:))
    }

    var count: Int { words.count }

    static func kind(of word: String) -> Kind {
        var digits = 0
        var slashes = 0
        for byte in word.utf8 {
            if byte >= 48 && byte <= 57 {
                digits += 1
            } else if byte == 47 {
                slashes += 1
            } else {
                return .word
            }
        }
        if digits == 0 { return .word }
        return slashes == 0 ? .number : .caseNumber
    }
}
