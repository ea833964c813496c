/// The thresholds that turn a calibrated confidence into an action.
///
/// Chosen from the data on every import (see `ModelTrainer`), and overridable
/// by the caller (`faq-admin ask --answer-threshold …`, `FAQEngine.Configuration`).
///
/// ```swift
/// var policy = DecisionPolicy(answerThreshold: 0.8, clarifyThreshold: 0.6)
/// ```
public struct DecisionPolicy: Sendable, Hashable, Codable {
    /// Answer at once when P(top is right) is at least this.
    public var answerThreshold: Double
    /// Otherwise offer options when P(right entry among them) is at least this.
    public var clarifyThreshold: Double
    /// The most options a clarify list offers (2 to 4).
    public var maximumOptions: Int

    /// Creates a policy; thresholds are probabilities in [0, 1], and `maximumOptions` is clamped to 2…4.
    public init(answerThreshold: Double = 0.8, clarifyThreshold: Double = 0.6, maximumOptions: Int = 4) {
        self.answerThreshold = answerThreshold
        self.clarifyThreshold = clarifyThreshold
        self.maximumOptions = min(max(maximumOptions, 2), 4)
    }

    /// The share of the questions reaching the matcher that no entry answers, assumed when
    /// fitting: the negatives of `fuera-de-alcance.md` are weighted to this share whatever
    /// their number, so that adding negatives teaches the bot without shifting its thresholds.
    static let assumedOutOfScopeShare = 0.15

    /// How much worse a wrong answer is than handing the message to a person (a wrong
    /// answer misleads a lawyer; a handoff only costs staff time):
    /// the data-chosen answer threshold minimises this weighted cost.
    static let wrongAnswerCost = 3.0
    /// Cost of a clarify whose options miss the right entry (the user is asked, then handed off).
    static let uselessClarifyCost = 2.0
    /// Cost of a clarify that offers the right entry (one more tap for the user).
    static let usefulClarifyCost = 0.35
}
