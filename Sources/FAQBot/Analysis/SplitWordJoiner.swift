/// Joins a word that speech-to-text or a slip of the thumb split in two
/// («bole tin» → «boletin», «electro nico» → «electronico»).
///
/// Two adjacent words are joined when neither is a stop word, at least one of
/// them, stemmed, is not a known term, and the stem of both written together is;
/// the joined word must have at least 6 letters, so that two real short words are
/// never glued («ver los» stays apart). Runs on
/// the expanded tokens, before stop words, only when serving (it needs the
/// index vocabulary).
///
/// ```swift
/// let joiner = SplitWordJoiner(isKnown: { ["boletin", "judicial"].contains($0) }, isStopWord: { $0 == "el" })
/// joiner.join([Token("bole", .word), Token("tin", .word), Token("judicial", .word)]).map(\.text)
/// // ["boletin", "judicial"]
/// ```
struct SplitWordJoiner: Sendable {
    /// Whether a folded stem is a term of the index.
    let isKnown: @Sendable (String) -> Bool
    /// Whether a folded word is a stop word.
    let isStopWord: @Sendable (String) -> Bool
    private let stemmer = SpanishStemmer()
    static let minimumJoinedLength = 6

    init(isKnown: @escaping @Sendable (String) -> Bool, isStopWord: @escaping @Sendable (String) -> Bool) {
        self.isKnown = isKnown
        self.isStopWord = isStopWord
    }

    /// The tokens with each split word joined.
    func join(_ tokens: [Token]) -> [Token] {
        guard tokens.count > 1 else { return tokens }
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if index + 1 < tokens.count, let joined = joined(token, tokens[index + 1]) {
                result.append(joined)
                index += 2
            } else {
                result.append(token)
                index += 1
            }
        }
        return result
    }

    private func joined(_ first: Token, _ second: Token) -> Token? {
        guard first.kind == .word, second.kind == .word,
              first.text.count + second.text.count >= Self.minimumJoinedLength,
              !isStopWord(CharacterFolding.fold(first.text)), !isStopWord(CharacterFolding.fold(second.text))
        else { return nil }
        let firstKnown = isKnown(term(first.text)), secondKnown = isKnown(term(second.text))
        guard !(firstKnown && secondKnown) else { return nil }
        let together = first.text + second.text
        return isKnown(term(together)) ? Token(together, .word) : nil
    }

    private func term(_ word: String) -> String { CharacterFolding.fold(stemmer.stem(word)) }
}
