/// Stage 3 of the analysis: which words carry no topic.
///
/// The Snowball Spanish stop list, plus the chat fillers staff add ("hola",
/// "lic", "disculpe"), minus the words staff keep because they change meaning
/// for us ("no", "nunca", "dónde", "cuánto"). Words are compared without accents.
///
/// ```swift
/// let filter = StopWordFilter(added: ["hola"], kept: ["no"])
/// filter.isStopWord("de")   // true
/// filter.isStopWord("no")   // false
/// ```
public struct StopWordFilter: Sendable {
    private let stopWords: Set<String>

    /// Creates the filter: the Snowball Spanish list plus `added` minus `kept` (compared without accents).
    public init(added: [String] = [], kept: [String] = []) {
        var words = Set(SnowballStopWords.spanish.map { CharacterFolding.fold($0) })
        for word in added { words.insert(CharacterFolding.fold(word.lowercased())) }
        for word in kept { words.remove(CharacterFolding.fold(word.lowercased())) }
        stopWords = words
    }

    /// Whether `word` (lowercase, accents or not) is a stop word.
    public func isStopWord(_ word: String) -> Bool {
        stopWords.contains(CharacterFolding.fold(word))
    }

    /// Whether an already folded word is a stop word (hot path: no folding).
    func isStopWord(folded word: String) -> Bool {
        stopWords.contains(word)
    }
}
