import FAQStore

/// Reads `Knowledge/detectores.md`, the staff-curated lexicon of the message detectors.
///
/// Each `## sección` heading opens a section; its `- ` items are patterns. Everything before
/// the first `## ` is documentation, and so are `>` quotes, other headings and fenced code
/// blocks anywhere. Item forms, by section:
///
/// ```markdown
/// ## queja
/// - me trataron mal (0.8)
/// - llevo * meses (0.4)
/// - groser*
///
/// ## ciudades
/// - Tijuana = tj, tij, tjna
/// ```
///
/// Every problem is reported in one pass with its line, in Spanish; items with errors are
/// left out of the value, and callers refuse the file when `hasErrors`.
public struct DetectorLexiconParser: Sendable {
    private let compiler = LexiconPatternCompiler()

    /// Creates a parser.
    public init() {}

    /// Parses the text of `Knowledge/detectores.md`; `file` is only used in the diagnostics.
    public func parse(_ text: String, file: String) -> ParseResult<DetectorLexicon> {
        var builder = DetectorLexiconBuilder(file: file)
        var section: DetectorLexiconSection?
        var insideSectionArea = false
        var fence: Substring?

        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let lines = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        for (offset, rawLine) in lines.enumerated() {
            let number = offset + 1
            let line = rawLine.trimmingWhitespace
            if let open = fence {
                if line.hasPrefix(open) { fence = nil }
                continue
            }
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                fence = line.prefix(3)
                continue
            }
            if line.isEmpty || line.hasPrefix(">") || (line.hasPrefix("<!--") && line.hasSuffix("-->")) { continue }
            if line.hasPrefix("#") {
                let level = line.prefix { $0 == "#" }.count
                guard level == 2 else { continue }
                insideSectionArea = true
                let name = line.dropFirst(2).trimmingWhitespace
                section = DetectorLexiconSection(heading: name)
                if section == nil {
                    let known = DetectorLexiconSection.allCases.map(\.rawValue).joined(separator: ", ")
                    builder.error("sección desconocida «\(name)»; las secciones válidas son: \(known)", line: number)
                }
                builder.open(section)
                continue
            }
            guard insideSectionArea else { continue }
            guard let content = Self.itemContent(of: line) else {
                if section != nil {
                    builder.warning("línea ignorada: cada patrón empieza con «- » (las explicaciones van en líneas que empiezan con «>»)", line: number)
                }
                continue
            }
            guard let section else { continue }
            parseItem(content, section: section, line: number, into: &builder)
        }
        if let fence {
            builder.warning("falta cerrar el bloque de código «\(fence)»", line: lines.count)
        }
        return builder.result()
    }

    /// The text after `- ` or `* `, or `nil` when the line is not a list item.
    private static func itemContent(of line: String) -> String? {
        guard line.hasPrefix("- ") || line.hasPrefix("* ") || line == "-" || line == "*" else { return nil }
        return line.dropFirst(1).trimmingWhitespace
    }

    private func parseItem(_ content: String, section: DetectorLexiconSection, line: Int,
                           into builder: inout DetectorLexiconBuilder) {
        guard !content.isEmpty else {
            builder.error("elemento vacío", line: line)
            return
        }
        switch section.layout {
        case .weighted(let defaultWeight):
            guard let (text, weight) = splitWeight(content, line: line, builder: &builder),
                  let pattern = compile(text, weight: weight ?? defaultWeight, line: line, builder: &builder)
            else { return }
            builder.add(pattern, to: section, line: line)
        case .phrases:
            guard let (text, weight) = splitWeight(content, line: line, builder: &builder) else { return }
            if weight != nil {
                builder.warning("la sección «\(section.rawValue)» no usa pesos: se ignora el peso", line: line)
            }
            guard let pattern = compile(text, weight: 1, line: line, builder: &builder) else { return }
            if pattern.elements.contains(.gap) {
                builder.error("«...» solo se usa en las secciones con peso (queja, caso, persona, sugerencia): quítelo de «\(text)»", line: line)
                return
            }
            if section == .caseNumber, !pattern.elements.contains(where: \.capturesCaseNumber) {
                builder.error("el patrón «\(text)» no dice dónde va el número: incluya <numero> o <expediente>", line: line)
                return
            }
            builder.add(pattern, to: section, line: line)
        case .names:
            parseName(content, section: section, line: line, into: &builder)
        }
    }

    /// `Nombre = variante, variante`: the name itself is always a variant.
    private func parseName(_ content: String, section: DetectorLexiconSection, line: Int,
                           into builder: inout DetectorLexiconBuilder) {
        let parts = content.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let name = parts[0].trimmingWhitespace
        guard !name.isEmpty else {
            builder.error("falta el nombre antes de «=»", line: line)
            return
        }
        var texts = [name]
        if parts.count == 2 {
            let variants = parts[1].split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingWhitespace }
            if variants.contains(where: \.isEmpty) {
                builder.warning("hay una variante vacía (dos comas seguidas o una coma al final)", line: line)
            }
            texts += variants.filter { !$0.isEmpty }
        }
        var patterns: [LexiconPattern] = []
        for text in texts {
            if text.hasSuffix(")"), text.contains("(") {
                builder.error("la sección «\(section.rawValue)» no usa pesos: quite «\(text)»", line: line)
                return
            }
            guard let pattern = compile(text, weight: 1, line: line, builder: &builder) else { return }
            if pattern.elements.contains(.gap) {
                builder.error("«...» solo se usa en las secciones con peso (queja, caso, persona, sugerencia): quítelo de «\(text)»", line: line)
                return
            }
            if !patterns.contains(where: { $0.elements == pattern.elements }) { patterns.append(pattern) }
        }
        builder.add(CanonicalName(name: name, variants: patterns), to: section, line: line)
    }

    /// Splits `texto (0.8)` into the text and the weight; `nil` after reporting a bad weight.
    private func splitWeight(_ content: String, line: Int,
                             builder: inout DetectorLexiconBuilder) -> (String, Double?)? {
        guard content.hasSuffix(")"), let open = content.lastIndex(of: "(") else { return (content, nil) }
        let inside = content[content.index(after: open)..<content.index(before: content.endIndex)]
            .trimmingWhitespace.map { $0 == "," ? "." : $0 }
        guard let weight = Double(String(inside)), weight > 0, weight <= 1 else {
            builder.error("peso no válido «(\(String(inside)))»: escriba un número mayor que 0 y hasta 1, como (0.6)", line: line)
            return nil
        }
        return (content[..<open].trimmingWhitespace, weight)
    }

    private func compile(_ text: String, weight: Double, line: Int,
                         builder: inout DetectorLexiconBuilder) -> LexiconPattern? {
        do {
            return LexiconPattern(text: text, elements: try compiler.compile(text), weight: weight)
        } catch {
            builder.error(error.message, line: line)
            return nil
        }
    }
}
