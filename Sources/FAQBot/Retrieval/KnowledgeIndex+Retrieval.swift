import HeapModule

extension KnowledgeIndex {
    /// How many entries one message is scored against, when serving and when
    /// calibrating alike (the model is fitted on the candidates it will see).
    static let candidateLimit = 60

    /// The entries a message is scored against: of the entries whose question or
    /// variants share a term with the message, the `limit` sharing the most IDF
    /// weight (ties to the earlier entry), in entry order.
    ///
    /// This is the FTS5 index's own candidate set (`MATCH` with the message's
    /// terms, ranked by matched term weight), computed on the in-memory postings
    /// that mirror it: an SQLite query costs about a millisecond, the budget of
    /// a whole decision is a tenth of that. Cost: the postings of the message's
    /// known terms, plus `O(n log limit)` to keep the best.
    ///
    /// The entries the classifier gives `classifierCandidateProbability` or more are added: a message
    /// whose words are misspelt or inflected past the typo corrector may share no term with
    /// its entry, but most of its character n-grams.
    func candidatePositions(for query: Query, limit: Int = KnowledgeIndex.candidateLimit) -> [Int] {
        guard !query.known.isEmpty, limit > 0 else { return [] }
        let retrieved = sharedTermCandidates(for: query, limit: limit)
        guard let probabilities = query.probabilities else { return retrieved }
        let likeliest = (0..<min(probabilities.count, rows.count)).filter {
            probabilities[$0] >= Self.classifierCandidateProbability
        }
        let missing = likeliest.filter { !retrieved.contains($0) }   // a handful of entries at most
        return missing.isEmpty ? retrieved : (retrieved + missing).sorted()
    }

    /// An entry the classifier gives at least this probability is a candidate, whatever terms it shares.
    static let classifierCandidateProbability: Float = 0.15

    private func sharedTermCandidates(for query: Query, limit: Int) -> [Int] {
        var shared = [Double](repeating: 0, count: rows.count)
        var touched: [Int32] = []
        for term in query.known {
            let weight = idf[Int(term)]
            for position in postings[Int(term)] {
                if shared[Int(position)] == 0 { touched.append(position) }
                shared[Int(position)] += weight
            }
        }
        guard touched.count > limit else { return touched.map(Int.init).sorted() }
        var best = Heap<RankedPosition>(minimumCapacity: limit)
        for position in touched {
            let candidate = RankedPosition(weight: shared[Int(position)], position: position)
            if best.count < limit {
                best.insert(candidate)
            } else if let worst = best.min, worst < candidate {
                best.replaceMin(with: candidate)
            }
        }
        return best.unordered.map { Int($0.position) }.sorted()
    }
}

/// An entry with the weight it shares with a message; "less" is the worse candidate.
private struct RankedPosition: Comparable {
    let weight: Double
    let position: Int32

    static func < (left: RankedPosition, right: RankedPosition) -> Bool {
        left.weight != right.weight ? left.weight < right.weight : left.position > right.position
    }
}
