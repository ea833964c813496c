/// The patterns behind one weighted detector (complaint, case, person requested, suggestion).
///
/// The score is the "noisy OR" of the evidence weights (`1 - Π(1 - w)`); attenuators
/// scale down the weak evidence (weight below `strongWeight`) and negations scale down
/// everything, each by `(1 - weight)`.
public struct SignalLexicon: Sendable, Hashable, Codable {
    /// Evidence of weight at or above this is never attenuated ("quiero poner una queja").
    public static let strongWeight = 0.8

    /// Phrases that count toward the signal (`## queja`).
    public var evidence: [LexiconPattern]
    /// Phrases that make weak evidence count less, such as a how-to question (`## queja-atenuante`).
    public var attenuators: [LexiconPattern]
    /// Phrases by which the user denies the signal ("no es queja") (`## queja-negacion`).
    public var negations: [LexiconPattern]

    /// Creates a signal lexicon.
    public init(evidence: [LexiconPattern] = [], attenuators: [LexiconPattern] = [], negations: [LexiconPattern] = []) {
        self.evidence = evidence
        self.attenuators = attenuators
        self.negations = negations
    }

    /// No patterns at all: the signal never fires.
    public static let empty = SignalLexicon()
}
