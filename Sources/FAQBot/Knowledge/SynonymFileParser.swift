/// Reads `Knowledge/sinonimos.md`: each `- ` (or `* `) line is a comma-separated group, canonical term first.
///
/// Headings and other text are ignored. Errors: a group with fewer than two terms, an empty
/// term (`a,,b`), a term already in another group (compared ignoring case and accents).
/// A term repeated within one group is a warning.
///
/// ```swift
/// let result = SynonymFileParser().parse("- contraseña, clave, nip\n", file: "Knowledge/sinonimos.md")
/// result.value   // [SynonymGroup(terms: ["contraseña", "clave", "nip"], line: 1)]
/// ```
public struct SynonymFileParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Parses the text; `file` is only used in the diagnostics.
    public func parse(_ text: String, file: String) -> ParseResult<[SynonymGroup]> {
        var diagnostics = DiagnosticList(file: file)
        var groups: [SynonymGroup] = []
        var owner: [String: Int] = [:]  // folded term → line of its group

        for line in SourceText(text).lines {
            guard let item = MarkdownListItem(line.trimmedRight) else { continue }
            guard !item.content.isEmpty else {
                diagnostics.error("el grupo está vacío; escriba los términos separados por comas, "
                                  + "el primero es el canónico: «- contraseña, clave», o borre la línea",
                                  line: line.number)
                continue
            }
            let errorsBefore = diagnostics.items.count
            let pieces = item.content.split(separator: ",", omittingEmptySubsequences: false)
                .map { TextNormalization.collapsingWhitespace(String($0)) }
            if pieces.contains(where: \.isEmpty) {
                diagnostics.error("hay un término vacío (dos comas seguidas o una coma al final); "
                                  + "escriba los términos separados por una sola coma: «contraseña, clave, nip»",
                                  line: line.number)
            }
            var terms: [String] = []
            var seenHere: Set<String> = []
            for term in pieces where !term.isEmpty {
                let key = TextNormalization.folded(term)
                if !seenHere.insert(key).inserted {
                    diagnostics.warning("el término «\(term)» está repetido en este grupo; borre uno", line: line.number)
                    continue
                }
                if let other = owner[key] {
                    diagnostics.error("el término «\(term)» ya está en el grupo de la línea \(other); un término solo "
                                      + "puede estar en un grupo: una los dos grupos o quítelo de uno",
                                      line: line.number)
                }
                terms.append(term)
            }
            if terms.count < 2 {
                diagnostics.error("un grupo necesita al menos dos términos separados por comas, el primero es el "
                                  + "canónico: «- contraseña, clave»", line: line.number)
            }
            for term in terms where owner[TextNormalization.folded(term)] == nil {
                owner[TextNormalization.folded(term)] = line.number
            }
            let hasErrors = diagnostics.items[errorsBefore...].contains { $0.severity == .error }
            if !hasErrors { groups.append(SynonymGroup(terms: terms, line: line.number)) }
        }
        return diagnostics.result(groups)
    }
}
