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
        let terms = entry.terms
        var from = 0
        for term in query.known {
            // Both lists are sorted: search each message term after the previous one's place.
            let j = Self.lowerBound(of: term, in: terms, from: from)
            from = j
            guard j < terms.count, terms[j] == term else { continue }
            let weight = index.idf[Int(term)]
            let rows = entry.rows(usingTermAt: j)
            // A term only the held-out row uses is not evidence for its own entry.
            if !(rows.count == 1 && rows.first == heldOut) { covered += weight }
            for row in rows where row != heldOut {
                if scratch.rowShared[Int(row)] == 0 { scratch.touchedRows.append(row) }
                scratch.rowShared[Int(row)] += weight
            }
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

    /// Sum of the IDF of the terms of `message` found in `terms` (both sorted).
    private static func sharedWeight(_ message: [Int32], _ terms: [Int32], idf: [Double]) -> Double {
        var total = 0.0
        var from = 0
        for term in message {
            from = lowerBound(of: term, in: terms, from: from)
            if from < terms.count, terms[from] == term { total += idf[Int(term)] }
        }
        return total
    }

    /// The first index at or after `from` whose term is not less than `term`.
    private static func lowerBound(of term: Int32, in terms: [Int32], from: Int) -> Int {
        var low = from, high = terms.count
        while low < high {
            let middle = (low + high) / 2
            if terms[middle] < term { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
