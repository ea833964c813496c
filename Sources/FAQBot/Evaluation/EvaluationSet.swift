import FAQStore

/// An evaluation file (contract section 4): a header `text<TAB>expect`, then one
/// message per line with what is right for it (`entry-id`, `handoff:REASON`,
/// `smalltalk:KIND`, or several of these separated by `|`).
///
/// ```swift
/// let set = try EvaluationSet.parse(tsvText, file: "dev.tsv").value
/// ```
public struct EvaluationSet: Sendable {
    /// One row: a message and the decisions that are right for it.
    public struct Row: Sendable, Hashable {
        /// The message, as a lawyer would write it (Spanish).
        public var text: String
        /// What is right for it (any one): entry ids, `handoff:REASON`, `smalltalk:KIND`.
        public var expected: [String]
        /// 1-based line in the file.
        public var line: Int

        /// Entry ids among the expectations.
        public var entries: [String] { expected.filter { !$0.contains(":") } }
        /// Handoff reasons among the expectations.
        public var handoffs: [String] { expected.compactMap { $0.hasPrefix("handoff:") ? String($0.dropFirst(8)) : nil } }
        /// Small-talk kinds among the expectations.
        public var smallTalk: [String] { expected.compactMap { $0.hasPrefix("smalltalk:") ? String($0.dropFirst(10)) : nil } }
    }

    /// The valid rows, in file order.
    public var rows: [Row]

    /// Parses the TSV text; rows with problems are reported and skipped.
    public static func parse(_ text: String, file: String) -> ParseResult<EvaluationSet> {
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated().map { (number: $0.offset + 1, text: String($0.element)) }
            .filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
        var diagnostics: [KnowledgeDiagnostic] = []
        guard let header = lines.first else {
            return ParseResult(value: EvaluationSet(rows: []), diagnostics: [
                KnowledgeDiagnostic(file: file, line: 1, severity: .error, message: "el archivo está vacío; falta el encabezado «text<TAB>expect»")
            ])
        }
        lines.removeFirst()
        let columns = header.text.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let textColumn = columns.firstIndex(of: "text"), let expectColumn = columns.firstIndex(of: "expect") else {
            return ParseResult(value: EvaluationSet(rows: []), diagnostics: [
                KnowledgeDiagnostic(file: file, line: header.number, severity: .error,
                                    message: "el encabezado debe tener las columnas «text» y «expect» separadas por tabulador")
            ])
        }
        var rows: [Row] = []
        for line in lines {
            let cells = line.text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count > max(textColumn, expectColumn) else {
                diagnostics.append(KnowledgeDiagnostic(file: file, line: line.number, severity: .error,
                                                       message: "la fila no tiene las columnas «text» y «expect» separadas por tabulador"))
                continue
            }
            let expected = cells[expectColumn].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            if expected.isEmpty {
                diagnostics.append(KnowledgeDiagnostic(file: file, line: line.number, severity: .error,
                                                       message: "la columna «expect» está vacía"))
                continue
            }
            rows.append(Row(text: cells[textColumn], expected: expected, line: line.number))
        }
        return ParseResult(value: EvaluationSet(rows: rows), diagnostics: diagnostics)
    }
}

import Foundation
