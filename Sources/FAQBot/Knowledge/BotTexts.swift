/// The bot's own sentences (greeting, handoff acknowledgement, clarify prompt…),
/// curated by staff in `Knowledge/textos.md`.
///
/// Placeholders: `{folio}` (ticket folio), `{area}` (area that will attend),
/// `{opciones}` (the numbered options of a clarify), `{faltante}` (what case data is missing),
/// `{horario}`, `{zona}` and `{cuando}` (office hours, in the out-of-hours notice).
///
/// ```swift
/// let texts = BotTexts.defaults
/// texts.text(for: .handoffComplaint, ["folio": "PJBC-2026-000123"])
/// ```
public struct BotTexts: Sendable, Hashable, Codable {
    /// The keys of `textos.md`: each is a `## clave` heading followed by its text.
    public enum Key: String, Sendable, Hashable, Codable, CaseIterable, CodingKeyRepresentable {
        case greeting = "saludo"
        case thanks = "agradecimiento"
        case goodbye = "despedida"
        case clarify = "aclaracion"
        case handoffUnmatched = "derivacion-sin-respuesta"
        case handoffComplaint = "derivacion-queja"
        case handoffRequested = "derivacion-persona"
        case handoffCase = "derivacion-caso"
        case handoffSuggestion = "derivacion-sugerencia"
        /// Asks for missing case data; `{faltante}` is one of the three `missing…` texts.
        case askCaseData = "pedir-datos-caso"
        case emptyMessage = "mensaje-vacio"
        /// Appended to a reply that opens a ticket; `{folio}` is its folio.
        case ticketSuffix = "folio"
        /// `{faltante}` when the case number is missing.
        case missingCaseNumber = "falta-expediente"
        /// `{faltante}` when the court is missing.
        case missingCourt = "falta-juzgado"
        /// `{faltante}` when both the case number and the court are missing.
        case missingCaseNumberAndCourt = "falta-expediente-y-juzgado"
        /// The button of a clarify sent as a WhatsApp list (at most 20 characters).
        case listButton = "boton-lista"
        /// The list's last row, for "none of these" (at most 24 characters).
        case listNone = "opcion-ninguna"
        /// Appended to a handoff outside office hours (`horario.md`): `{horario}` the week,
        /// `{zona}` the time zone's name, `{cuando}` when a person will answer.
        case afterHours = "fuera-de-horario"
    }

    /// The text of each key as staff wrote it; missing keys fall back to `defaults`.
    public var texts: [Key: String]

    /// Creates texts from a key → text table (Spanish, WhatsApp formatting).
    public init(texts: [Key: String]) {
        self.texts = texts
    }

    /// The text for `key` with its placeholders filled; the default text when staff left it out.
    public func text(for key: Key, _ values: [String: String] = [:]) -> String {
        let template = texts[key] ?? Self.defaults.texts[key] ?? ""
        guard !values.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var text = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            if let close = rest[open...].firstIndex(of: "}"),
               let value = values[String(rest[rest.index(after: open)..<close])] {
                text += value
                rest = rest[rest.index(after: close)...]
            } else {
                text += "{"
                rest = rest[rest.index(after: open)...]
            }
        }
        return text + rest
    }

    /// Used for any key `textos.md` does not define.
    public static let defaults = BotTexts(texts: [
        .greeting: "¡Hola! Bienvenida, bienvenido al *CHAT PJBC*. Escriba su pregunta sobre servicios y trámites del Poder Judicial y con gusto le orientamos.",
        .thanks: "Con gusto. Si tiene otra duda, aquí estamos.",
        .goodbye: "Gracias por escribir al *CHAT PJBC*. Que tenga buen día.",
        .clarify: "Para orientarle mejor, ¿a cuál de estos temas se refiere? Responda con el número:\n{opciones}",
        .handoffUnmatched: "Gracias por su mensaje. Una persona del *CHAT PJBC* lo revisará y le responderá por este medio.",
        .handoffComplaint: "Lamentamos lo ocurrido. Su inconformidad queda registrada y se turnará al área competente ({area}). Una persona del *CHAT PJBC* le dará seguimiento.",
        .handoffRequested: "Con gusto. Una persona del *CHAT PJBC* le atenderá por este medio en cuanto sea posible.",
        .handoffCase: "Para consultar un asunto en particular, una persona del *CHAT PJBC* revisará el expediente con el juzgado y le responderá por este medio.",
        .handoffSuggestion: "Gracias por su sugerencia. La haremos llegar al área correspondiente ({area}).",
        .askCaseData: "Para consultar su asunto, por favor indíquenos {faltante}.",
        .emptyMessage: "No recibimos texto en su mensaje. Por favor escriba su pregunta.",
        .ticketSuffix: "Su número de folio es *{folio}*.",
        .missingCaseNumber: "el número de expediente (por ejemplo, 1234/2024)",
        .missingCourt: "el juzgado que lleva el asunto y la ciudad (por ejemplo, Juzgado Segundo Civil de Tijuana)",
        .listButton: "Ver temas",
        .listNone: "Ninguna de estas",
        .afterHours: "En este momento estamos fuera del horario de atención ({horario}, {zona}). Una persona le responderá {cuando}.",
        .missingCaseNumberAndCourt: "el número de expediente y el juzgado que lo lleva (por ejemplo, expediente 1234/2024 del Juzgado Segundo Civil de Tijuana)",
    ])
}
