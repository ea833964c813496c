/// Messages that show a signal and messages that share its words but do not: what an
/// `ExampleClassifier` learns from. `Knowledge/quejas.md` holds them for complaints
/// (`## queja` / `## no es queja`), `casos.md` for questions about one case file,
/// `personas.md` for requests for a person and `sugerencias.md` for suggestions.
///
/// ```swift
/// SignalExamples(positives: ["qué eficientes, una semana para subir un acuerdo"],
///                others: ["la audiencia se difirió, ¿cuándo se reprograma?"])
/// ```
public struct SignalExamples: Sendable, Hashable, Codable {
    /// Messages that show the signal (complaints; case questions).
    public var positives: [String]
    /// Messages that do not, though they use the same words.
    public var others: [String]

    /// Creates the examples.
    public init(positives: [String] = [], others: [String] = []) {
        self.positives = positives
        self.others = others
    }

    /// Whether there is anything to learn from (both kinds are needed).
    public var isUsable: Bool { !positives.isEmpty && !others.isEmpty }

    private enum CodingKeys: String, CodingKey {
        case positives, others
        /// The name of `positives` in the complaint examples of versions stored before 2026-12-08.
        case complaints
    }

    /// Decodes the examples, also as versions stored before 2026-12-08 wrote them (`complaints`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        positives = try container.decodeIfPresent([String].self, forKey: .positives)
            ?? container.decode([String].self, forKey: .complaints)
        others = try container.decode([String].self, forKey: .others)
    }

    /// Encodes `positives` and `others`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(positives, forKey: .positives)
        try container.encode(others, forKey: .others)
    }
}
