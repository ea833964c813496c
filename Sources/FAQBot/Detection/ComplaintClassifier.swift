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
/// ```swift
/// let classifier = ComplaintClassifier(examples: examples)
/// classifier?.probability(["que", "eficientes", "una", "semana", "para", "un", "acuerdo"])   // high
/// ```
struct ComplaintClassifier: Sendable {
    /// Additive smoothing of the per-class counts.
    static let smoothing = 0.5
    /// The weight of the evidence at probability 1. At 0.5 the model supports the lexicon and
    /// the tone but does not fire alone unless certain: 300 examples teach a lot, not everything.
    static let maximumWeight = 0.5
    /// Below this probability the model adds nothing.
    static let minimumProbability = 0.8
    /// The label the evidence shows.
    static let label = "modelo de quejas"

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
        // Each example scored without itself, then the logistic that reads those scores.
        let scored = complaints.map { ($0, true) } + others.map { ($0, false) }
        let samples = scored.map { [self.score($0.0, leavingOut: $0.1)] }
        let fitted = LogisticModel.fit(samples: samples, labels: scored.map(\.1))
        calibration = fitted
    }

    /// P(complaint) for a message's words (as `AnalyzedText.words`).
    func probability(_ words: [String]) -> Double {
        calibration.probability([score(Self.features(words), leavingOut: nil)])
    }

    /// The evidence the complaint detector adds, or `nil` when the model leans the other way.
    func evidence(_ words: [String]) -> (label: String, weight: Double)? {
        let probability = probability(words)
        guard probability > Self.minimumProbability else { return nil }
        return (Self.label + String(format: " %.2f", probability), Self.maximumWeight * probability)
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
