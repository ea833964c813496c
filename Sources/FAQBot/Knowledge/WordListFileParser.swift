/// Reads `Knowledge/palabras-vacias.md`: comma-separated words under `## Añadir` and `## Conservar`.
///
/// Section headings are matched ignoring case and accents; a `# ` title is ignored. Errors: a
/// list item before any section, an unknown `## ` heading, an empty word, a word with spaces,
/// a word in both sections. A word repeated within a section is a warning.
///
/// ```swift
/// let text = "## Añadir\n- hola, oiga\n## Conservar\n- no, sin\n"
/// WordListFileParser().parse(text, file: "Knowledge/palabras-vacias.md").value
/// // StopWordChanges(add: ["hola", "oiga"], keep: ["no", "sin"])
/// ```
public struct WordListFileParser: Sendable {
    private enum Section { case add, keep, unknown }

    /// Creates a parser.
    public init() {}

    /// Parses the text; `file` is only used in the diagnostics.
    public func parse(_ text: String, file: String) -> ParseResult<StopWordChanges> {
        var diagnostics = DiagnosticList(file: file)
        var changes = StopWordChanges()
        var section: Section?
        var seen: [String: (section: Section, line: Int)] = [:]

        for line in SourceText(text).lines {
            let text = line.trimmedRight
            if let heading = MarkdownHeading(text) {
                switch TextNormalization.folded(heading.text) {
                case "anadir": section = .add
                case "conservar": section = .keep
                default:
                    if heading.level >= 2 {
                        diagnostics.error("encabezado desconocido «\(heading.text)»; use «## Añadir» para palabras que "
                                          + "se deben ignorar o «## Conservar» para las que se deben tomar en cuenta",
                                          line: line.number)
                        section = .unknown
                    }
                }
                continue
            }
            guard let item = MarkdownListItem(text) else { continue }
            guard let current = section else {
                diagnostics.error("esta lista no está bajo «## Añadir» ni «## Conservar»; escriba antes uno de esos "
                                  + "encabezados", line: line.number)
                continue
            }
            guard current != .unknown else { continue }
            for piece in item.content.split(separator: ",", omittingEmptySubsequences: false) {
                let word = piece.trimmingWhitespace.lowercased()
                if word.isEmpty {
                    diagnostics.error("hay una palabra vacía (dos comas seguidas o una coma al final); "
                                      + "sepárelas con una sola coma", line: line.number)
                } else if word.contains(where: \.isWhitespace) {
                    diagnostics.error("«\(word)» tiene espacios; escriba una palabra por elemento, separadas por "
                                      + "comas", line: line.number)
                } else if let previous = seen[TextNormalization.folded(word)] {
                    if previous.section == current {
                        diagnostics.warning("la palabra «\(word)» ya está en la línea \(previous.line); borre una",
                                            line: line.number)
                    } else {
                        diagnostics.error("la palabra «\(word)» está en «Añadir» y en «Conservar» (línea "
                                          + "\(previous.line)); déjela solo en una de las dos secciones",
                                          line: line.number)
                    }
                } else {
                    seen[TextNormalization.folded(word)] = (current, line.number)
                    if current == .add { changes.add.append(word) } else { changes.keep.append(word) }
                }
            }
        }
        return diagnostics.result(changes)
    }
}
