/// Reads `Knowledge/abreviaturas.md`: lines `- xq, pq, porq = porque`, one `Abbreviation` per short form.
///
/// Headings and other text are ignored. Errors: no `=`, an empty side, an abbreviation that
/// is not a single word of letters and digits, the same abbreviation twice.
///
/// ```swift
/// let result = AbbreviationFileParser().parse("- porfa, xfa = por favor\n", file: "Knowledge/abreviaturas.md")
/// result.value.map(\.short)   // ["porfa", "xfa"]
/// ```
public struct AbbreviationFileParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Parses the text; `file` is only used in the diagnostics.
    public func parse(_ text: String, file: String) -> ParseResult<[Abbreviation]> {
        var diagnostics = DiagnosticList(file: file)
        var abbreviations: [Abbreviation] = []
        var definedAt: [String: Int] = [:]

        for line in SourceText(text).lines {
            guard let item = MarkdownListItem(line.trimmedRight) else { continue }
            let sides = item.content.split(separator: "=", omittingEmptySubsequences: false)
            guard sides.count == 2 else {
                let problem = sides.count < 2 ? "falta el signo «=»" : "hay más de un signo «=»"
                diagnostics.error("\(problem); escriba las abreviaturas, un «=» y lo que significan: "
                                  + "«- xq, pq = porque»", line: line.number)
                continue
            }
            let shorts = sides[0].split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingWhitespace.lowercased() }
            let expansion = sides[1].split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
            var valid = true
            if sides[0].trimmingWhitespace.isEmpty || expansion.isEmpty {
                let side = expansion.isEmpty ? "derecho (el significado)" : "izquierdo (las abreviaturas)"
                diagnostics.error("el lado \(side) del «=» está vacío; complete la línea: «- xq, pq = porque»",
                                  line: line.number)
                valid = false
            }
            var found: [Abbreviation] = []
            for short in shorts where !sides[0].trimmingWhitespace.isEmpty {
                if short.isEmpty {
                    diagnostics.error("hay una abreviatura vacía (dos comas seguidas o una coma al final); "
                                      + "sepárelas con una sola coma", line: line.number)
                    valid = false
                } else if short.contains(where: \.isWhitespace) {
                    diagnostics.error("la abreviatura «\(short)» tiene espacios; cada abreviatura es una sola "
                                      + "palabra: sepárelas con comas («xq, pq»)", line: line.number)
                    valid = false
                } else if !short.allSatisfy({ $0.isLetter || $0.isNumber }) {
                    diagnostics.error("la abreviatura «\(short)» tiene signos; use solo letras y dígitos",
                                      line: line.number)
                    valid = false
                } else if let other = definedAt[short] {
                    diagnostics.error("la abreviatura «\(short)» ya está definida en la línea \(other); "
                                      + "deje una sola definición", line: line.number)
                    valid = false
                } else {
                    // A line without a meaning defines nothing, so it cannot make a later line a duplicate.
                    if !expansion.isEmpty { definedAt[short] = line.number }
                    found.append(Abbreviation(short: short, expansion: expansion, line: line.number))
                }
            }
            if valid { abbreviations += found }
        }
        return diagnostics.result(abbreviations)
    }
}
