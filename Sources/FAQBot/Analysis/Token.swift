/// One unit of a message after normalisation.
public struct Token: Sendable, Hashable, Codable {
    /// What a token is; only `.word` tokens go on to stop words, stemming and matching.
    public enum Kind: String, Sendable, Hashable, Codable {
        case word
        case number
        /// A case number such as `1234/2023`.
        case caseNumber
        case url
        case email
        /// A phone number, digits only (`6865253785`).
        case phone
    }

    /// Lowercased text; accents kept for words (the stemmer expects them).
    public var text: String
    /// What the token is.
    public var kind: Kind

    /// Creates a token from its lowercased text and its kind.
    public init(_ text: String, _ kind: Kind) {
        self.text = text
        self.kind = kind
    }
}
