/// A phrase of the detector lexicon, compiled for matching, with its weight.
///
/// ```swift
/// // "- llevo * meses (0.4)" in Knowledge/detectores.md:
/// LexiconPattern(text: "llevo * meses", elements: [.word("llevo"), .anyWord, .word("meses")], weight: 0.4)
/// ```
public struct LexiconPattern: Sendable, Hashable, Codable {
    /// The pattern as staff wrote it (without the weight): what the evidence of a signal shows.
    public var text: String
    /// The compiled positions, one per message word.
    public var elements: [PatternElement]
    /// In [0, 1]: how much one match counts (evidence), or how much it takes away
    /// (attenuators, negations). Sections without weights use 1.
    public var weight: Double

    /// Creates a pattern from already compiled elements.
    public init(text: String, elements: [PatternElement], weight: Double = 1) {
        self.text = text
        self.elements = elements
        self.weight = weight
    }
}
