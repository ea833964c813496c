/// A name the detectors report (a city, a court, a subject matter, an ordinal) and the
/// ways messages write it.
///
/// ```swift
/// // "- Tijuana = tj, tij, tjna" in Knowledge/detectores.md
/// CanonicalName(name: "Tijuana", variants: [/* tijuana, tj, tij, tjna */])
/// ```
public struct CanonicalName: Sendable, Hashable, Codable {
    /// The name as reported, with accents and capitals as staff wrote it ("San Quintín").
    public var name: String
    /// The patterns that mean this name; the name itself is always the first.
    public var variants: [LexiconPattern]

    /// Creates a name with its variants.
    public init(name: String, variants: [LexiconPattern]) {
        self.name = name
        self.variants = variants
    }
}
