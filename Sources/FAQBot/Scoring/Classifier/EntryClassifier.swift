import Foundation

/// A multinomial logistic regression over all the entries, on the TF-IDF of each
/// message's words, word pairs and character n-grams (`SubwordFeatures`): the
/// discriminative evidence of the ranker, fitted at import (`EntryClassifierTrainer`) on
/// every question and variant of every entry, the calibration messages, and the
/// out-of-scope messages as a class of their own (the last).
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
    /// How many classes there are: the entries in the index's order, then «out of scope»
    /// (the messages of `fuera-de-alcance.md`), so that a message no entry answers can say so
    /// instead of spreading its probability over the entries.
    let classCount: Int
    /// The hash of each feature, sorted: a feature's index is its place here.
    private let features: PackedArray<UInt64>
    /// The IDF of each feature, over the rows it was fitted on.
    private let idf: PackedArray<Float>
    /// `classCount` weights per feature, feature after feature.
    private let weights: PackedArray<Float>
    /// One bias per entry.
    private let bias: PackedArray<Float>
    /// An open-addressing table from a feature hash to its index (`-1`: empty), rebuilt when
    /// decoded: a message's few hundred n-grams are each found in one or two probes, where a
    /// binary search of the sorted hashes took the most time of a decision.
    private let slots: [Int32]

    private enum CodingKeys: String, CodingKey {
        case classCount, features, idf, weights, bias
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        classCount = try container.decode(Int.self, forKey: .classCount)
        features = try container.decode(PackedArray<UInt64>.self, forKey: .features)
        idf = try container.decode(PackedArray<Float>.self, forKey: .idf)
        weights = try container.decode(PackedArray<Float>.self, forKey: .weights)
        bias = try container.decode(PackedArray<Float>.self, forKey: .bias)
        guard idf.elements.count == features.elements.count, bias.elements.count == classCount,
              weights.elements.count == features.elements.count * classCount else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "entry classifier of inconsistent sizes"))
        }
        slots = Self.slots(for: features.elements)
    }

    /// - Parameters:
    ///   - featureHashes: sorted, distinct.
    ///   - weights: `classCount` values per feature.
    init(classCount: Int, featureHashes: [UInt64], idf: [Float], weights: [Float], bias: [Float]) {
        precondition(weights.count == featureHashes.count * classCount && bias.count == classCount
                     && idf.count == featureHashes.count)
        self.classCount = classCount
        features = PackedArray(featureHashes)
        self.idf = PackedArray(idf)
        self.weights = PackedArray(weights)
        self.bias = PackedArray(bias)
        slots = Self.slots(for: featureHashes)
    }

    /// The lookup table of `hashes`: a power of two at least twice their number, each hash at
    /// its low bits or the next free slot after.
    private static func slots(for hashes: [UInt64]) -> [Int32] {
        var size = 16
        while size < hashes.count * 2 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        let mask = UInt64(size - 1)
        for (index, hash) in hashes.enumerated() {
            var slot = Int(hash & mask)
            while slots[slot] >= 0 { slot = (slot + 1) & Int(mask) }
            slots[slot] = Int32(index)
        }
        return slots
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
        let classes = classCount
        weights.elements.withUnsafeBufferPointer { weights in
        logits.withUnsafeMutableBufferPointer { logits in
        row.indices.withUnsafeBufferPointer { indices in
        row.values.withUnsafeBufferPointer { values in
            var feature = 0
            while feature < indices.count {
                let value = values[feature]
                let start = Int(indices[feature]) * classes
                var entry = 0
                while entry < classes { logits[entry] += value * weights[start + entry]; entry += 1 }
                feature += 1
            }
        }
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
            let value = (count == 1 ? 1 : 1 + log(Float(count))) * idf.elements[index]
            row.indices.append(Int32(index))
            row.values.append(value)
            squares += value * value
        }
        guard squares > 0 else { return }
        let norm = squares.squareRoot()
        for slot in start..<row.values.count { row.values[slot] /= norm }
    }

    /// The index of a feature hash, or `nil` for a feature the model never saw.
    private func index(of hash: UInt64) -> Int? {
        features.elements.withUnsafeBufferPointer { hashes in
            slots.withUnsafeBufferPointer { slots in
                let mask = slots.count - 1
                var slot = Int(hash & UInt64(mask))
                while true {
                    let index = slots[slot]
                    if index < 0 { return nil }
                    if hashes[Int(index)] == hash { return Int(index) }
                    slot = (slot + 1) & mask
                }
            }
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
