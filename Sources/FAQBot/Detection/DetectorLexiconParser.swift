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
///
/// ## clases
/// - <alguien> = alguien, una persona, un asesor
///
/// ## persona
/// - hablar con <alguien> (0.85)
/// ```
///
/// `## clases` is read first wherever it stands: a `<clase>` in a weighted pattern stands for
/// each of its words or phrases in turn (the line becomes one pattern per combination).
///
/// Every problem is reported with its line, in Spanish; items with errors are left out of the
/// value, and callers refuse the file when `hasErrors`.
public struct DetectorLexiconParser: Sendable {
    private var compiler = LexiconPatternCompiler()

    /// Creates a parser.
    public init() {}

    /// Parses the text of `Knowledge/detectores.md`; `file` is only used in the diagnostics.
    public func parse(_ text: String, file: String) -> ParseResult<DetectorLexicon> {
        var builder = DetectorLexiconBuilder(file: file)
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let lines = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        let (visible, unclosedFence) = Self.outsideCodeBlocks(lines)
        var parser = self
        parser.compiler.wordClasses = parser.wordClasses(in: visible, into: &builder)
        parser.parseSections(visible, into: &builder)
        if let unclosedFence {
            builder.warning("falta cerrar el bloque de código «\(unclosedFence)»", line: lines.count)
        }
        return builder.result()
    }

    /// The lines outside fenced code blocks (```` ``` ```` or `~~~`), trimmed, with their numbers;
    /// and the opening of a block left open at the end, if any. Both passes read these.
    private static func outsideCodeBlocks(_ lines: [Substring]) -> (lines: [(number: Int, text: String)], unclosedFence: Substring?) {
        var visible: [(number: Int, text: String)] = []
        var fence: Substring?
        for (offset, rawLine) in lines.enumerated() {
            let line = rawLine.trimmingWhitespace
            if let open = fence {
                if line.hasPrefix(open) { fence = nil }
                continue
            }
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                fence = Substring(line.prefix(3))
                continue
            }
            visible.append((offset + 1, line))
        }
        return (visible, fence)
    }

    /// The classes of `## clases`, read before the sections that use them.
    private func wordClasses(in lines: [(number: Int, text: String)],
                             into builder: inout DetectorLexiconBuilder) -> [String: [[PatternElement]]] {
        var classes: [String: [[PatternElement]]] = [:]
        var definedAt: [String: Int] = [:]
        var inClasses = false
        for (number, line) in lines {
            if line.hasPrefix("#") {
                if let name = Self.sectionName(of: line) { inClasses = DetectorLexiconSection(heading: name) == .wordClasses }
                continue
            }
            guard inClasses, let content = Self.itemContent(of: line), !content.isEmpty else { continue }
            parseWordClass(content, line: number, into: &classes, definedAt: &definedAt, builder: &builder)
        }
        return classes
    }

    /// The name of a `## ` heading (level 2 only), the same way in both passes.
    private static func sectionName(of line: String) -> String? {
        guard line.prefix(while: { $0 == "#" }).count == 2 else { return nil }
        return line.dropFirst(2).trimmingWhitespace
    }

    /// `<clase> = palabra, otra palabra, palabr*`. An alternative with a mistake is reported and
    /// left out; the others still define the class (so that its uses do not all fail too).
    private func parseWordClass(_ content: String, line: Int, into classes: inout [String: [[PatternElement]]],
                                definedAt: inout [String: Int], builder: inout DetectorLexiconBuilder) {
        let parts = content.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let name = CharacterFolding.fold(parts[0].trimmingWhitespace.lowercased())
        guard parts.count == 2, name.count > 2, name.hasPrefix("<"), name.hasSuffix(">"),
              !name.dropFirst().dropLast().contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" }) else {
            builder.error("una clase se escribe «<nombre> = palabra, otra palabra», no «\(content)»", line: line)
            return
        }
        guard name != "<numero>", name != "<expediente>" else {
            builder.error("«\(name)» ya es un marcador: elija otro nombre para la clase", line: line)
            return
        }
        if let first = definedAt[name] {
            builder.warning("la clase «\(name)» se repite (ya está en la línea \(first)): se ignora esta línea", line: line)
            return
        }
        definedAt[name] = line
        var alternatives: [[PatternElement]] = []
        for text in parts[1].split(separator: ",").map({ $0.trimmingWhitespace }) where !text.isEmpty {
            if text.contains("<") {
                builder.error("una clase no puede contener marcadores ni otra clase: quite «<…>» de «\(text)»", line: line)
                continue
            }
            do {
                let elements = try LexiconPatternCompiler().compile(text)
                if elements.contains(.gap) || elements.contains(.anyWord) {
                    builder.error("«...» y «*» solos no van dentro de una clase: quítelos de «\(text)»", line: line)
                    continue
                }
                if !alternatives.contains(elements) { alternatives.append(elements) }
            } catch {
                builder.error(error.message, line: line)
            }
        }
        if parts[1].split(separator: ",").allSatisfy({ $0.trimmingWhitespace.isEmpty }) {
            builder.error("la clase «\(name)» no tiene palabras después de «=»", line: line)
        }
        classes[name] = alternatives
    }

    private func parseSections(_ lines: [(number: Int, text: String)], into builder: inout DetectorLexiconBuilder) {
        var section: DetectorLexiconSection?
        var insideSectionArea = false
        for (number, line) in lines {
            if line.isEmpty || line.hasPrefix(">") || (line.hasPrefix("<!--") && line.hasSuffix("-->")) { continue }
            if line.hasPrefix("#") {
                guard let name = Self.sectionName(of: line) else { continue }
                insideSectionArea = true
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
            guard let (text, weight) = splitWeight(content, line: line, builder: &builder) else { return }
            guard let expansions = expand(text, weight: weight ?? defaultWeight, line: line, builder: &builder) else { return }
            builder.add(expansions: expansions, to: section, line: line)
        case .wordClass:
            return  // read by `wordClasses(in:into:)` before the other sections
        case .phrases:
            guard let (text, weight) = splitWeight(content, line: line, builder: &builder) else { return }
            if weight != nil {
                builder.warning("la sección «\(section.rawValue)» no usa pesos: se ignora el peso", line: line)
            }
            // A class is allowed here too: «hasta <cuando>» is one line, not twenty. Every combination
            // has the same gaps and markers as the line itself, so the first one is checked.
            guard let expansions = expand(text, weight: 1, line: line, builder: &builder),
                  let first = expansions.first else { return }
            if first.elements.contains(.gap) {
                builder.error("«...» solo se usa en las secciones con peso (queja, caso, persona, sugerencia): quítelo de «\(text)»", line: line)
                return
            }
            if section == .caseNumber, !first.elements.contains(where: \.capturesCaseNumber) {
                builder.error("el patrón «\(text)» no dice dónde va el número: incluya <numero> o <expediente>", line: line)
                return
            }
            builder.add(expansions: expansions, to: section, line: line)
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

    /// The patterns a line expands to (one per combination of its word classes); `nil` after
    /// reporting the error.
    private func expand(_ text: String, weight: Double, line: Int,
                        builder: inout DetectorLexiconBuilder) -> [LexiconPattern]? {
        do {
            return try compiler.expand(text).map { LexiconPattern(text: text, elements: $0, weight: weight) }
        } catch {
            builder.error(error.message, line: line)
            return nil
        }
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
