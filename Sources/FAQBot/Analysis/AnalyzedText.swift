/// A message (or a knowledge text) after every stage of the analysis.
///
/// Each stage's output is kept, so that `faq-admin analyze` can show staff why
/// a message matched or not, and so the detectors can read the words before
/// stop words and stemming.
public struct AnalyzedText: Sendable, Hashable {
    /// The text as received.
    public var original: String
    /// Stage 1: tokens after normalisation.
    public var tokens: [Token]
    /// Whether the text had `?` or `¿`.
    public var hasQuestionMark: Bool
    /// Stage 2: the words after abbreviation expansion, lowercase, without accents
    /// (stop words included; numbers and case numbers in place): what detectors read.
    public var words: [String]
    /// Stage 3: the informative words (stop words removed), with accents as written.
    public var contentWords: [String]
    /// Stage 4: the Snowball stem of each content word, in order (before synonyms and typo correction).
    public var stems: [String]
    /// Stage 6: term → the vocabulary term it was corrected to.
    public var corrections: [String: String]
    /// The final index terms: stems folded, typos corrected, synonyms mapped.
    public var terms: [String]

    /// Case numbers found in the text (`1234/2023`).
    public var caseNumbers: [String] { tokens.filter { $0.kind == .caseNumber }.map(\.text) }
    /// URLs found in the text.
    public var urls: [String] { tokens.filter { $0.kind == .url }.map(\.text) }
    /// Phone numbers found in the text, digits only.
    public var phoneNumbers: [String] { tokens.filter { $0.kind == .phone }.map(\.text) }
    /// The final terms joined by spaces: what goes into the FTS5 index.
    public var indexText: String { terms.joined(separator: " ") }
}
