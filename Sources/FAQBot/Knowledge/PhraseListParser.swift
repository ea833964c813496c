/// Reads a list of messages, one per `- ` (or `* `) line (`Knowledge/fuera-de-alcance.md`).
///
/// Headings and other text are ignored. An empty item is an error; a repeated message
/// (ignoring case, accents and spacing) is a warning and is kept only once.
///
/// ```swift
/// let result = PhraseListParser().parse("# Fuera de alcance\n- ¿me puede dar asesoría?\n", file: "f.md")
/// result.value   // [Phrase(text: "¿me puede dar asesoría?", line: 2)]
/// ```
public struct PhraseListParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Parses the text; `file` is only used in the diagnostics.
    public func parse(_ text: String, file: String) -> ParseResult<[Phrase]> {
        var diagnostics = DiagnosticList(file: file)
        var phrases: [Phrase] = []
        var reader = MessageListReader()
        for line in SourceText(text).lines {
            if let message = reader.message(in: line.trimmedRight, line: line.number, diagnostics: &diagnostics) {
                phrases.append(Phrase(text: message, line: line.number))
            }
        }
        return diagnostics.result(phrases)
    }
}
