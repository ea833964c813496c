import FAQStore

/// Parses `Knowledge/textos.md`: one `## clave` heading per text, the text below it.
///
/// ```markdown
/// ## saludo
/// ¡Hola! Bienvenida, bienvenido al *CHAT PJBC*…
/// ```
public struct BotTextsFileParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Parses the contents of `textos.md`; empty, repeated or unknown keys are reported.
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - file: the name diagnostics show.
    public func parse(_ text: String, file: String) -> ParseResult<BotTexts> {
        var texts: [BotTexts.Key: String] = [:]
        var diagnostics: [KnowledgeDiagnostic] = []
        var current: (key: BotTexts.Key, line: Int)?
        var body: [String] = []
        var firstLine: [BotTexts.Key: Int] = [:]

        func finish() {
            guard let current else { return }
            let value = body.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty {
                diagnostics.append(KnowledgeDiagnostic(file: file, line: current.line, severity: .error,
                                                       message: "el texto «\(current.key.rawValue)» está vacío"))
            } else {
                texts[current.key] = value
            }
        }

        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, rawLine) in lines.enumerated() {
            let line = offset + 1
            if rawLine.hasPrefix("## ") {
                finish()
                body = []
                let name = rawLine.dropFirst(3).trimmingCharacters(in: .whitespaces).lowercased()
                if let key = BotTexts.Key(rawValue: name) {
                    if let previous = firstLine[key] {
                        diagnostics.append(KnowledgeDiagnostic(file: file, line: line, severity: .error,
                                                               message: "el texto «\(name)» ya se definió en la línea \(previous)"))
                    }
                    firstLine[key] = firstLine[key] ?? line
                    current = (key, line)
                } else {
                    let known = BotTexts.Key.allCases.map(\.rawValue).joined(separator: ", ")
                    diagnostics.append(KnowledgeDiagnostic(file: file, line: line, severity: .error,
                                                           message: "clave de texto desconocida «\(name)»; las claves válidas son: \(known)"))
                    current = nil
                }
            } else if current != nil {
                body.append(String(rawLine))
            }
        }
        finish()
        return ParseResult(value: BotTexts(texts: texts), diagnostics: diagnostics)
    }
}

import Foundation
