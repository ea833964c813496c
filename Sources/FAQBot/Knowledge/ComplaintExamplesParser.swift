/// Reads `Knowledge/quejas.md`: complaints under `## queja`, messages that are not
/// complaints under `## no es queja`, one per `- ` line.
///
/// A message outside those two sections, an unknown `## ` section or an empty item is
/// an error with its line; a message repeated (ignoring case, accents and spacing) is a
/// warning and kept once.
///
/// ```swift
/// let text = "## queja\n- nadie contesta nunca\n## no es queja\n- ¿a qué hora abren?\n"
/// ComplaintExamplesParser().parse(text, file: "quejas.md").value.complaints   // ["nadie contesta nunca"]
/// ```
public struct ComplaintExamplesParser: Sendable {
    /// The section headings, folded.
    static let complaintHeading = "queja"
    static let otherHeading = "no es queja"

    /// Creates a parser.
    public init() {}

    /// Parses the text; `file` is only used in the diagnostics.
    public func parse(_ text: String, file: String) -> ParseResult<ComplaintExamples> {
        var diagnostics = DiagnosticList(file: file)
        var examples = ComplaintExamples()
        var section: Bool?   // true: complaints, false: others, nil: none yet
        var reportedSection = false
        var reader = MessageListReader()
        for line in SourceText(text).lines {
            let content = line.trimmedRight
            if let heading = MarkdownHeading(content) {
                guard heading.level == 2 else { continue }
                switch TextNormalization.folded(heading.text) {
                case Self.complaintHeading: section = true
                case Self.otherHeading: section = false
                default:
                    section = nil
                    reportedSection = true
                    diagnostics.error("sección «\(heading.text)» desconocida; use «## queja» o «## no es queja»",
                                      line: line.number)
                }
                continue
            }
            guard MessageListReader.isItem(content) else { continue }
            guard let isComplaint = section else {
                if !reportedSection {
                    diagnostics.error("este mensaje no está bajo «## queja» ni «## no es queja»", line: line.number)
                }
                continue
            }
            guard let message = reader.message(in: content, line: line.number, diagnostics: &diagnostics) else { continue }
            if isComplaint { examples.complaints.append(message) } else { examples.others.append(message) }
        }
        return diagnostics.result(examples)
    }
}
