/// The rules every message list of `Knowledge/` shares (`fuera-de-alcance.md`,
/// `calibracion.md`, `quejas.md`, `casos.md`, `personas.md`, `sugerencias.md`): a message is a `- ` line; an empty one is an error;
/// one repeated anywhere in the file (ignoring case, accents and spacing) is a warning
/// and kept only once.
///
/// ```swift
/// var reader = MessageListReader()
/// reader.message(in: "- ¿dónde pago?", line: 3, diagnostics: &diagnostics)   // "¿dónde pago?"
/// reader.message(in: "- ¿DÓNDE PAGO?", line: 4, diagnostics: &diagnostics)   // nil, and a warning
/// ```
struct MessageListReader: Sendable {
    private var firstLine: [String: Int] = [:]

    /// Whether `line` is a list item at all (empty or not).
    static func isItem(_ line: String) -> Bool { MarkdownListItem(line) != nil }

    /// The message of a list line, or `nil` (with its diagnostic) when it is empty or repeated;
    /// also `nil`, silently, when the line is not a list item.
    mutating func message(in line: String, line number: Int, diagnostics: inout DiagnosticList) -> String? {
        guard let item = MarkdownListItem(line) else { return nil }
        guard !item.content.isEmpty else {
            diagnostics.error("elemento vacío; escriba el mensaje después de «- » o borre la línea", line: number)
            return nil
        }
        let key = TextNormalization.folded(item.content)
        if let first = firstLine[key] {
            diagnostics.warning("este mensaje ya está en la línea \(first); borre uno de los dos", line: number)
            return nil
        }
        firstLine[key] = number
        return item.content
    }
}
