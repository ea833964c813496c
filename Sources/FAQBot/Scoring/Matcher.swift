/// Ranks the candidate entries of a message and estimates how sure the ranking is.
///
/// Pure: it reads the in-memory `KnowledgeIndex` and the fitted `MatchModel`;
/// the candidates come from `KnowledgeIndex.candidatePositions(for:)`, the same
/// way when serving and when calibrating.
struct Matcher: Sendable {
    let index: KnowledgeIndex
    let model: MatchModel

    /// The outcome of matching one message.
    struct Outcome: Sendable {
        /// Candidates best first (all of them).
        var ranked: [ScoredCandidate]
        /// The candidates a clarify list would offer, best first.
        var options: [ScoredCandidate]
        /// Calibrated P(top is right).
        var confidence: Double
        /// Calibrated P(the right entry is among `options`).
        var reach: Double
        var query: KnowledgeIndex.Query
        /// The confidence features, for `--explain`.
        var confidenceFeatures: ConfidenceFeatures
    }

    /// - Parameters:
    ///   - positions: candidate entries (any order, no duplicates).
    ///   - leavingOut: an (entry, row) pair to ignore, when calibrating on held-out variants.
    ///   - leavingOutNegative: an out-of-scope message to ignore, when calibrating on it.
    func match(query: KnowledgeIndex.Query, positions: [Int], leavingOut: (entry: Int, row: Int)? = nil,
               leavingOutNegative: Int? = nil) -> Outcome {
        var ranked: [ScoredCandidate] = []
        ranked.reserveCapacity(positions.count)
        var scratch = CandidateFeatures.Scratch()
        var vector: [Double] = []
        // Read once per message: per candidate, nothing is copied, retained or allocated.
        let table = index.rows, idf = index.idf
        var candidates: [CandidateFeatures] = []
        candidates.reserveCapacity(positions.count)
        for position in positions {
            candidates.append(CandidateFeatures(table: table, idf: idf, position: position, query: query,
                                                leavingOut: leavingOut?.entry == position ? leavingOut?.row : nil,
                                                scratch: &scratch))
        }
        CandidateFeatures.assignPosteriors(&candidates)
        CandidateFeatures.assignClassifier(&candidates, positions: positions, query: query)
        for (position, features) in zip(positions, candidates) {
            features.write(into: &vector)
            ranked.append(ScoredCandidate(position: position, features: features, score: model.ranker.probability(vector)))
        }
        ranked.sort { ($0.score, $1.position) > ($1.score, $0.position) }
        let options = Self.options(ranked, ratio: model.optionRatio, limit: model.policy.maximumOptions)
        let confidenceFeatures = ConfidenceFeatures(
            ranked: ranked, options: options, query: query,
            negativeSimilarity: index.negativeSimilarity(of: query, leavingOut: leavingOutNegative),
            outOfScopeEvidence: index.outOfScopeEvidence(
                of: query, leavingOutRow: leavingOut.map { index.rows.terms(ofRow: $0.row, entry: $0.entry) },
                leavingOutNegative: leavingOutNegative))
        let features = confidenceFeatures.vector
        let confidence = ranked.isEmpty ? 0 : model.answerCalibrator.probability(features)
        // The right entry is among the options at least as often as it is the top: the two
        // calibrators are fitted apart, and a reach below the confidence would hand off a message
        // whose top is probably right instead of asking.
        let reach = options.count < 2 ? 0 : max(model.reachCalibrator.probability(features), confidence)
        return Outcome(ranked: ranked, options: options, confidence: confidence, reach: reach, query: query,
                       confidenceFeatures: confidenceFeatures)
    }

    /// The candidates a clarify list would offer: the top two (when the top is not hopeless),
    /// then any other within `ratio` of the top, up to `limit`.
    ///
    /// The second is always offered because a confident-looking top can still be wrong: the reach
    /// calibrator, not the ranker's gap, judges whether the two together are worth asking about.
    static func options(_ ranked: [ScoredCandidate], ratio: Double, limit: Int) -> [ScoredCandidate] {
        guard let top = ranked.first, top.score > 0.02 else { return [] }
        return ranked.prefix(limit).enumerated()
            .filter { $0.offset < 2 || $0.element.score >= top.score * ratio }
            .map(\.element)
    }
}
