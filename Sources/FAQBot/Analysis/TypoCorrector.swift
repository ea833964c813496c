/// Stage 6 of the analysis: corrects a term that is not in the index vocabulary
/// to the nearest one that is.
///
/// At most one edit for terms of 4 to 7 letters, two for longer ones (terms of up
/// to 5 letters keep their first letter, so that a real word is not "corrected"); shorter
/// terms, numbers and stop words are never touched. Ties go to the term that
/// appears in more index rows. The vocabulary is the index's own (`fts5vocab`),
/// refreshed with each knowledge version.
///
/// ```swift
/// let corrector = TypoCorrector(vocabulary: ["tribunal": 40, "electron": 30])
/// corrector.correction(for: "tribunl")   // "tribunal"
/// ```
public struct TypoCorrector: Sendable {
    private struct Candidate: Sendable {
        let term: String
        let scalars: [UInt32]
        let frequency: Int
        let letters: UInt64

        init(term: String, scalars: [UInt32], frequency: Int) {
            self.term = term
            self.scalars = scalars
            self.frequency = frequency
            letters = EditDistance.letterMask(scalars)
        }
    }

    private let known: Set<String>
    private let frequencies: [String: Int]
    private let candidatesByLength: [Int: [Candidate]]

    /// - Parameters:
    ///   - vocabulary: index term → number of rows it appears in.
    ///   - extraTerms: further terms that are correct as they are (e.g. synonym members).
    public init(vocabulary: [String: Int], extraTerms: Set<String> = []) {
        var byLength: [Int: [Candidate]] = [:]
        for (term, frequency) in vocabulary where term.count >= 3 && term.contains(where: \.isLetter) {
            let scalars = term.unicodeScalars.map(\.value)
            byLength[scalars.count, default: []].append(Candidate(term: term, scalars: scalars, frequency: frequency))
        }
        for term in extraTerms where vocabulary[term] == nil && term.count >= 3 {
            let scalars = term.unicodeScalars.map(\.value)
            byLength[scalars.count, default: []].append(Candidate(term: term, scalars: scalars, frequency: 0))
        }
        candidatesByLength = byLength.mapValues { $0.sorted { ($0.frequency, $1.term) > ($1.frequency, $0.term) } }
        known = Set(vocabulary.keys).union(extraTerms)
        frequencies = vocabulary
    }

    /// Whether the term is in the vocabulary as it is.
    public func isKnown(_ term: String) -> Bool { known.contains(term) }

    /// How many index rows use the term (0 for terms known only as synonym members or unknown).
    public func frequency(of term: String) -> Int { frequencies[term] ?? 0 }

    /// The nearest known term, or `nil` when the term is known, too short, or nothing is near enough.
    public func correction(for term: String) -> String? {
        guard !known.contains(term) else { return nil }
        let scalars = term.unicodeScalars.map(\.value)
        let limit: Int
        switch scalars.count {
        case ..<4: return nil
        case 4...7: limit = 1
        default: limit = 2
        }
        guard scalars.allSatisfy({ !($0 >= 48 && $0 <= 57) }) else { return nil }
        let letters = EditDistance.letterMask(scalars)
        var best: (term: String, distance: Int, frequency: Int)?
        for length in (scalars.count - limit)...(scalars.count + limit) {
            for candidate in candidatesByLength[length] ?? [] {
                // Short words keep their first letter: "bien" is a word, not a typo of "vien".
                if scalars.count <= 5, candidate.scalars.first != scalars.first { continue }
                let bound = best.map { $0.distance } ?? limit
                if (letters ^ candidate.letters).nonzeroBitCount > 2 * bound { continue }
                guard let distance = EditDistance.damerauLevenshtein(scalars, candidate.scalars, limit: bound) else {
                    continue
                }
                if let current = best,
                   distance > current.distance || (distance == current.distance && candidate.frequency <= current.frequency) {
                    continue
                }
                best = (candidate.term, distance, candidate.frequency)
            }
        }
        return best?.term
    }
}
