/// A group of words that mean the same to the matcher, from `Knowledge/sinonimos.md`.
///
/// ```swift
/// let group = SynonymGroup(terms: ["contraseña", "clave", "password"], line: 3)
/// group.canonical   // "contraseña"
/// ```
public struct SynonymGroup: Sendable, Hashable, Codable {
    /// The terms as written (trimmed, inner spaces collapsed); the first is the canonical one.
    public var terms: [String]
    /// 1-based line of the group in the file.
    public var line: Int

    /// Creates a group.
    public init(terms: [String], line: Int) {
        self.terms = terms
        self.line = line
    }

    /// The term the others are replaced with (`terms[0]`).
    public var canonical: String { terms.first ?? "" }
}
