@testable import FAQBot
import FAQStore

/// Compact views of diagnostics for assertions in the knowledge-file tests.
extension ParseResult {
    /// Each diagnostic as `"line:error"` or `"line:warning"`, in the order reported.
    var problemSummary: [String] {
        diagnostics.map { "\($0.line):\($0.severity.rawValue)" }
    }

    /// The messages of the diagnostics at `line`.
    func messages(atLine line: Int) -> [String] {
        diagnostics.filter { $0.line == line }.map(\.message)
    }
}

/// Builders of `Knowledge/faq.md` texts for the tests.
enum FAQText {
    /// A complete, valid entry; `extra` lines are appended to its metadata.
    static func entry(id: String, question: String, variants: [String] = ["una variante"],
                      answer: String = "Una respuesta.", extra: [String] = []) -> String {
        var lines = ["## \(question)", "- id: \(id)", "- área: Oficialía de Partes", "- ciudades: todas",
                     "- fuente: https://www.pjbc.gob.mx/", "- revisado: 2025-01-15"]
        lines += extra
        if !variants.isEmpty {
            lines.append("- variantes:")
            lines += variants.map { "  - \($0)" }
        }
        lines += ["", answer, ""]
        return lines.joined(separator: "\n")
    }
}
