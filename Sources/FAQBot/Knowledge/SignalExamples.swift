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
    /// Messages that show the signal (complaints, case questions, requests for a person, suggestions).
    public var positives: [String]
    /// Messages that do not, though they use the same words.
    public var others: [String]

    /// Creates the examples.
    public init(positives: [String] = [], others: [String] = []) {
        self.positives = positives
        self.others = others
    }

    /// Whether the file alone holds both kinds (a classifier also learns `DetectorLexicon.generalMessages`
    /// as not showing the signal, so positives with those are enough for it).
    public var isUsable: Bool { !positives.isEmpty && !others.isEmpty }

    /// `positives` is stored as `complaints`, the name versions before 2026-12-08 gave it (when only
    /// complaints had examples), so that a version stored by either binary is read by the other.
    private enum CodingKeys: String, CodingKey {
        case positives = "complaints"
        case others
    }
}
