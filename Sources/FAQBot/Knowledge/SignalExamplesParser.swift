/// Reads a file of examples for an `ExampleClassifier`: messages that show the signal under
/// one `## ` heading, messages that do not under another, one per `- ` line
/// (`Knowledge/quejas.md`: `## queja` / `## no es queja`; `casos.md`: `## caso` / `## no es caso`;
/// `personas.md`: `## persona` / `## no es persona`; `sugerencias.md`: `## sugerencia` /
/// `## no es sugerencia`).
///
/// A message outside those two sections, an unknown `## ` section or an empty item is
/// an error with its line; a message repeated (ignoring case, accents and spacing) is a
/// warning and kept once.
///
/// ```swift
/// let text = "## queja\n- nadie contesta nunca\n## no es queja\n- ¿a qué hora abren?\n"
/// SignalExamplesParser.complaint.parse(text, file: "quejas.md").value.positives   // ["nadie contesta nunca"]
/// ```
public struct SignalExamplesParser: Sendable {
    /// The heading of the messages that show the signal, as written (folded when compared).
    public let positiveHeading: String
    /// The heading of the messages that do not.
    public let otherHeading: String

    /// The parser of `quejas.md`.
    public static let complaint = SignalExamplesParser(positiveHeading: "queja", otherHeading: "no es queja")
    /// The parser of `casos.md`.
    public static let caseQuestion = SignalExamplesParser(positiveHeading: "caso", otherHeading: "no es caso")
    /// The parser of `personas.md`.
    public static let requested = SignalExamplesParser(positiveHeading: "persona", otherHeading: "no es persona")
    /// The parser of `sugerencias.md`.
    public static let suggestion = SignalExamplesParser(positiveHeading: "sugerencia", otherHeading: "no es sugerencia")

    /// Creates a parser for two headings.
    ///
    /// - Parameters:
    ///   - positiveHeading: the heading, without `## `, of the messages that show the signal.
    ///   - otherHeading: the heading of those that do not.
    public init(positiveHeading: String, otherHeading: String) {
        self.positiveHeading = positiveHeading
        self.otherHeading = otherHeading
    }

    /// Parses a file of examples.
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - file: the file's name, used only in the diagnostics.
    /// - Returns: the examples, with an error for each message outside the two sections, unknown
    ///   section or empty item, and a warning for each repeated message.
    public func parse(_ text: String, file: String) -> ParseResult<SignalExamples> {
        var diagnostics = DiagnosticList(file: file)
        var examples = SignalExamples()
        var section: Bool?   // true: positives, false: others, nil: none yet
        var reportedSection = false
        var reader = MessageListReader()
        let positiveKey = TextNormalization.folded(positiveHeading)
        let otherKey = TextNormalization.folded(otherHeading)
        for line in SourceText(text).lines {
            let content = line.trimmedRight
            if let heading = MarkdownHeading(content) {
                guard heading.level == 2 else { continue }
                switch TextNormalization.folded(heading.text) {
                case positiveKey: section = true
                case otherKey: section = false
                default:
                    section = nil
                    reportedSection = true
                    diagnostics.error("sección «\(heading.text)» desconocida; corrija el título (use «## \(positiveHeading)» o "
                                      + "«## \(otherHeading)») o pase esos mensajes al archivo que les corresponde",
                                      line: line.number)
                }
                continue
            }
            guard MessageListReader.isItem(content) else { continue }
            guard let isPositive = section else {
                if !reportedSection {
                    diagnostics.error("este mensaje no está bajo «## \(positiveHeading)» ni «## \(otherHeading)»; escriba "
                                      + "uno de esos títulos en un renglón antes de la lista", line: line.number)
                }
                continue
            }
            guard let message = reader.message(in: content, line: line.number, diagnostics: &diagnostics) else { continue }
            if isPositive { examples.positives.append(message) } else { examples.others.append(message) }
        }
        return diagnostics.result(examples)
    }
}
