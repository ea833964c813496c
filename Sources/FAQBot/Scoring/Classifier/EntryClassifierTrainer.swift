import Foundation

/// Fits the `EntryClassifier` on the questions and variants of every entry (with the
/// calibration messages, and the out-of-scope messages as one more class), and gives
/// for each of those rows the probabilities of a classifier that never saw it, so that
/// the ranker is fitted on the evidence it will meet on new messages (a model asked
/// about its own training rows is always sure, and the ranker would trust it blindly).
///
/// The fit is stochastic gradient descent on the cross-entropy with an L2 penalty,
/// in a fixed order: the same rows always give the same model.
///
/// ```swift
/// let fitted = EntryClassifierTrainer().fit(rows: rows, classCount: index.entries.count + 1)
/// fitted?.classifier.probabilities(of: SubwordFeatures(words: analyzed.words))
/// fitted?.heldOut[3]   // row 3's probabilities, from the fold that left it out
/// ```
struct EntryClassifierTrainer: Sendable {
    /// One training row: the features of a question, variant or message and its class (the
    /// position of its entry, or the out-of-scope class after the entries).
    struct Row: Sendable {
        var features: SubwordFeatures
        var entry: Int
    }

    /// What `fit` returns.
    struct Fitted: Sendable {
        /// The model on every row: what serves.
        var classifier: EntryClassifier
        /// For each row, in order: P(entry | row) from the fold model fitted without it.
        var heldOut: [[Float]]
    }

    /// Passes over the rows.
    var epochs = 6
    /// The first step size (it then falls as 1/√(1 + passes)).
    var initialStep: Float = 1
    /// Inverse of the L2 penalty's strength, as scikit-learn's `C`: the penalty on the sum of
    /// the rows' losses is ‖W‖² / (2C).
    var inverseRegularization: Float = 10
    /// How many folds give the held-out probabilities.
    var folds = 4
    /// Above this many weights (entries × features) the classifier is not fitted: a base of
    /// thousands of entries would need hundreds of megabytes, and its ranking does without.
    static let maximumWeights = 4_000_000

    /// Fits the classifier, or returns `nil` when there are fewer than two entries with rows or the
    /// model would exceed `maximumWeights`.
    func fit(rows: [Row], classCount: Int) -> Fitted? {
        guard Set(rows.map(\.entry)).count >= 2 else { return nil }
        let folds = max(2, self.folds)
        let jobs = Array(0...folds)   // job `folds` is the model on every row
        let fittedJobs = jobs.parallelMap(minimumCount: 1) { fold -> EntryClassifier? in
            let training = fold == folds ? rows : rows.enumerated().filter { $0.offset % folds != fold }.map(\.element)
            return fitOne(rows: training, classCount: classCount)
        }
        guard let classifier = fittedJobs[folds] else { return nil }
        let heldOut = Array(rows.enumerated()).parallelMap { offset, row -> [Float] in
            guard let model = fittedJobs[offset % folds] else { return [Float](repeating: 1 / Float(classCount), count: classCount) }
            return model.probabilities(of: row.features)
        }
        return Fitted(classifier: classifier, heldOut: heldOut)
    }

    /// The classifier fitted on `rows`.
    private func fitOne(rows: [Row], classCount: Int) -> EntryClassifier? {
        // The features and their IDF, over these rows only (as a vectoriser is fitted).
        var documentFrequency: [UInt64: Int] = [:]
        for row in rows {
            for feature in row.features.words { documentFrequency[feature.hash, default: 0] += 1 }
            for feature in row.features.characters { documentFrequency[feature.hash, default: 0] += 1 }
        }
        let hashes = documentFrequency.keys.sorted()
        guard !hashes.isEmpty, hashes.count * classCount <= Self.maximumWeights else { return nil }
        let rowCount = Float(rows.count)
        let idf = hashes.map { log((1 + rowCount) / (1 + Float(documentFrequency[$0] ?? 0))) + 1 }
        let vectorizer = SubwordVectorizer(featureHashes: hashes, idf: idf)
        let vectors = rows.map { vectorizer.vector(of: $0.features) }
        let fitted = descend(vectors: vectors, labels: rows.map(\.entry), featureCount: hashes.count, classCount: classCount)
        return EntryClassifier(classCount: classCount, vectorizer: vectorizer, weights: fitted.weights, bias: fitted.bias)
    }

    /// Stochastic gradient descent on the softmax cross-entropy. The L2 penalty shrinks every
    /// weight at every step; it is kept as one scale factor (`scale`) so that a step costs the
    /// row's features × entries, not the whole matrix.
    private func descend(vectors: [SparseRow], labels: [Int], featureCount: Int, classCount: Int)
        -> (weights: [Float], bias: [Float]) {
        var weights = [Float](repeating: 0, count: featureCount * classCount)
        var bias = [Float](repeating: 0, count: classCount)
        var logits = [Float](repeating: 0, count: classCount)
        var scale: Float = 1
        let count = vectors.count
        let penalty = 1 / (inverseRegularization * Float(count))
        var order = Array(0..<count)
        var generator = SplitMix64(seed: 0x5eed)
        var step = 0
        // Raw buffers and index loops throughout: this runs on every import, including in debug
        // builds (the tests), where `zip` and bounds-checked subscripts cost several times more.
        weights.withUnsafeMutableBufferPointer { weights in
        logits.withUnsafeMutableBufferPointer { logits in
        bias.withUnsafeMutableBufferPointer { bias in
            let classes = classCount
            for _ in 0..<epochs {
                order.shuffle(using: &generator)
                for sample in order {
                    let row = vectors[sample]
                    let rate = initialStep / (1 + Float(step) / Float(count)).squareRoot()
                    step += 1
                    row.indices.withUnsafeBufferPointer { indices in
                    row.values.withUnsafeBufferPointer { values in
                        let features = indices.count
                        var entry = 0
                        while entry < classes { logits[entry] = 0; entry += 1 }
                        var feature = 0
                        while feature < features {
                            let value = values[feature]
                            let start = Int(indices[feature]) * classes
                            entry = 0
                            while entry < classes { logits[entry] += value * weights[start + entry]; entry += 1 }
                            feature += 1
                        }
                        var largest = -Float.infinity
                        entry = 0
                        while entry < classes {
                            logits[entry] = bias[entry] + scale * logits[entry]
                            if logits[entry] > largest { largest = logits[entry] }
                            entry += 1
                        }
                        var total: Float = 0
                        entry = 0
                        while entry < classes {
                            logits[entry] = exp(logits[entry] - largest)
                            total += logits[entry]
                            entry += 1
                        }
                        // logits now holds the gradient of the loss by logit: p − 1[right class].
                        entry = 0
                        while entry < classes { logits[entry] /= total; entry += 1 }
                        logits[labels[sample]] -= 1
                        scale *= 1 - rate * penalty
                        let factor = rate / scale
                        feature = 0
                        while feature < features {
                            let step = factor * values[feature]
                            let start = Int(indices[feature]) * classes
                            entry = 0
                            while entry < classes { weights[start + entry] -= step * logits[entry]; entry += 1 }
                            feature += 1
                        }
                        entry = 0
                        while entry < classes { bias[entry] -= rate * logits[entry]; entry += 1 }
                    }
                    }
                    if scale < 1e-3 {
                        for slot in weights.indices { weights[slot] *= scale }
                        scale = 1
                    }
                }
            }
            for slot in weights.indices { weights[slot] *= scale }
        }
        }
        }
        return (weights, bias)
    }
}
