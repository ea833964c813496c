/// Whether a match is negated by the words just before it: «no me trataron mal»,
/// «no es una burla», «sin corrupción».
///
/// A negator («no», «ni», «sin», «tampoco») negates a pattern when it comes right before
/// it or with at most `maximumGap` short linking words in between («me», «es», «una»…).
/// Patterns that themselves start with a negator («no sirve», «no contestan») are never
/// negated this way, so «no, no sirve» still counts.
struct LocalNegation: Sendable {
    static let negators: Set<String> = ["no", "ni", "sin", "tampoco"]
    static let linkingWords: Set<String> = [
        "me", "te", "se", "nos", "le", "les", "lo", "la", "los", "las", "un", "una", "el",
        "es", "fue", "era", "son", "ha", "han", "he", "hay", "hubo", "sido", "esta", "estan",
        "estuvo", "muy", "tan", "tanto", "para", "tengo", "tenemos", "existe",
    ]
    static let maximumGap = 2

    /// Whether the pattern `elements`, matched at `start`, is negated by the words before it.
    func isNegated(_ elements: [PatternElement], at start: Int, in message: MessageWords) -> Bool {
        if case .word(let first) = elements.first, Self.negators.contains(first) { return false }
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
}
