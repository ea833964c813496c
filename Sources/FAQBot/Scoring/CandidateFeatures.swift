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

    /// Per-row totals reused from one candidate to the next (scoring allocates nothing per candidate).
    struct Scratch {
        fileprivate var rowShared: [Double] = []
        fileprivate var touchedRows: [Int32] = []
    }

    /// Computes the features of the entry at `position` for `query`.
    ///
    /// Walks the message's terms against the entry's sorted terms, adding each
    /// shared term's IDF to the rows that use it: the cost grows with the shared
    /// terms, not with the entry's number of variants.
    ///
    /// - Parameters:
    ///   - leavingOut: a row of that entry to ignore (the held-out variant when calibrating).
    ///   - scratch: working memory; pass the same one for every candidate of a message.
    init(index: KnowledgeIndex, position: Int, query: KnowledgeIndex.Query, leavingOut: Int? = nil,
         scratch: inout Scratch) {
        let entry = index.entryRows[position]
        let messageWeight = max(query.weight, 1e-9)
        if scratch.rowShared.count < entry.rowCount {
            scratch.rowShared = [Double](repeating: 0, count: entry.rowCount)
        }
        let heldOut = leavingOut.map(Int32.init)
        var covered = 0.0
        var i = 0, j = 0
        let known = query.known, terms = entry.terms
        while i < known.count && j < terms.count {
            if known[i] < terms[j] { i += 1; continue }
            if known[i] > terms[j] { j += 1; continue }
            let weight = index.idf[Int(known[i])]
            let rows = entry.rows(usingTermAt: j)
            // A term only the held-out row uses is not evidence for its own entry.
            if !(rows.count == 1 && rows.first == heldOut) { covered += weight }
            for row in rows where row != heldOut {
                if scratch.rowShared[Int(row)] == 0 { scratch.touchedRows.append(row) }
                scratch.rowShared[Int(row)] += weight
            }
            i += 1
            j += 1
        }
        var bestDice = 0.0
        var bestContainment = 0.0
        for row in scratch.touchedRows {
            let shared = scratch.rowShared[Int(row)]
            let rowWeight = entry.rowWeights[Int(row)]
            scratch.rowShared[Int(row)] = 0
            bestDice = max(bestDice, 2 * shared / (messageWeight + rowWeight))
            bestContainment = max(bestContainment, shared / rowWeight)
        }
        scratch.touchedRows.removeAll(keepingCapacity: true)
        coverage = covered / messageWeight
        bestRowDice = bestDice
        bestRowContainment = bestContainment
        answerCoverage = Self.sharedWeight(query.known, entry.answerTerms, idf: index.idf) / messageWeight
    }

    /// The features of one candidate, with working memory of its own.
    init(index: KnowledgeIndex, position: Int, query: KnowledgeIndex.Query, leavingOut: Int? = nil) {
        var scratch = Scratch()
        self.init(index: index, position: position, query: query, leavingOut: leavingOut, scratch: &scratch)
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
