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

    private let positiveCounts: [UInt64: Int]
    private let otherCounts: [UInt64: Int]
    private let positiveTotal: Double
    private let otherTotal: Double
    private var calibration: LogisticModel

    /// Learns from `examples` and `general`; `nil` without positives or without any message that is not one.
    ///
    /// - Parameters:
    ///   - examples: the messages that show the signal and those that do not.
    ///   - general: more messages that do not (`DetectorLexicon.generalMessages`).
    ///   - label: what the evidence is labelled with (`complaintLabel`, `caseLabel`…).
    init?(examples: SignalExamples, general: [String] = [], label: String) {
        guard !examples.positives.isEmpty, !examples.others.isEmpty || !general.isEmpty else { return nil }
        self.label = label
        let positives = examples.positives.map(Self.trainingFeatures)
        let others = (examples.others + general).map(Self.trainingFeatures)
        var positiveCounts: [UInt64: Int] = [:], otherCounts: [UInt64: Int] = [:]
        for features in positives { for feature in features { positiveCounts[feature, default: 0] += 1 } }
        for features in others { for feature in features { otherCounts[feature, default: 0] += 1 } }
        self.positiveCounts = positiveCounts
        self.otherCounts = otherCounts
        positiveTotal = Double(positives.count)
        otherTotal = Double(others.count)
        calibration = LogisticModel(bias: 0, weights: [1])
        aloneProbability = nil
        // Each example scored without itself, then the logistic that reads those scores.
        let scored = positives.map { ($0, true) } + others.map { ($0, false) }
        let samples = scored.map { [self.score($0.0, leavingOut: $0.1)] }
        let fitted = LogisticModel.fit(samples: samples, labels: scored.map(\.1))
        calibration = fitted
        aloneProbability = Self.aloneProbability(
            probabilities: samples.map { fitted.probability($0) }, labels: scored.map(\.1))
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
        calibration.probability([score(Self.features(words), leavingOut: nil)])
    }

    /// The evidence the detector adds, or `nil` when the model leans the other way.
    func evidence(_ words: [String]) -> (label: String, weight: Double)? {
        let probability = probability(words)
        guard probability > Self.minimumProbability else { return nil }
        let alone = aloneProbability.map { probability >= $0 } ?? false
        return (label + String(format: " %.2f", probability), alone ? Self.aloneWeight : Self.maximumWeight * probability)
    }

    /// The length-normalised log-odds of the features seen in training.
    ///
    /// - Parameter leavingOut: for a training example, its class (its own counts are taken out).
    private func score(_ features: Set<UInt64>, leavingOut isPositive: Bool?) -> Double {
        let positiveN = positiveTotal - (isPositive == true ? 1 : 0)
        let otherN = otherTotal - (isPositive == false ? 1 : 0)
        var sum = 0.0
        var seen = 0
        for feature in features {
            var inPositives = Double(positiveCounts[feature] ?? 0)
            var inOthers = Double(otherCounts[feature] ?? 0)
            if isPositive == true { inPositives -= 1 }
            if isPositive == false { inOthers -= 1 }
            guard inPositives + inOthers > 0 else { continue }
            seen += 1
            sum += log((inPositives + Self.smoothing) / (positiveN + 2 * Self.smoothing))
                - log((inOthers + Self.smoothing) / (otherN + 2 * Self.smoothing))
        }
        return seen == 0 ? 0 : sum / Double(seen).squareRoot()
    }

    private static let normalizer = TextNormalizer()

    /// The features of a training example, read as the detectors read words (folded; no
    /// abbreviation expansion, which needs the knowledge's own list).
    private static func trainingFeatures(_ text: String) -> Set<UInt64> {
        features(normalizer.normalize(text).tokens.map { CharacterFolding.fold($0.text) })
    }

    /// Words and adjacent word pairs, hashed.
    static func features(_ words: [String]) -> Set<UInt64> {
        var features = Set<UInt64>()
        for (index, word) in words.enumerated() {
            features.insert(hash(word))
            if index + 1 < words.count { features.insert(hash(word + " " + words[index + 1])) }
        }
        return features
    }

    private static func hash(_ text: String) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        return value
    }
}
