import Foundation

/// A multinomial logistic regression over all the entries, on the TF-IDF of each
/// message's words, word pairs and character n-grams (`SubwordFeatures`): the
/// discriminative evidence of the ranker, fitted on every question and variant of
/// every entry at import (`EntryClassifierTrainer`).
///
/// Where the other ranking features ask how much of the message an entry's rows
/// share, this one asks which entry the message's wording points to against all the
/// others: a word every entry uses weighs little, one only an entry's variants use
/// weighs a lot, and a misspelt word still counts through its n-grams.
///
/// ```swift
/// let probabilities = classifier.probabilities(of: SubwordFeatures(words: analyzed.words))
/// probabilities[position]   // P(the entry at `position` answers the message)
/// ```
struct EntryClassifier: Sendable, Hashable, Codable {
    /// How many entries (classes) there are, in the index's order.
    let entryCount: Int
    /// The hash of each feature, sorted: a feature's index is its place here.
    private let features: PackedArray<UInt64>
    /// The IDF of each feature, over the rows it was fitted on.
    private let idf: PackedArray<Float>
    /// `entryCount` weights per feature, feature after feature.
    private let weights: PackedArray<Float>
    /// One bias per entry.
    private let bias: PackedArray<Float>

    /// - Parameters:
    ///   - featureHashes: sorted, distinct.
    ///   - weights: `entryCount` values per feature.
    init(entryCount: Int, featureHashes: [UInt64], idf: [Float], weights: [Float], bias: [Float]) {
        precondition(weights.count == featureHashes.count * entryCount && bias.count == entryCount
                     && idf.count == featureHashes.count)
        self.entryCount = entryCount
        features = PackedArray(featureHashes)
        self.idf = PackedArray(idf)
        self.weights = PackedArray(weights)
        self.bias = PackedArray(bias)
    }

    /// How many features the model knows.
    var featureCount: Int { features.elements.count }

    /// P(entry | message) for every entry, in the index's order (for a message with no known
    /// feature, the entries' priors: the softmax of the biases).
    func probabilities(of message: SubwordFeatures) -> [Float] {
        probabilities(of: vector(of: message))
    }

    /// P(entry | row) for every entry.
    func probabilities(of row: SparseRow) -> [Float] {
        var logits = bias.elements
        weights.elements.withUnsafeBufferPointer { weights in
            logits.withUnsafeMutableBufferPointer { logits in
                for (index, value) in zip(row.indices, row.values) {
                    let start = Int(index) * entryCount
                    for entry in 0..<entryCount { logits[entry] += value * weights[start + entry] }
                }
            }
        }
        return Self.softmax(logits)
    }

    /// The message's TF-IDF vector over the known features: sublinear counts
    /// (1 + ln count) times IDF, the word and the character parts each scaled to length 1.
    func vector(of message: SubwordFeatures) -> SparseRow {
        var row = SparseRow()
        append(message.words, to: &row)
        append(message.characters, to: &row)
        return row
    }

    private func append(_ counted: [(hash: UInt64, count: Int)], to row: inout SparseRow) {
        let start = row.values.count
        var squares: Float = 0
        for (hash, count) in counted {
            guard let index = index(of: hash) else { continue }
            let value = (1 + log(Float(count))) * idf.elements[index]
            row.indices.append(Int32(index))
            row.values.append(value)
            squares += value * value
        }
        guard squares > 0 else { return }
        let norm = squares.squareRoot()
        for slot in start..<row.values.count { row.values[slot] /= norm }
    }

    /// The index of a feature hash, by binary search of the sorted hashes.
    private func index(of hash: UInt64) -> Int? {
        features.elements.withUnsafeBufferPointer { hashes in
            var low = 0, high = hashes.count
            while low < high {
                let middle = (low + high) / 2
                if hashes[middle] < hash { low = middle + 1 } else { high = middle }
            }
            return low < hashes.count && hashes[low] == hash ? low : nil
        }
    }

    /// The softmax of `logits`, computed from the largest so that nothing overflows.
    static func softmax(_ logits: [Float]) -> [Float] {
        guard let largest = logits.max() else { return [] }
        var result = logits.map { exp($0 - largest) }
        let total = result.reduce(0, +)
        for index in result.indices { result[index] /= total }
        return result
    }
}
