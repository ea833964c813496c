import Foundation

/// A naive-Bayes complaint classifier over the words and word pairs of a message,
/// learnt from `Knowledge/quejas.md`: evidence for the complaint detector that the
/// lexicon's patterns miss (a protest in words no pattern lists, irony, a complaint
/// inside a practical question).
///
/// Each message is the set of its words and adjacent pairs, as the detectors read them
/// (folded, abbreviations expanded). The log-odds of the features seen in training are
/// summed and divided by the square root of their number (so that a long message is not
/// sure of itself for its length alone), then turned into a probability by a logistic
/// fitted on the examples, each scored with its own counts left out.
///
/// Below `aloneProbability` the model only supports the lexicon and the tone (its weight
/// cannot fire the detector by itself). From it, the model alone is enough: that probability
/// is chosen on the same left-out scores as the smallest at which the complaints would be
/// `alonePrecision` of what it flags, were complaints `assumedComplaintShare` of all messages
/// (the examples hold far more complaints than real traffic does).
///
/// ```swift
/// let classifier = ComplaintClassifier(examples: examples)
/// classifier?.probability(["que", "eficientes", "una", "semana", "para", "un", "acuerdo"])   // high
/// ```
struct ComplaintClassifier: Sendable {
    /// Additive smoothing of the per-class counts.
    static let smoothing = 0.5
    /// The weight of the evidence at probability 1 below `aloneProbability`: at 0.5 the model
    /// supports the lexicon and the tone but does not fire alone.
    static let maximumWeight = 0.5
    /// Below this probability the model adds nothing.
    static let minimumProbability = 0.8
    /// The label the evidence shows.
    static let label = "modelo de quejas"
    /// The share of messages assumed to be complaints when choosing `aloneProbability`.
    static let assumedComplaintShare = 0.1
    /// The precision the model must have, on its left-out examples, to fire alone.
    static let alonePrecision = 0.95
    /// The weight of the evidence from `aloneProbability` on: enough to fire by itself.
    static let aloneWeight = 0.6
    /// The fewest left-out complaints a probability must flag to be chosen: a threshold that only
    /// one or two examples reach says nothing about real traffic.
    static let aloneMinimumComplaints = 10.0

    /// The probability from which the model fires the detector by itself; `nil` when no
    /// probability is precise enough on the examples.
    private(set) var aloneProbability: Double?

    private let complaintCounts: [UInt64: Int]
    private let otherCounts: [UInt64: Int]
    private let complaintTotal: Double
    private let otherTotal: Double
    private var calibration: LogisticModel

    /// Learns from `examples`; `nil` when they lack either kind.
    init?(examples: ComplaintExamples) {
        guard examples.isUsable else { return nil }
        let complaints = examples.complaints.map(Self.trainingFeatures)
        let others = examples.others.map(Self.trainingFeatures)
        var complaintCounts: [UInt64: Int] = [:], otherCounts: [UInt64: Int] = [:]
        for features in complaints { for feature in features { complaintCounts[feature, default: 0] += 1 } }
        for features in others { for feature in features { otherCounts[feature, default: 0] += 1 } }
        self.complaintCounts = complaintCounts
        self.otherCounts = otherCounts
        complaintTotal = Double(complaints.count)
        otherTotal = Double(others.count)
        calibration = LogisticModel(bias: 0, weights: [1])
        aloneProbability = nil
        // Each example scored without itself, then the logistic that reads those scores.
        let scored = complaints.map { ($0, true) } + others.map { ($0, false) }
        let samples = scored.map { [self.score($0.0, leavingOut: $0.1)] }
        let fitted = LogisticModel.fit(samples: samples, labels: scored.map(\.1))
        calibration = fitted
        aloneProbability = Self.aloneProbability(
            probabilities: samples.map { fitted.probability($0) }, labels: scored.map(\.1))
    }

    /// The smallest probability (0.90, 0.91 … 0.99, 0.995, 0.999) at which, on the left-out
    /// examples reweighted to `assumedComplaintShare`, at least `alonePrecision` of those flagged
    /// are complaints and at least `aloneMinimumComplaints` complaints are flagged.
    static func aloneProbability(probabilities: [Double], labels: [Bool]) -> Double? {
        let complaints = Double(labels.filter { $0 }.count)
        let others = Double(labels.count) - complaints
        guard complaints > 0, others > 0 else { return nil }
        // Each other example stands for this many complaints' worth of real traffic.
        let otherWeight = complaints / others * (1 - assumedComplaintShare) / assumedComplaintShare
        let candidates = (90...99).map { Double($0) / 100 } + [0.995, 0.999]
        for threshold in candidates {
            var flaggedComplaints = 0.0, flaggedOthers = 0.0
            for (probability, isComplaint) in zip(probabilities, labels) where probability >= threshold {
                if isComplaint { flaggedComplaints += 1 } else { flaggedOthers += 1 }
            }
            guard flaggedComplaints >= aloneMinimumComplaints else { return nil }
            if flaggedComplaints / (flaggedComplaints + flaggedOthers * otherWeight) >= alonePrecision { return threshold }
        }
        return nil
    }

    /// P(complaint) for a message's words (as `AnalyzedText.words`).
    func probability(_ words: [String]) -> Double {
        calibration.probability([score(Self.features(words), leavingOut: nil)])
    }

    /// The evidence the complaint detector adds, or `nil` when the model leans the other way.
    func evidence(_ words: [String]) -> (label: String, weight: Double)? {
        let probability = probability(words)
        guard probability > Self.minimumProbability else { return nil }
        let alone = aloneProbability.map { probability >= $0 } ?? false
        return (Self.label + String(format: " %.2f", probability), alone ? Self.aloneWeight : Self.maximumWeight * probability)
    }

    /// The length-normalised log-odds of the features seen in training.
    ///
    /// - Parameter leavingOut: for a training example, its class (its own counts are taken out).
    private func score(_ features: Set<UInt64>, leavingOut isComplaint: Bool?) -> Double {
        let complaintN = complaintTotal - (isComplaint == true ? 1 : 0)
        let otherN = otherTotal - (isComplaint == false ? 1 : 0)
        var sum = 0.0
        var seen = 0
        for feature in features {
            var inComplaints = Double(complaintCounts[feature] ?? 0)
            var inOthers = Double(otherCounts[feature] ?? 0)
            if isComplaint == true { inComplaints -= 1 }
            if isComplaint == false { inOthers -= 1 }
            guard inComplaints + inOthers > 0 else { continue }
            seen += 1
            sum += log((inComplaints + Self.smoothing) / (complaintN + 2 * Self.smoothing))
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
