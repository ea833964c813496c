/// The data that configures the analyser: what staff curate in `Knowledge/`.
///
/// It is stored with each knowledge version, so that a running bot analyses
/// messages exactly as the index of that version was built.
///
/// ```swift
/// let settings = AnalysisSettings(abbreviations: ["xq": ["porque"]],
///                                 addedStopWords: ["hola"], keptStopWords: ["no"],
///                                 synonymGroups: [["contraseña", "clave", "password"]])
/// let analyzer = Analyzer(settings: settings)
/// ```
public struct AnalysisSettings: Sendable, Hashable, Codable {
    /// Abbreviation (lowercase, one word) → its expansion (one or more words).
    public var abbreviations: [String: [String]]
    /// Words dropped besides the Snowball Spanish stop list (chat fillers).
    public var addedStopWords: [String]
    /// Words of the Snowball list that are kept because they change meaning for us.
    public var keptStopWords: [String]
    /// Groups of interchangeable words or phrases; the first of each is canonical.
    public var synonymGroups: [[String]]

    /// Creates settings; the defaults give the plain Snowball analysis, with no abbreviations or synonyms.
    public init(abbreviations: [String: [String]] = [:], addedStopWords: [String] = [],
                keptStopWords: [String] = [], synonymGroups: [[String]] = []) {
        self.abbreviations = abbreviations
        self.addedStopWords = addedStopWords
        self.keptStopWords = keptStopWords
        self.synonymGroups = synonymGroups
    }
}
