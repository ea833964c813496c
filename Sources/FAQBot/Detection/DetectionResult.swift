/// What the detectors found in one message, before any retrieval.
///
/// Each detector gives a signal with a score in [0, 1] and the evidence that
/// fired (words or patterns), which staff see on the ticket.
public struct DetectionResult: Sendable, Hashable, Codable {
    /// One detector's verdict.
    public struct Signal: Sendable, Hashable, Codable {
        /// In [0, 1]; the detector fires at 0.5 and above.
        public var score: Double
        /// The words or patterns that fired, as written in the lexicon.
        public var evidence: [String]

        /// Creates a signal; the default is one that did not fire.
        public init(score: Double = 0, evidence: [String] = []) {
            self.score = score
            self.evidence = evidence
        }

        /// Whether the detector fired (score at least 0.5).
        public var fired: Bool { score >= 0.5 }
        /// A signal with score 0 and no evidence.
        public static let none = Signal()
    }

    /// The kinds of small talk.
    public enum SmallTalk: String, Sendable, Hashable, Codable {
        case greeting, thanks, goodbye
    }

    /// A complaint, protest or inconformidad (also phrased as a question).
    public var complaint: Signal = .none
    /// A question about one particular case file.
    public var caseQuestion: Signal = .none
    /// The user asks for a person.
    public var requested: Signal = .none
    /// A suggestion to improve the service.
    public var suggestion: Signal = .none
    /// Set only when the message is nothing but a greeting, thanks or goodbye (with, at
    /// most, words that carry no topic: fillers, function words, city names).
    public var smallTalk: SmallTalk?
    /// Set when a greeting, thanks or goodbye comes with other words: the engine matches
    /// those words alone, and the message is small talk only if they neither match an
    /// entry nor ask for anything.
    public var courtesy: Courtesy?

    /// A greeting, thanks or goodbye around other words.
    public struct Courtesy: Sendable, Hashable, Codable {
        /// The kind of small talk the formula is.
        public var kind: SmallTalk
        /// The words outside the formula, in order (as the detectors read them).
        public var remainder: [String]
        /// Whether those words ask for something (`QuestionCues`).
        public var asks: Bool
    }
    /// The city the message names (canonical name, e.g. "Tijuana").
    public var city: String?
    /// The case number the message gives (`1234/2023`).
    public var caseNumber: String?
    /// The court the message names ("juzgado segundo familiar").
    public var court: String?

    /// A result in which nothing was detected.
    public init() {}
}
