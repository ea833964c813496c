import Foundation

/// What the calibrators read about a ranked list: how strong the top candidate
/// is, how far ahead of the next, and how much of the message the knowledge knows.
struct ConfidenceFeatures: Sendable, Hashable {
    var topScore: Double
    var margin: Double
    var topCoverage: Double
    var topContainment: Double
    var unknownShare: Double
    var length: Double
    var optionMass: Double
    /// Best overlap with a message known to be out of scope.
    var negativeSimilarity: Double
    /// The top's best row overlap minus `negativeSimilarity`: which side the message is closer to.
    var topOverNegative: Double
    /// How strongly one word points out of scope (`KnowledgeIndex.outOfScopeEvidence`).
    var outOfScopeEvidence: Double
    /// The entry classifier's evidence for the top candidate (`CandidateFeatures.classifier`, 0 without one).
    var topClassifier: Double
    /// The entry classifier's P(out of scope) (0 without one).
    var outOfScopeClass: Double

    var vector: [Double] {
        [topScore, margin, topCoverage, topContainment, unknownShare, length, optionMass, negativeSimilarity, topOverNegative,
         outOfScopeEvidence, topClassifier, outOfScopeClass]
    }
    static let names = ["puntaje", "margen", "cobertura", "contencion", "desconocidas", "longitud", "masa_opciones",
                        "parecido_fuera_de_alcance", "ventaja_sobre_fuera_de_alcance", "palabra_fuera_de_alcance",
                        "discriminativo", "discriminativo_fuera_de_alcance"]

    init(ranked: [ScoredCandidate], options: [ScoredCandidate], query: KnowledgeIndex.Query, negativeSimilarity: Double,
         outOfScopeEvidence: Double) {
        let top = ranked.first
        topScore = top?.score ?? 0
        margin = (top?.score ?? 0) - (ranked.count > 1 ? ranked[1].score : 0)
        topCoverage = top?.features.coverage ?? 0
        topContainment = top?.features.bestRowContainment ?? 0
        unknownShare = query.termCount == 0 ? 1 : Double(query.unknownCount) / Double(query.termCount)
        length = min(Double(query.termCount), 12) / 12
        optionMass = options.reduce(0) { $0 + $1.score }
        self.negativeSimilarity = negativeSimilarity
        self.outOfScopeEvidence = outOfScopeEvidence
        topOverNegative = (top?.features.bestRowDice ?? 0) - negativeSimilarity
        topClassifier = top?.features.classifier ?? 0
        outOfScopeClass = Double(query.probabilities?.last ?? 0)
    }
}

/// One entry considered for a message, with its evidence and ranking score.
struct ScoredCandidate: Sendable, Hashable {
    /// Position of the entry in the index.
    var position: Int
    var features: CandidateFeatures
    /// The ranker's probability that this entry is right.
    var score: Double
}
