/// The analysed rows of every entry, packed in a few flat arrays (compressed
/// sparse rows), so that scoring a candidate reads contiguous memory and
/// copies no per-entry array.
///
/// For entry `e`: its distinct question-and-variant terms are
/// `terms[termStart[e] ..< termStart[e + 1]]` (sorted); the rows using the term in
/// slot `k` of `terms` are `rowsOfTerm[rowListStart[k] ..< rowListStart[k + 1]]`
/// (0 is the question, then the variants); row `r`'s IDF weight is
/// `rowWeights[rowStart[e] + r]`; its answer's terms are
/// `answerTerms[answerStart[e] ..< answerStart[e + 1]]` (sorted).
struct EntryRowTable: Sendable {
    private(set) var termStart: [Int32] = [0]
    private(set) var terms: [Int32] = []
    private(set) var rowListStart: [Int32] = [0]
    private(set) var rowsOfTerm: [Int32] = []
    private(set) var rowStart: [Int32] = [0]
    private(set) var rowWeights: [Double] = []
    private(set) var answerStart: [Int32] = [0]
    private(set) var answerTerms: [Int32] = []

    /// How many entries the table holds.
    var count: Int { termStart.count - 1 }

    /// Adds the next entry.
    ///
    /// - Parameters:
    ///   - rows: each row's distinct term ids, sorted (the question first, then the variants).
    ///   - answer: the answer's distinct term ids, sorted.
    ///
    /// The rows' weights are 0 until `weighRows(idf:)`, once every entry is in (IDF needs them all).
    mutating func append(rows: [[Int32]], answer: [Int32]) {
        var pairs: [(term: Int32, row: Int32)] = []
        pairs.reserveCapacity(rows.reduce(0) { $0 + $1.count })
        for (row, rowTerms) in rows.enumerated() { for term in rowTerms { pairs.append((term, Int32(row))) } }
        pairs.sort { ($0.term, $0.row) < ($1.term, $1.row) }
        var current: Int32?
        for pair in pairs {
            if pair.term != current {
                // A new slot: it starts where the previous one ended; its end follows the rows appended.
                terms.append(pair.term)
                rowListStart.append(rowListStart[rowListStart.count - 1])
                current = pair.term
            }
            rowsOfTerm.append(pair.row)
            rowListStart[rowListStart.count - 1] = Int32(rowsOfTerm.count)
        }
        termStart.append(Int32(terms.count))
        rowWeights.append(contentsOf: repeatElement(0, count: rows.count))
        rowStart.append(Int32(rowWeights.count))
        answerTerms.append(contentsOf: answer)
        answerStart.append(Int32(answerTerms.count))
    }

    /// Sets every row's weight to the sum of its terms' IDF (added in ascending term order).
    mutating func weighRows(idf: [Double]) {
        var weights = [Double](repeating: 0, count: rowWeights.count)
        for entry in 0..<count {
            let base = Int(rowStart[entry])
            for slot in termSlots(of: entry) {
                let weight = idf[Int(terms[slot])]
                for rowSlot in rowSlots(ofTermIn: slot) { weights[base + Int(rowsOfTerm[rowSlot])] += weight }
            }
        }
        rowWeights = weights
    }

    /// The slots of `terms` that hold entry `entry`'s terms.
    func termSlots(of entry: Int) -> Range<Int> { Int(termStart[entry])..<Int(termStart[entry + 1]) }

    /// The positions in `rowsOfTerm` of the rows using the term in `slot`.
    func rowSlots(ofTermIn slot: Int) -> Range<Int> { Int(rowListStart[slot])..<Int(rowListStart[slot + 1]) }

    /// How many rows (question and variants) entry `entry` has.
    func rowCount(of entry: Int) -> Int { Int(rowStart[entry + 1] - rowStart[entry]) }

    /// The IDF weight of row `row` of entry `entry`.
    func rowWeight(of entry: Int, row: Int) -> Double { rowWeights[Int(rowStart[entry]) + row] }

    /// The slots of `answerTerms` that hold entry `entry`'s answer terms.
    func answerSlots(of entry: Int) -> Range<Int> { Int(answerStart[entry])..<Int(answerStart[entry + 1]) }

    /// How many rows of entry `entry` use the term in `slot`.
    func rowsUsing(slot: Int) -> Int { Int(rowListStart[slot + 1] - rowListStart[slot]) }

    /// The sorted term ids of one row (only calibration needs them).
    func terms(ofRow row: Int, entry: Int) -> [Int32] {
        termSlots(of: entry).filter { slot in rowSlots(ofTermIn: slot).contains { rowsOfTerm[$0] == Int32(row) } }
            .map { terms[$0] }
    }
}
