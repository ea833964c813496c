/// The evidence that one entry answers one message, each value in [0, 1]
/// except where noted.
struct CandidateFeatures: Sendable, Hashable {
    /// IDF-weighted share of the message's terms that the entry's question and variants use.
    var coverage: Double
    /// Best IDF-weighted Dice overlap between the message and one question or variant.
    var bestRowDice: Double
    /// Best share of one question or variant that the message covers.
    var bestRowContainment: Double
    /// IDF-weighted share of the message's terms found in the answer text.
    var answerCoverage: Double

    /// The values the ranking model reads, in a fixed order.
    var vector: [Double] { [coverage, bestRowDice, bestRowContainment, answerCoverage] }
    static let names = ["cobertura", "mejor_dice", "mejor_contencion", "cobertura_respuesta"]

    /// Computes the features of the entry at `position` for `query`.
    ///
    /// - Parameter leavingOut: a row of that entry to ignore (the held-out variant when calibrating).
    init(index: KnowledgeIndex, position: Int, query: KnowledgeIndex.Query, leavingOut: Int? = nil) {
        let entry = index.entryRows[position]
        let messageWeight = max(query.weight, 1e-9)
        var covered = 0.0
        for term in query.known {
            guard let rows = entry.termRowCounts[term] else { continue }
            if let leavingOut, rows == 1, entry.rows[leavingOut].terms.contains(term) { continue }
            covered += index.idf[Int(term)]
        }
        var bestDice = 0.0
        var bestContainment = 0.0
        for (rowIndex, row) in entry.rows.enumerated() where rowIndex != leavingOut && row.weight > 0 {
            let shared = Self.sharedWeight(query.known, row.terms, idf: index.idf)
            guard shared > 0 else { continue }
            bestDice = max(bestDice, 2 * shared / (messageWeight + row.weight))
            bestContainment = max(bestContainment, shared / row.weight)
        }
        coverage = covered / messageWeight
        bestRowDice = bestDice
        bestRowContainment = bestContainment
        answerCoverage = Self.sharedWeight(query.known, entry.answer.terms, idf: index.idf) / messageWeight
    }

    /// Sum of the IDF of the terms two sorted id lists share.
    private static func sharedWeight(_ a: [Int32], _ b: [Int32], idf: [Double]) -> Double {
        var i = 0, j = 0
        var total = 0.0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                total += idf[Int(a[i])]
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return total
    }
}
