/// The `## ` sections of `Knowledge/detectores.md`, by their Spanish names.
enum DetectorLexiconSection: String, CaseIterable, Sendable {
    case complaint = "queja"
    case complaintAttenuator = "queja-atenuante"
    case complaintNegation = "queja-negacion"
    case complaintOtherParty = "queja-particular"
    case complaintInstitution = "queja-institucion"
    case caseQuestion = "caso"
    case caseAttenuator = "caso-atenuante"
    case caseNegation = "caso-negacion"
    case requested = "persona"
    case requestedAttenuator = "persona-atenuante"
    case requestedNegation = "persona-negacion"
    case suggestion = "sugerencia"
    case suggestionAttenuator = "sugerencia-atenuante"
    case suggestionNegation = "sugerencia-negacion"
    case greeting = "saludo"
    case thanks = "agradecimiento"
    case goodbye = "despedida"
    case filler = "relleno"
    case acknowledgement = "acuse"
    case requestedAlone = "persona-sola"
    case caseNumber = "numero-expediente"
    case cities = "ciudades"
    case courts = "juzgados"
    case courtOrgans = "organos"
    case ordinals = "ordinales"
    case subjects = "materias"
    case wordClasses = "clases"

    /// How the items of a section are written.
    enum Layout {
        /// `- patrón (peso)`.
        case weighted(defaultWeight: Double)
        /// `- patrón` (a weight is ignored).
        case phrases
        /// `- Nombre = variante, variante`.
        case names
        /// `- <clase> = palabra, otra palabra`: read before every other section.
        case wordClass
    }

    var layout: Layout {
        switch self {
        case .complaint, .caseQuestion, .requested, .suggestion: .weighted(defaultWeight: 0.6)
        case .complaintAttenuator, .caseAttenuator, .requestedAttenuator, .suggestionAttenuator:
            .weighted(defaultWeight: 0.5)
        case .complaintNegation, .caseNegation, .requestedNegation, .suggestionNegation:
            .weighted(defaultWeight: 1)
        case .complaintOtherParty: .weighted(defaultWeight: 0.7)
        case .greeting, .thanks, .goodbye, .filler, .acknowledgement, .requestedAlone, .caseNumber, .complaintInstitution:
            .phrases
        case .cities, .courts, .courtOrgans, .ordinals, .subjects: .names
        case .wordClasses: .wordClass
        }
    }

    /// The sections whose absence deserves a warning: without them a detector never fires.
    static let expected: [DetectorLexiconSection] = [
        .complaint, .caseQuestion, .requested, .suggestion, .greeting, .thanks, .goodbye, .cities,
    ]

    /// Reads a heading (`## Queja`, `## queja-negación`), ignoring case and accents.
    init?(heading: String) {
        let key = CharacterFolding.fold(heading.lowercased())
            .split(whereSeparator: \.isWhitespace).joined(separator: "-")
        self.init(rawValue: key)
    }
}
