import FAQStore

/// Parses `Knowledge/rutas.md` (see `RoutingRules`), with line-numbered Spanish diagnostics.
public struct RoutingRulesParser: Sendable {
    /// Creates a parser.
    public init() {}

    private enum Section {
        case routes, urgent, defaultArea
    }

    /// Parses the contents of `rutas.md`; malformed lines, unknown sections and invalid patterns are reported.
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - file: the name diagnostics show.
    public func parse(_ text: String, file: String) -> ParseResult<RoutingRules> {
        var rules = RoutingRules()
        var diagnostics: [KnowledgeDiagnostic] = []
        var section: Section?
        var sawDefault = false
        let compiler = LexiconPatternCompiler()

        func error(_ line: Int, _ message: String) {
            diagnostics.append(KnowledgeDiagnostic(file: file, line: line, severity: .error, message: message))
        }
        func patterns(_ list: Substring, line: Int) -> [LexiconPattern] {
            list.split(separator: Character(",")).compactMap { raw -> LexiconPattern? in
                let text = String(raw).trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else {
                    error(line, "hay un patrón vacío (dos comas seguidas o una coma al final)")
                    return nil
                }
                do {
                    let elements = try compiler.compile(text)
                    guard !elements.contains(.gap) else {
                        error(line, "«...» no se admite en rutas.md («\(text)»); escriba las palabras seguidas")
                        return nil
                    }
                    return LexiconPattern(text: text, elements: elements)
                } catch {
                    diagnostics.append(KnowledgeDiagnostic(file: file, line: line, severity: .error,
                                                           message: "patrón no válido «\(text)»: \((error as? LexiconPatternError)?.message ?? "\(error)")"))
                    return nil
                }
            }
        }

        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, raw) in lines.enumerated() {
            let number = offset + 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("## ") {
                let name = TextNormalization.folded(String(line.dropFirst(3)))
                switch name {
                case "quejas", "rutas", "quejas y sugerencias": section = .routes
                case "urgente", "urgentes": section = .urgent
                case "area por omision": section = .defaultArea
                default:
                    error(number, "sección desconocida «\(line.dropFirst(3))»; use «## Quejas», «## Urgente» o «## Área por omisión»")
                    section = nil
                }
                continue
            }
            guard line.hasPrefix("- ") else { continue }
            let item = line.dropFirst(2)
            switch section {
            case .routes:
                let parts = item.split(separator: Character("="), omittingEmptySubsequences: false)
                let area = parts.count == 2 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
                guard parts.count == 2, !area.isEmpty else {
                    error(number, "cada ruta se escribe «- patrón, patrón = Área»")
                    continue
                }
                guard !parts[0].trimmingCharacters(in: .whitespaces).isEmpty else {
                    error(number, "faltan los patrones antes de «= \(area)»")
                    continue
                }
                let compiled = patterns(parts[0], line: number)
                if !compiled.isEmpty { rules.routes.append(RoutingRules.Route(patterns: compiled, area: area)) }
            case .urgent:
                rules.urgent += patterns(item, line: number)
            case .defaultArea:
                let area = item.trimmingCharacters(in: .whitespaces)
                if sawDefault { error(number, "el área por omisión ya se definió; deje solo una") }
                if area.isEmpty { error(number, "falta el nombre del área por omisión") } else { rules.defaultArea = area }
                sawDefault = true
            case nil:
                error(number, "este renglón está fuera de una sección; póngalo bajo «## Quejas», «## Urgente» o «## Área por omisión»")
            }
        }
        return ParseResult(value: rules, diagnostics: diagnostics)
    }
}

import Foundation
