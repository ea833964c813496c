/// The analysis chain every message and every knowledge text goes through:
/// normalise → expand abbreviations → join split words (serving) → drop stop words → stem → correct typos
/// (edit distance on the stem, else respelling the word as it sounds: `SpellingVariants`) → map synonyms.
///
/// Pure and `Sendable`: no database access, safe to share between tasks. Build
/// one per knowledge version (it carries that version's vocabulary).
///
/// ```swift
/// let analyzer = Analyzer(settings: settings, vocabulary: ["contrasen": 12, "tribunal": 30])
/// let analyzed = analyzer.analyze("xq no me deja entrar al trib electronico??")
/// analyzed.terms          // ["porqu", "no", "dej", "entrar", "tribunal", "electron"] (for example)
/// analyzed.hasQuestionMark // true
/// ```
public struct Analyzer: Sendable {
    /// The settings the analyser was built with.
    public let settings: AnalysisSettings
    private let normalizer = TextNormalizer()
    private let expander: AbbreviationExpander
    private let stopWords: StopWordFilter
    private let stemmer = SpanishStemmer()
    private let spellings = SpellingVariants()
    private let synonyms: SynonymMapper
    private let typos: TypoCorrector?
    private let joiner: SplitWordJoiner?

    /// - Parameters:
    ///   - settings: abbreviations, stop-word changes and synonyms.
    ///   - vocabulary: index term → row count, for typo correction and respelling; `nil` turns both
    ///     off (as when the knowledge itself is being indexed).
    public init(settings: AnalysisSettings, vocabulary: [String: Int]? = nil) {
        self.settings = settings
        expander = AbbreviationExpander(settings.abbreviations)
        stopWords = StopWordFilter(added: settings.addedStopWords, kept: settings.keptStopWords)
        let base = BaseChain(normalizer: TextNormalizer(), expander: expander, stopWords: stopWords, stemmer: SpanishStemmer())
        let groups = settings.synonymGroups.compactMap { group -> (canonical: [String], members: [[String]])? in
            guard let first = group.first else { return nil }
            return (base.terms(of: first), group.dropFirst().map { base.terms(of: $0) })
        }
        let mapper = SynonymMapper(groups: groups)
        synonyms = mapper
        let corrector = vocabulary.map { TypoCorrector(vocabulary: $0, extraTerms: mapper.knownTerms) }
        typos = corrector
        let filter = stopWords
        joiner = corrector.map { corrector in
            SplitWordJoiner(isKnown: { corrector.isKnown($0) }, isStopWord: { filter.isStopWord(folded: $0) })
        }
    }

    /// Runs every stage on `text`.
    public func analyze(_ text: String) -> AnalyzedText {
        let normalized = normalizer.normalize(text)
        var stages = Stages(recording: true)
        let terms = finalTerms(of: normalized.tokens, stages: &stages)
        return AnalyzedText(original: text, tokens: normalized.tokens, hasQuestionMark: normalized.hasQuestionMark,
                            words: stages.words, contentWords: stages.contentWords, stems: stages.stems,
                            corrections: stages.corrections, terms: terms)
    }

    /// `analyze(text).indexText` without keeping the intermediate stages: what an
    /// import stores for each of its (many) texts.
    func indexText(_ text: String) -> String {
        var stages = Stages(recording: false)
        return finalTerms(of: normalizer.normalize(text).tokens, stages: &stages).joined(separator: " ")
    }

    /// What the stages between the tokens and the final terms produced (kept only when recording).
    private struct Stages {
        let recording: Bool
        var words: [String] = []
        var contentWords: [String] = []
        var stems: [String] = []
        var corrections: [String: String] = [:]
    }

    /// Stages 2-6 on normalised tokens.
    private func finalTerms(of tokens: [Token], stages: inout Stages) -> [String] {
        let expanded = expander.expand(tokens)
        // The detectors read the words as written; only the terms see split words joined.
        if stages.recording { stages.words = expanded.map { CharacterFolding.fold($0.text) } }
        var folded: [String] = []
        for token in joiner?.join(expanded) ?? expanded {
            let foldedWord = CharacterFolding.fold(token.text)
            guard token.kind == .word, !stopWords.isStopWord(folded: foldedWord) else { continue }
            let stem = stemmer.stem(token.text)
            if stages.recording {
                stages.contentWords.append(token.text)
                stages.stems.append(stem)
            }
            var term = CharacterFolding.fold(stem)
            if let typos, let corrected = typos.correction(for: term), !stopWords.isStopWord(folded: corrected) {
                stages.corrections[term] = corrected
                term = corrected
            } else if let typos, !typos.isKnown(term), let respelled = respelled(foldedWord, typos: typos) {
                // Only when edit distance found nothing: respelling stems every variant.
                stages.corrections[term] = respelled
                term = respelled
            }
            folded.append(term)
        }
        return synonyms.map(folded)
    }
}

extension Analyzer {
    /// The known term of the likeliest spelling the writer meant (`SpellingVariants`): of the
    /// variants whose stem the index knows, the one most rows use.
    fileprivate func respelled(_ word: String, typos: TypoCorrector) -> String? {
        var best: (term: String, frequency: Int)?
        for variant in spellings.variants(of: word) where !stopWords.isStopWord(folded: variant) {
            let term = CharacterFolding.fold(stemmer.stem(variant))
            guard typos.isKnown(term) else { continue }
            let frequency = typos.frequency(of: term)
            if frequency > best?.frequency ?? -1 { best = (term, frequency) }
        }
        return best?.term
    }
}

/// Stages 1-4 alone, used to analyse synonym groups themselves.
private struct BaseChain {
    let normalizer: TextNormalizer
    let expander: AbbreviationExpander
    let stopWords: StopWordFilter
    let stemmer: SpanishStemmer

    func terms(of text: String) -> [String] {
        expander.expand(normalizer.normalize(text).tokens).compactMap { token in
            let folded = CharacterFolding.fold(token.text)
            guard token.kind == .word, !stopWords.isStopWord(folded: folded) else { return nil }
            return CharacterFolding.fold(stemmer.stem(token.text))
        }
    }
}
