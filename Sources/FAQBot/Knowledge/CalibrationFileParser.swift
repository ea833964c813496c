/// Reads `Knowledge/calibracion.md`: messages as lawyers and citizens write them,
/// under a `## ` heading that is the id of the entry answering them.
///
/// A message before any heading, an empty item or a heading that is not an entry id
/// (when the ids are given) is an error; a message repeated anywhere in the file
/// (ignoring case, accents and spacing) is a warning and is kept once.
///
/// ```swift
/// let text = "# Calibración\n## boletin-judicial\n- y el boletin de hoy?\n"
/// let result = CalibrationFileParser(entryIDs: ["boletin-judicial"]).parse(text, file: "calibracion.md")
/// result.value   // [CalibrationMessage(text: "y el boletin de hoy?", entryID: "boletin-judicial", line: 3)]
/// ```
public struct CalibrationFileParser: Sendable {
    /// The ids a heading may name; `nil` accepts any heading.
    public var entryIDs: Set<String>?

    /// Creates a parser.
    ///
    /// - Parameter entryIDs: the ids of the valid entries of `faq.md`; `nil` to skip that check.
    public init(entryIDs: Set<String>? = nil) {
        self.entryIDs = entryIDs
    }

    /// Parses the text; `file` is only used in the diagnostics.
    public func parse(_ text: String, file: String) -> ParseResult<[CalibrationMessage]> {
        var diagnostics = DiagnosticList(file: file)
        var messages: [CalibrationMessage] = []
        var reader = MessageListReader()
        var current: String?
        // Under a heading already reported as wrong, its messages are not reported again.
        var underWrongHeading = false
        for line in SourceText(text).lines {
            let content = line.trimmedRight
            if let heading = MarkdownHeading(content) {
                guard heading.level == 2 else { continue }
                if let entryIDs, !entryIDs.contains(heading.text) {
                    diagnostics.error("«\(heading.text)» no es el id de ninguna entrada de faq.md; escriba el id "
                                      + "exacto (por ejemplo «boletin-judicial»)", line: line.number)
                    current = nil
                    underWrongHeading = true
                } else {
                    current = heading.text
                    underWrongHeading = false
                }
                continue
            }
            guard MessageListReader.isItem(content) else { continue }
            guard let entryID = current else {
                if !underWrongHeading {
                    diagnostics.error("este mensaje no está bajo el título «## id-de-la-entrada» que lo responde",
                                      line: line.number)
                }
                continue
            }
            if let message = reader.message(in: content, line: line.number, diagnostics: &diagnostics) {
                messages.append(CalibrationMessage(text: message, entryID: entryID, line: line.number))
            }
        }
        return diagnostics.result(messages)
    }
}
