/// The keys of an entry's metadata list in `Knowledge/faq.md`.
///
/// Keys are Spanish and matched ignoring case and accents: `área`, `Area` and `ÁREA`
/// are all `.area`.
///
/// ```swift
/// MetadataKey(spelling: "Título")   // .title
/// MetadataKey.closest(to: "fuentes") // .source
/// ```
public enum MetadataKey: String, Sendable, Hashable, CaseIterable, Codable {
    /// `id`: the entry's slug (required).
    case id
    /// `título`: short title for WhatsApp lists (optional, at most 24 characters).
    case title
    /// `área`: the area that owns the entry (required).
    case area
    /// `ciudades`: `todas`, or a comma-separated list of cities.
    case cities
    /// `fuente`: where the facts come from.
    case source
    /// `revisado`: date of the last review, `YYYY-MM-DD`.
    case reviewed
    /// `variantes`: the nested list of other phrasings.
    case variants

    /// How staff write the key in the file.
    public var spanishName: String {
        switch self {
        case .id: "id"
        case .title: "título"
        case .area: "área"
        case .cities: "ciudades"
        case .source: "fuente"
        case .reviewed: "revisado"
        case .variants: "variantes"
        }
    }

    /// The key written as `spelling` (case, accents and surrounding spaces ignored), or `nil`.
    public init?(spelling: String) {
        guard let key = Self.foldedNames[TextNormalization.folded(spelling)] else { return nil }
        self = key
    }

    /// Each key under its folded Spanish name, computed once.
    private static let foldedNames: [String: MetadataKey] = Dictionary(
        allCases.map { (TextNormalization.folded($0.spanishName), $0) }, uniquingKeysWith: { first, _ in first })

    /// The known key closest in spelling to `spelling`, to suggest a fix for a typo.
    public static func closest(to spelling: String) -> MetadataKey {
        let name = SpellingSuggestion.closest(to: spelling, among: allCases.map(\.spanishName)) ?? "id"
        return MetadataKey(spelling: name) ?? .id
    }

    /// All keys as staff write them, e.g. `"id, título, área, …"`.
    static var spanishList: String {
        allCases.map(\.spanishName).joined(separator: ", ")
    }
}
