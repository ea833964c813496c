import Foundation

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
    /// Log-probability of the message's known terms under the entry's rows, as a Bernoulli
    /// naive Bayes over all the variants of all entries reads it: each term counts by the
    /// share of the entry's rows that use it (smoothed), so an entry whose variants
    /// consistently use the message's words beats one that used them once. Not in [0, 1];
    /// read through `posterior`.
    var termLikelihood: Double
    /// `termLikelihood` turned into a probability over the message's candidates
    /// (`assignPosteriors`); 0 until then.
    var posterior: Double = 0
    /// The entry classifier's P(this entry | message) (`EntryClassifier`): discriminative
    /// evidence over the words, word pairs and character n-grams of all the variants of all
    /// entries; 0 when the model has no classifier.
    var classifier: Double = 0

    /// Additive smoothing of the naive-Bayes counts.
    static let smoothing = 0.2

    /// The values the ranking model reads, in a fixed order.
    var vector: [Double] { [coverage, bestRowDice, bestRowContainment, answerCoverage, posterior, classifier] }

    /// Writes `vector` into `buffer` (resized to fit), so that scoring many candidates reuses one array.
    func write(into buffer: inout [Double]) {
        if buffer.count != 6 { buffer = [0, 0, 0, 0, 0, 0] }
        buffer[0] = coverage
        buffer[1] = bestRowDice
        buffer[2] = bestRowContainment
        buffer[3] = answerCoverage
        buffer[4] = posterior
        buffer[5] = classifier
    }
    static let names = ["cobertura", "mejor_dice", "mejor_contencion", "cobertura_respuesta", "bayes", "discriminativo"]

    /// The smallest classifier probability told apart from the others.
    static let classifierFloor = 1e-4

    /// Sets each candidate's `classifier` from the query's probabilities (left at 0 without them).
    static func assignClassifier(_ candidates: inout [CandidateFeatures], positions: [Int], query: borrowing KnowledgeIndex.Query) {
        guard let probabilities = query.probabilities else { return }
        for (slot, position) in positions.enumerated() where position < probabilities.count {
            // On a log scale from 10⁻⁴ (0) to 1 (1): the ranker then combines it with the other
            // evidence as a product of probabilities, not a sum (a sure classifier can outvote them).
            let probability = max(Double(probabilities[position]), Self.classifierFloor)
            candidates[slot].classifier = 1 - log(probability) / log(Self.classifierFloor)
        }
    }

    /// Sets each candidate's `posterior`: the softmax of the candidates' `termLikelihood`
    /// (a uniform prior over the entries retrieved for the message).
    static func assignPosteriors(_ candidates: inout [CandidateFeatures]) {
        guard let best = candidates.map(\.termLikelihood).max() else { return }
        var total = 0.0
        for index in candidates.indices {
            let mass = exp(candidates[index].termLikelihood - best)
            candidates[index].posterior = mass
            total += mass
        }
        for index in candidates.indices { candidates[index].posterior /= total }
    }

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
    ///   - table: the index's packed rows, borrowed (an initializer's arguments are otherwise
    ///     passed owned: a copy, one retain per array, for every candidate).
    ///   - idf: IDF by term id.
    ///   - leavingOut: a row of that entry to ignore (the held-out variant when calibrating).
    ///   - scratch: working memory; pass the same one for every candidate of a message.
    init(table: borrowing EntryRowTable, idf: borrowing [Double], position: Int, query: borrowing KnowledgeIndex.Query,
         leavingOut: Int? = nil, scratch: inout Scratch) {
        let messageWeight = max(query.weight, 1e-9)
        let rowCount = table.rowCount(of: position)
        if scratch.rowShared.count < rowCount {
            scratch.rowShared = [Double](repeating: 0, count: rowCount)
        }
        let heldOut = leavingOut.map(Int32.init)
        let slots = table.termSlots(of: position)
        let answer = table.answerSlots(of: position)
        var covered = 0.0
        var bestDice = 0.0
        var bestContainment = 0.0
        var answerShared = 0.0
        var likelihood = 0.0
        let smoothing = Self.smoothing
        let rowsHere = Double(rowCount - (heldOut == nil ? 0 : 1))
        let absent = log(smoothing / (rowsHere + 2 * smoothing))
        // The hot loop of a decision (up to 60 candidates × the message's terms): read through
        // buffer pointers, without a bounds or uniqueness check per access. Every slot read comes
        // from the table's own ranges, so it stays in bounds.
        table.terms.withUnsafeBufferPointer { terms in
        table.rowsOfTerm.withUnsafeBufferPointer { rowsOfTerm in
        table.rowListStart.withUnsafeBufferPointer { rowListStart in
        table.answerTerms.withUnsafeBufferPointer { answerTerms in
        idf.withUnsafeBufferPointer { idf in
        scratch.rowShared.withUnsafeMutableBufferPointer { rowShared in
            var from = slots.lowerBound
            for term in query.known {
                // Both lists are sorted: search each message term after the previous one's place.
                let slot = Self.lowerBound(of: term, in: terms, from: from, to: slots.upperBound)
                from = slot
                guard slot < slots.upperBound, terms[slot] == term else {
                    likelihood += absent
                    continue
                }
                let weight = idf[Int(term)]
                let rowSlots = Int(rowListStart[slot])..<Int(rowListStart[slot + 1])
                // A term only the held-out row uses is not evidence for its own entry.
                if !(rowSlots.count == 1 && rowsOfTerm[rowSlots.lowerBound] == heldOut) { covered += weight }
                var using = 0
                for rowSlot in rowSlots {
                    let row = rowsOfTerm[rowSlot]
                    if row == heldOut { continue }
                    using += 1
                    if rowShared[Int(row)] == 0 { scratch.touchedRows.append(row) }
                    rowShared[Int(row)] += weight
                }
                likelihood += log((Double(using) + smoothing) / (rowsHere + 2 * smoothing))
            }
            for row in scratch.touchedRows {
                let shared = rowShared[Int(row)]
                let rowWeight = table.rowWeight(of: position, row: Int(row))
                rowShared[Int(row)] = 0
                bestDice = max(bestDice, 2 * shared / (messageWeight + rowWeight))
                bestContainment = max(bestContainment, shared / rowWeight)
            }
            var answerFrom = answer.lowerBound
            for term in query.known {
                answerFrom = Self.lowerBound(of: term, in: answerTerms, from: answerFrom, to: answer.upperBound)
                if answerFrom < answer.upperBound, answerTerms[answerFrom] == term { answerShared += idf[Int(term)] }
            }
        }
        }
        }
        }
        }
        }
        scratch.touchedRows.removeAll(keepingCapacity: true)
        coverage = covered / messageWeight
        bestRowDice = bestDice
        bestRowContainment = bestContainment
        answerCoverage = answerShared / messageWeight
        termLikelihood = likelihood
    }

    /// The first slot in `from ..< to` whose term is not less than `term` (`to` when none).
    private static func lowerBound(of term: Int32, in terms: UnsafeBufferPointer<Int32>, from: Int, to: Int) -> Int {
        var low = from, high = to
        while low < high {
            let middle = (low + high) / 2
            if terms[middle] < term { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
