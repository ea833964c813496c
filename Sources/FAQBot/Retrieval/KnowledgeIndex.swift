import FAQStore
import Foundation

/// The in-memory side of one knowledge version: each entry's analysed rows as
/// interned term ids, with the statistics the scorer needs (IDF, row lengths).
///
/// It mirrors the FTS5 index (same analysed rows): its postings give the
/// candidate entries of a message, and its rows the evidence that scores them.
/// Built once per knowledge version and shared read-only between tasks.
///
/// ```swift
/// let index = KnowledgeIndex(entries: stored.entries)
/// let query = index.query(for: analyzed.terms)
/// ```
/// A class, so that the matcher, the decider and each task share it without copying its arrays.
public final class KnowledgeIndex: Sendable {
    /// The entries, in the order given; an entry's position here identifies it in the index.
    public let entries: [KnowledgeEntry]
    /// Every entry's analysed rows, packed.
    let rows: EntryRowTable
    let positionByID: [String: Int]
    let termIDs: [String: Int32]
    /// The term of each id.
    let termNames: [String]
    /// IDF of each term id, over entries (question and variants).
    let idf: [Double]
    /// IDF given to a term the knowledge never uses.
    let unseenIDF: Double
    /// Entries whose question or variants contain each term (for in-memory retrieval).
    let postings: [[Int32]]
    /// The out-of-scope messages (calibration negatives): for each term, the
    /// negatives using it, and each negative's IDF weight.
    let negativePostings: [String: [Int32]]
    let negativeWeights: [Double]
    /// For each term id, how many questions and variants (of all entries) use it.
    let rowsUsingTerm: [Int]
    /// How many questions and variants there are in all.
    var rowCount: Int { rows.rowWeights.count }

    /// - Parameters:
    ///   - indexed: the analysed entries.
    ///   - negatives: the analysed index text of messages no entry answers.
    public convenience init(entries indexed: [IndexedEntry], negatives: [String] = []) {
        var builder = Builder()
        builder.append(indexed)
        self.init(builder, negatives: negatives)
    }

    /// Collects the entries of an index in file order, chunk by chunk (an import adds each
    /// chunk as soon as it is analysed); `KnowledgeIndex(_:negatives:)` then computes the
    /// statistics that need them all (IDF, postings, row weights).
    struct Builder {
        fileprivate var termIDs: [String: Int32] = [:]
        fileprivate var table = EntryRowTable()
        fileprivate var entries: [KnowledgeEntry] = []

        /// Adds entries after those already added.
        mutating func append(_ indexed: [IndexedEntry]) {
            for entry in indexed {
                table.append(rows: [intern(entry.analyzedQuestion)] + entry.analyzedVariants.map { intern($0) },
                             answer: intern(entry.analyzedAnswer))
                entries.append(entry.entry)
            }
        }

        /// The distinct term ids of an analysed text, sorted.
        private mutating func intern(_ text: String) -> [Int32] {
            var ids: [Int32] = []
            for term in KnowledgeIndex.terms(of: text) {
                if let id = termIDs[term] {
                    ids.append(id)
                } else {
                    let id = Int32(termIDs.count)
                    termIDs[term] = id
                    ids.append(id)
                }
            }
            ids.sort()
            return ids.indices.filter { $0 == 0 || ids[$0] != ids[$0 - 1] }.map { ids[$0] }
        }
    }

    /// The index of the entries collected by `builder`.
    init(_ builder: Builder, negatives: [String] = []) {
        let termIDs = builder.termIDs
        var table = builder.table
        var documentFrequency = [Int](repeating: 0, count: termIDs.count)
        var postings = [[Int32]](repeating: [], count: termIDs.count)
        var rowsUsingTerm = [Int](repeating: 0, count: termIDs.count)
        for position in 0..<table.count {
            for slot in table.termSlots(of: position) {
                let term = Int(table.terms[slot])
                documentFrequency[term] += 1
                postings[term].append(Int32(position))
                rowsUsingTerm[term] += table.rowsUsing(slot: slot)
            }
        }
        let count = Double(max(table.count, 1))
        let idf = documentFrequency.map { Self.idf(documentFrequency: Double($0), entries: count) }
        let unseenIDF = Self.idf(documentFrequency: 0, entries: count)
        table.weighRows(idf: idf)
        rows = table
        let negativeIndex = Self.negativeIndex(negatives, termIDs: termIDs, idf: idf, unseenIDF: unseenIDF)
        self.rowsUsingTerm = rowsUsingTerm
        negativePostings = negativeIndex.postings
        negativeWeights = negativeIndex.weights
        entries = builder.entries
        positionByID = Dictionary(builder.entries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.termIDs = termIDs
        var names = [String](repeating: "", count: termIDs.count)
        for (term, id) in termIDs { names[Int(id)] = term }
        termNames = names
        self.idf = idf
        self.unseenIDF = unseenIDF
        self.postings = postings
    }

    /// The same index with other out-of-scope messages; the entries' part is shared, not rebuilt.
    ///
    /// An import builds the entries' index first, to analyse the negatives against its vocabulary.
    func withNegatives(_ negatives: [String]) -> KnowledgeIndex {
        KnowledgeIndex(sharingEntriesOf: self, negatives: negatives)
    }

    private init(sharingEntriesOf base: KnowledgeIndex, negatives: [String]) {
        entries = base.entries
        rows = base.rows
        positionByID = base.positionByID
        termIDs = base.termIDs
        termNames = base.termNames
        idf = base.idf
        unseenIDF = base.unseenIDF
        postings = base.postings
        rowsUsingTerm = base.rowsUsingTerm
        let negativeIndex = Self.negativeIndex(negatives, termIDs: base.termIDs, idf: base.idf, unseenIDF: base.unseenIDF)
        negativePostings = negativeIndex.postings
        negativeWeights = negativeIndex.weights
    }

    /// For each term, the negatives using it; and each negative's IDF weight.
    private static func negativeIndex(_ negatives: [String], termIDs: [String: Int32], idf: [Double], unseenIDF: Double)
        -> (postings: [String: [Int32]], weights: [Double]) {
        var postings: [String: [Int32]] = [:]
        var weights: [Double] = []
        for (position, negative) in negatives.enumerated() {
            var weight = 0.0
            // Each distinct term once, in a fixed order: summed in a `Set`'s order, the weight varied
            // in its last bits from one process to the next (hash seeds), and so did the fitted model.
            for term in Set(terms(of: negative)).sorted() {
                postings[term, default: []].append(Int32(position))
                weight += termIDs[term].map { idf[Int($0)] } ?? unseenIDF
            }
            weights.append(weight)
        }
        return (postings, weights)
    }

    /// By term id, how many rows use the term: questions, variants and answers.
    var rowsUsingTermWithAnswers: [Int] {
        var rows = rowsUsingTerm
        for term in self.rows.answerTerms { rows[Int(term)] += 1 }
        return rows
    }

    /// Term → how many index rows (question, variants and answer of every entry) use it:
    /// what `fts5vocab` reports for the same knowledge, without reading it.
    var vocabulary: [String: Int] {
        let rows = rowsUsingTermWithAnswers
        var vocabulary: [String: Int] = [:]
        vocabulary.reserveCapacity(termNames.count)
        for (id, name) in termNames.enumerated() where rows[id] > 0 { vocabulary[name] = rows[id] }
        return vocabulary
    }

    /// The terms of an analysed text (terms joined by single spaces), split on bytes.
    static func terms(of text: String) -> [String] {
        text.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
    }

    /// BM25's IDF, kept positive for terms in most entries.
    static func idf(documentFrequency df: Double, entries n: Double) -> Double {
        log(1 + (n - df + 0.5) / (df + 0.5))
    }

    /// A message's terms as the scorer sees them.
    struct Query: Sendable {
        /// Known term ids, unique.
        let known: [Int32]
        /// Sum of the IDF of every distinct term, unknown ones included.
        let weight: Double
        /// How many distinct terms the message has.
        let termCount: Int
        /// How many of them the knowledge never uses.
        let unknownCount: Int
        /// Every distinct term with its IDF (unknown terms at `unseenIDF`).
        let weightedTerms: [(term: String, idf: Double)]
        /// The entry classifier's P(entry | message) by entry position, then P(out of scope), when
        /// the model has a classifier (`EntryClassifier`); `nil` otherwise.
        var probabilities: [Float]? = nil
    }

    /// The query of an analysed message, with the classifier's probabilities when there is one.
    func query(for analyzed: AnalyzedText, classifier: EntryClassifier?) -> Query {
        let fits = classifier.map { $0.classCount == entries.count + 1 } ?? false
        return query(for: analyzed.terms,
                     probabilities: fits ? classifier?.probabilities(of: SubwordFeatures(words: analyzed.words)) : nil)
    }

    /// The query of a message's index terms.
    ///
    /// - Parameter probabilities: the classifier's, already computed (`Query.probabilities`).
    func query(for terms: [String], probabilities: [Float]? = nil) -> Query {
        var known = Set<Int32>()
        var weightedTerms: [(term: String, idf: Double)] = []
        var seen = Set<String>()
        var unknownCount = 0
        for term in terms where seen.insert(term).inserted {
            if let id = termIDs[term] {
                known.insert(id)
                weightedTerms.append((term, idf[Int(id)]))
            } else {
                unknownCount += 1
                weightedTerms.append((term, unseenIDF))
            }
        }
        let weight = weightedTerms.reduce(0) { $0 + $1.idf }
        return Query(known: known.sorted(), weight: weight, termCount: weightedTerms.count,
                     unknownCount: unknownCount, weightedTerms: weightedTerms, probabilities: probabilities)
    }

    /// The best IDF-weighted Dice overlap between the query and one out-of-scope
    /// message: how much the message looks like something no entry answers.
    ///
    /// - Parameter leavingOut: a negative to ignore (the one held out when calibrating).
    func negativeSimilarity(of query: Query, leavingOut: Int? = nil) -> Double {
        guard !negativeWeights.isEmpty, query.weight > 0 else { return 0 }
        var shared = [Double](repeating: 0, count: negativeWeights.count)
        var touched: [Int32] = []
        for (term, weight) in query.weightedTerms {
            for negative in negativePostings[term] ?? [] where Int(negative) != leavingOut {
                if shared[Int(negative)] == 0 { touched.append(negative) }
                shared[Int(negative)] += weight
            }
        }
        var best = 0.0
        for negative in touched {
            best = max(best, 2 * shared[Int(negative)] / (query.weight + negativeWeights[Int(negative)]))
        }
        return best
    }

    /// How strongly one of the query's words points out of scope: the largest
    /// log-odds, over its terms, of appearing in an out-of-scope message rather
    /// than in a question or variant ("federal", "sat", "imss" score high).
    /// 0 when no term is more typical of the negatives.
    ///
    /// - Parameters:
    ///   - leavingOutRow: a held-out row's terms, not counted (calibration).
    ///   - leavingOutNegative: a held-out negative, not counted (calibration).
    func outOfScopeEvidence(of query: Query, leavingOutRow: [Int32]? = nil, leavingOutNegative: Int? = nil) -> Double {
        guard !negativeWeights.isEmpty else { return 0 }
        let negatives = Double(negativeWeights.count - (leavingOutNegative == nil ? 0 : 1))
        let rows = Double(rowCount - (leavingOutRow == nil ? 0 : 1))
        var best = 0.0
        for (term, _) in query.weightedTerms {
            guard let postings = negativePostings[term] else { continue }
            var negativeHits = postings.count
            if let leavingOutNegative, postings.contains(Int32(leavingOutNegative)) { negativeHits -= 1 }
            guard negativeHits > 0 else { continue }
            var rowHits = 0
            if let id = termIDs[term] {
                rowHits = rowsUsingTerm[Int(id)]
                if let leavingOutRow, leavingOutRow.contains(id) { rowHits -= 1 }
            }
            // Only words the questions and variants never use: a word both sides
            // share (a city, "horario") says nothing about scope.
            guard rowHits == 0 else { continue }
            let logOdds = log((Double(negativeHits) + 0.5) / (negatives + 1)) - log((Double(rowHits) + 0.5) / (rows + 1))
            best = max(best, min(logOdds, 8))
        }
        return best
    }

    /// The position of the entry with that id.
    public func position(of id: String) -> Int? { positionByID[id] }
}
