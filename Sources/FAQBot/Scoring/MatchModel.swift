/// The parameters fitted on each import: how candidates are ranked, how sure
/// the ranking is, and the thresholds chosen from the same data.
///
/// Stored as JSON with the knowledge version, so every bot serving that
/// version decides the same way.
struct MatchModel: Sendable, Hashable, Codable {
    /// P(candidate is the right entry) from `CandidateFeatures.vector`.
    var ranker: LogisticModel
    /// P(the top candidate is right) from `ConfidenceFeatures.vector`: the `confidence` of the contract.
    var answerCalibrator: LogisticModel
    /// P(the right entry is among the clarify options) from `ConfidenceFeatures.vector`.
    var reachCalibrator: LogisticModel
    /// A candidate is offered in a clarify list when its score is at least this share of the top's.
    var optionRatio: Double
    /// Thresholds chosen from the data at import time.
    var policy: DecisionPolicy
    /// How the model did on its own data (held-out variants and negatives).
    var report: CalibrationReport
    /// The discriminative model over all entries whose probabilities the ranker reads;
    /// `nil` for a base too large for it (`EntryClassifierTrainer.maximumWeights`) or a model
    /// stored before it existed.
    var classifier: EntryClassifier? = nil

    /// A model for an empty knowledge base: every message is handed off.
    static let empty = MatchModel(
        ranker: LogisticModel(bias: -10, weights: [0, 0, 0, 0, 0, 0]),
        answerCalibrator: LogisticModel(bias: -10, weights: []),
        reachCalibrator: LogisticModel(bias: -10, weights: []),
        optionRatio: 0.3, policy: DecisionPolicy(), report: CalibrationReport())
}

/// How the calibration looked on the data it was fitted on, for `faq-admin calibrate`.
public struct CalibrationReport: Sendable, Hashable, Codable {
    /// One row of the reliability table.
    public struct Bin: Sendable, Hashable, Codable {
        /// Lower bound of the bin's confidence range, in [0, 1].
        public var lower: Double
        /// Upper bound of the bin's confidence range, in [0, 1].
        public var upper: Double
        /// How many examples fell in the bin.
        public var count: Int
        /// Their mean confidence, in [0, 1].
        public var meanConfidence: Double
        /// Share of them whose top candidate was right, in [0, 1].
        public var accuracy: Double
    }

    /// Questions and variants held out as examples with a known right entry.
    public var positives: Int = 0
    /// Out-of-scope messages (`fuera-de-alcance.md`) used as examples with no right entry.
    public var negatives: Int = 0
    /// Messages of `calibracion.md` used as examples with their right entry (`nil` in models
    /// fitted before that file existed).
    public var calibrationMessages: Int?
    /// Share of the calibration messages whose entry ranked first.
    public var calibrationTopOneAccuracy: Double?
    /// Expected calibration error on the calibration messages and negatives alone: the
    /// estimate closest to real traffic (in-sample: the calibrators were fitted on them).
    public var calibrationExpectedError: Double?
    /// The reliability table in ten bins of confidence, lowest first; empty bins are left out.
    public var bins: [Bin] = []
    /// Expected calibration error over the bins.
    public var expectedCalibrationError: Double = 0
    /// Share of held-out variants whose entry ranked first.
    public var topOneAccuracy: Double = 0
    /// On the fitting data with the chosen thresholds: answered right, answered wrong, clarified, handed off.
    public var answeredRight: Int = 0
    /// Examples answered with a wrong entry (or answered although out of scope).
    public var answeredWrong: Int = 0
    /// Examples given a clarify list.
    public var clarified: Int = 0
    /// Examples handed off.
    public var handedOff: Int = 0

    /// Builds the reliability table of (confidence, was right) pairs in ten bins.
    static func reliability(of pairs: [(Double, Bool)]) -> (bins: [Bin], ece: Double) {
        var groups = [[(Double, Bool)]](repeating: [], count: 10)
        for pair in pairs { groups[min(9, max(0, Int(pair.0 * 10)))].append(pair) }
        var bins: [Bin] = []
        var ece = 0.0
        for (index, group) in groups.enumerated() where !group.isEmpty {
            let mean = group.reduce(0) { $0 + $1.0 } / Double(group.count)
            let accuracy = Double(group.filter(\.1).count) / Double(group.count)
            bins.append(Bin(lower: Double(index) / 10, upper: Double(index + 1) / 10, count: group.count,
                            meanConfidence: mean, accuracy: accuracy))
            ece += Double(group.count) / Double(max(pairs.count, 1)) * abs(mean - accuracy)
        }
        return (bins, ece)
    }
}
