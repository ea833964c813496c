import FAQStore

/// Collects the diagnostics of one file (or of one part of it) while parsing.
struct DiagnosticList: Sendable {
    /// The file name written into every diagnostic.
    let file: String
    /// The diagnostics, in the order they were found.
    private(set) var items: [KnowledgeDiagnostic] = []

    init(file: String) {
        self.file = file
    }

    /// Records an error at a 1-based line.
    mutating func error(_ message: String, line: Int) {
        items.append(KnowledgeDiagnostic(file: file, line: line, severity: .error, message: message))
    }

    /// Records a warning at a 1-based line.
    mutating func warning(_ message: String, line: Int) {
        items.append(KnowledgeDiagnostic(file: file, line: line, severity: .warning, message: message))
    }

    /// Adds the diagnostics of another list.
    mutating func append(contentsOf other: DiagnosticList) {
        items.append(contentsOf: other.items)
    }

    /// `true` when at least one error was recorded.
    var hasErrors: Bool {
        items.contains { $0.severity == .error }
    }

    /// The diagnostics sorted by line (stable: same-line problems keep their order).
    var sortedByLine: [KnowledgeDiagnostic] {
        items.enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
    }

    /// A result holding `value` and these diagnostics, sorted by line.
    func result<Value: Sendable>(_ value: Value) -> ParseResult<Value> {
        ParseResult(value: value, diagnostics: sortedByLine)
    }
}
