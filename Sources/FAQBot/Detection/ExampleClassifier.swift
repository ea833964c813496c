import Foundation

/// A naive-Bayes classifier over the words and word pairs of a message, learnt from
/// examples (`SignalExamples`): evidence for a detector that its lexicon's patterns miss.
/// Four ship: the complaint model, from `Knowledge/quejas.md` (a protest in words no pattern
/// lists, irony, a complaint inside a practical question); the case model, from
/// `Knowledge/casos.md` (a question about one case file told by its situation: «ya salió lo
/// de mi hermano?», «cuándo me toca»); the models of requests for a person (`personas.md`:
/// «páseme con un cristiano») and of suggestions (`sugerencias.md`: «no estaría mal que…»).
///
/// Each message is the set of its words and adjacent pairs, as the detectors read them
/// (folded; at run time also with abbreviations expanded, which the training examples are not). The log-odds of the features seen in training are
/// summed and divided by the square root of their number (so that a long message is not
/// sure of itself for its length alone), then turned into a probability by a logistic
/// fitted on the examples, each scored with its own counts left out.
///
/// Below `aloneProbability` the model only supports the lexicon (and, for complaints, the tone: its weight
/// cannot fire the detector by itself). From it, the model alone is enough: that probability
/// is chosen on the same left-out scores as the smallest at which the positives would be
/// `alonePrecision` of what it flags, were they `assumedPositiveShare` of all messages
/// (the examples hold far more of them than real traffic does).
///
/// ```swift
/// let classifier = ExampleClassifier(examples: examples, label: ExampleClassifier.complaintLabel)
/// classifier?.probability(["que", "eficientes", "una", "semana", "para", "un", "acuerdo"])   // high
/// ```
struct ExampleClassifier: Sendable {
    /// Additive smoothing of the per-class counts.
    static let smoothing = 0.5
    /// The weight of the evidence at probability 1 below `aloneProbability`: at 0.5 the model
    /// supports the lexicon but does not fire alone.
    static let maximumWeight = 0.5
    /// Below this probability the model adds nothing.
    static let minimumProbability = 0.8
    /// The label of the complaint model's evidence.
    static let complaintLabel = "modelo de quejas"
    /// The label of the case model's evidence.
    static let caseLabel = "modelo de casos"
    /// The label of the evidence of the model of requests for a person.
    static let requestedLabel = "modelo de personas"
    /// The label of the suggestion model's evidence.
    static let suggestionLabel = "modelo de sugerencias"
    /// Every label the shipped models use (the evidence adds the probability after it).
    static let labels = [complaintLabel, caseLabel, requestedLabel, suggestionLabel]
    /// The share of messages assumed to show the signal when choosing `aloneProbability`.
    static let assumedPositiveShare = 0.1
    /// The precision the model must have, on its left-out examples, to fire alone.
    static let alonePrecision = 0.95
    /// The weight of the evidence from `aloneProbability` on: enough to fire by itself.
    static let aloneWeight = 0.6
    /// The fewest left-out positives a probability must flag to be chosen: a threshold that only
    /// one or two examples reach says nothing about real traffic.
    static let aloneMinimumPositives = 10.0

    /// What the evidence is labelled with (`complaintLabel`, `caseLabel`), before its probability.
    let label: String

    /// The probability from which the model fires the detector by itself; `nil` when no
    /// probability is precise enough on the examples.
    private(set) var aloneProbability: Double?

    /// The log-odds of each feature seen in training, P(feature | signal) against P(feature | not).
    private let logOdds: [UInt64: Double]
    private var calibration: LogisticModel

    /// Learns from `examples` and `general`; `nil` without positives or without any message that is not one.
    ///
    /// - Parameters:
    ///   - examples: the messages that show the signal and those that do not.
    ///   - general: more messages that do not (`DetectorLexicon.generalMessages`).
    ///   - label: what the evidence is labelled with (`complaintLabel`, `caseLabel`…).
    init?(examples: SignalExamples, general: [String] = [], label: String) {
        self.init(positives: examples.positives.map(Self.trainingFeatures),
                  others: (examples.others + general).map(Self.trainingFeatures), label: label)
    }

    /// Learns from the features of the examples (`trainingFeatures`), so that features shared by
    /// several models (the general messages) are computed once.
    init?(positives: [Set<UInt64>], others: [Set<UInt64>], label: String) {
        guard !positives.isEmpty, !others.isEmpty else { return nil }
        self.label = label
        let counts = FeatureCounts(positives: positives, others: others)
        logOdds = counts.logOdds()
        // Each example scored without itself, then the logistic that reads those scores.
        let labels = positives.map { _ in true } + others.map { _ in false }
        let samples = zip(positives + others, labels).map { [counts.score($0.0, leavingOut: $0.1)] }
        let fitted = LogisticModel.fit(samples: samples, labels: labels)
        calibration = fitted
        aloneProbability = Self.aloneProbability(probabilities: samples.map { fitted.probability($0) }, labels: labels)
    }

    /// The smallest probability (0.90, 0.91 … 0.99, 0.995, 0.999) at which, on the left-out
    /// examples reweighted to `assumedPositiveShare`, at least `alonePrecision` of those flagged
    /// are positives and at least `aloneMinimumPositives` positives are flagged.
    static func aloneProbability(probabilities: [Double], labels: [Bool]) -> Double? {
        let positives = Double(labels.filter { $0 }.count)
        let others = Double(labels.count) - positives
        guard positives > 0, others > 0 else { return nil }
        // Each other example stands for this many positives' worth of real traffic.
        let otherWeight = positives / others * (1 - assumedPositiveShare) / assumedPositiveShare
        let candidates = (90...99).map { Double($0) / 100 } + [0.995, 0.999]
        for threshold in candidates {
            var flaggedPositives = 0.0, flaggedOthers = 0.0
            for (probability, isPositive) in zip(probabilities, labels) where probability >= threshold {
                if isPositive { flaggedPositives += 1 } else { flaggedOthers += 1 }
            }
            guard flaggedPositives >= aloneMinimumPositives else { return nil }
            if flaggedPositives / (flaggedPositives + flaggedOthers * otherWeight) >= alonePrecision { return threshold }
        }
        return nil
    }

    /// P(signal) for a message's words (as `AnalyzedText.words`).
    func probability(_ words: [String]) -> Double {
        probability(features: Self.features(words))
    }

    /// P(signal) for a message's features (`features(_:)`).
    func probability(features: Set<UInt64>) -> Double {
        var sum = 0.0
        var seen = 0
        for feature in features {
            guard let weight = logOdds[feature] else { continue }
            sum += weight
            seen += 1
        }
        return calibration.probability([seen == 0 ? 0 : sum / Double(seen).squareRoot()])
    }

    /// The evidence the detector adds, or `nil` when the model leans the other way.
    func evidence(_ words: [String]) -> (label: String, weight: Double)? {
        evidence(features: Self.features(words))
    }

    /// The evidence for a message's features, computed once for every model (`features(_:)`).
    func evidence(features: Set<UInt64>) -> (label: String, weight: Double)? {
        let probability = probability(features: features)
        guard probability > Self.minimumProbability else { return nil }
        let alone = aloneProbability.map { probability >= $0 } ?? false
        return (label + String(format: " %.2f", probability), alone ? Self.aloneWeight : Self.maximumWeight * probability)
    }

    /// The per-class counts of the features of the training examples.
    private struct FeatureCounts {
        var positives: [UInt64: Int] = [:]
        var others: [UInt64: Int] = [:]
        let positiveTotal: Double
        let otherTotal: Double

        init(positives positiveExamples: [Set<UInt64>], others otherExamples: [Set<UInt64>]) {
            for features in positiveExamples { for feature in features { positives[feature, default: 0] += 1 } }
            for features in otherExamples { for feature in features { others[feature, default: 0] += 1 } }
            positiveTotal = Double(positiveExamples.count)
            otherTotal = Double(otherExamples.count)
        }

        /// The log-odds of one feature, from counts with the smoothing.
        static func logOdds(_ inPositives: Double, _ inOthers: Double, positiveN: Double, otherN: Double) -> Double {
            log((inPositives + smoothing) / (positiveN + 2 * smoothing)) - log((inOthers + smoothing) / (otherN + 2 * smoothing))
        }

        /// Every feature's log-odds with all the examples counted.
        func logOdds() -> [UInt64: Double] {
            var result: [UInt64: Double] = [:]
            for feature in Set(positives.keys).union(others.keys) {
                result[feature] = Self.logOdds(Double(positives[feature] ?? 0), Double(others[feature] ?? 0),
                                               positiveN: positiveTotal, otherN: otherTotal)
            }
            return result
        }

        /// The length-normalised log-odds of a training example's features, its own counts taken out.
        func score(_ features: Set<UInt64>, leavingOut isPositive: Bool) -> Double {
            let positiveN = positiveTotal - (isPositive ? 1 : 0)
            let otherN = otherTotal - (isPositive ? 0 : 1)
            var sum = 0.0
            var seen = 0
            for feature in features {
                let inPositives = Double(positives[feature] ?? 0) - (isPositive ? 1 : 0)
                let inOthers = Double(others[feature] ?? 0) - (isPositive ? 0 : 1)
                guard inPositives + inOthers > 0 else { continue }
                seen += 1
                sum += Self.logOdds(inPositives, inOthers, positiveN: positiveN, otherN: otherN)
            }
            return seen == 0 ? 0 : sum / Double(seen).squareRoot()
        }
    }

    private static let normalizer = TextNormalizer()

    /// The features of a training example, read as the detectors read words (folded; no
    /// abbreviation expansion, which needs the knowledge's own list).
    static func trainingFeatures(_ text: String) -> Set<UInt64> {
        features(normalizer.normalize(text).tokens.map { CharacterFolding.fold($0.text) })
    }

    /// Words and adjacent word pairs, hashed (FNV-1a; a pair as "word next", without building the string).
    static func features(_ words: [String]) -> Set<UInt64> {
        var features = Set<UInt64>(minimumCapacity: 2 * words.count)
        for (index, word) in words.enumerated() {
            let wordHash = hash(word)
            features.insert(wordHash)
            if index + 1 < words.count { features.insert(hash(words[index + 1], continuing: feed(0x20, into: wordHash))) }
        }
        return features
    }

    private static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325

    private static func feed(_ byte: UInt8, into value: UInt64) -> UInt64 {
        (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    private static func hash(_ text: String, continuing start: UInt64 = fnvOffset) -> UInt64 {
        var value = start
        for byte in text.utf8 {
            value = feed(byte, into: value)
        }
        return value
    }
}
