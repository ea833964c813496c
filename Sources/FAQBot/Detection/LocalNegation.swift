/// Whether a match is negated by the words just before it: «no me trataron mal»,
/// «no es una burla», «sin corrupción».
///
/// A negator («no», «ni», «sin», «tampoco») negates a pattern when it comes right before
/// it or with at most `maximumGap` short linking words in between («me», «es», «una»…).
/// Patterns that themselves start with a negator («no sirve», «no contestan») are never
/// negated this way, so «no, no sirve» still counts.
///
/// «no se» right before a question word is «no sé» (I don't know), not a negation: in «no sé
/// en qué juzgado quedó mi demanda» the pattern «en que juzgado quedo» still counts.
struct LocalNegation: Sendable {
    static let negators: Set<String> = ["no", "ni", "sin", "tampoco"]
    static let linkingWords: Set<String> = [
        "me", "te", "se", "nos", "le", "les", "lo", "la", "los", "las", "un", "una", "el",
        "es", "fue", "era", "son", "ha", "han", "he", "hay", "hubo", "sido", "esta", "estan",
        "estuvo", "muy", "tan", "tanto", "para", "tengo", "tenemos", "existe",
    ]
    static let maximumGap = 2
    /// Words that open an indirect question after «no sé»: «no sé si…», «no sé en qué…».
    static let questionWords: Set<String> = [
        "si", "que", "como", "donde", "cuando", "cual", "cuales", "quien", "quienes", "cuanto", "cuanta",
        "cuantos", "cuantas", "porque", "adonde",
    ]
    /// Prepositions that may come before the question word: «no sé a qué juzgado», «no sé en qué…».
    static let prepositions: Set<String> = ["a", "en", "de", "con", "para", "por", "hasta", "desde"]

    /// Whether the pattern `elements`, matched at `start`, is negated by the words before it.
    func isNegated(_ elements: [PatternElement], at start: Int, in message: MessageWords) -> Bool {
        if case .word(let first) = elements.first, Self.negators.contains(first) { return false }
        if start >= 2, message.words[start - 1] == "se", Self.negators.contains(message.words[start - 2]),
           opensQuestion(at: start, in: message) {
            return false
        }
        var position = start - 1
        var gap = 0
        while position >= 0 {
            let word = message.words[position]
            if Self.negators.contains(word) { return true }
            guard gap < Self.maximumGap, Self.linkingWords.contains(word) else { return false }
            gap += 1
            position -= 1
        }
        return false
    }

    /// Whether the words at `position` open an indirect question («si», «qué», «en qué»).
    private func opensQuestion(at position: Int, in message: MessageWords) -> Bool {
        let words = message.words
        if Self.questionWords.contains(words[position]) { return true }
        return Self.prepositions.contains(words[position]) && position + 1 < words.count
            && Self.questionWords.contains(words[position + 1])
    }
}
