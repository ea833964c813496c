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
    /// The features and their IDF (stored flat, as `features` and `idf`).
    private let vectorizer: SubwordVectorizer
    /// `classCount` weights per feature, feature after feature.
    private let weights: PackedArray<Float>
    /// One bias per class.
    private let bias: PackedArray<Float>

    private enum CodingKeys: String, CodingKey {
        case classCount, features, idf, weights, bias
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        classCount = try container.decode(Int.self, forKey: .classCount)
        let features = try container.decode(PackedArray<UInt64>.self, forKey: .features)
        let idf = try container.decode(PackedArray<Float>.self, forKey: .idf)
        weights = try container.decode(PackedArray<Float>.self, forKey: .weights)
        bias = try container.decode(PackedArray<Float>.self, forKey: .bias)
        guard idf.elements.count == features.elements.count, bias.elements.count == classCount,
              weights.elements.count == features.elements.count * classCount else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "entry classifier of inconsistent sizes"))
        }
        vectorizer = SubwordVectorizer(featureHashes: features.elements, idf: idf.elements)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(classCount, forKey: .classCount)
        try container.encode(vectorizer.features, forKey: .features)
        try container.encode(vectorizer.idf, forKey: .idf)
        try container.encode(weights, forKey: .weights)
        try container.encode(bias, forKey: .bias)
    }

    /// - Parameter weights: `classCount` values per feature of `vectorizer`.
    init(classCount: Int, vectorizer: SubwordVectorizer, weights: [Float], bias: [Float]) {
        precondition(weights.count == vectorizer.featureCount * classCount && bias.count == classCount)
        self.classCount = classCount
        self.vectorizer = vectorizer
        self.weights = PackedArray(weights)
        self.bias = PackedArray(bias)
    }

    /// The index of the out-of-scope class (the last).
    var outOfScopeClass: Int { classCount - 1 }

    /// How many features the model knows.
    var featureCount: Int { vectorizer.featureCount }

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

    /// The message's TF-IDF vector (`SubwordVectorizer.vector(of:)`).
    func vector(of message: SubwordFeatures) -> SparseRow {
        vectorizer.vector(of: message)
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
