import FAQStore

/// The outcome of parsing a knowledge file: what could be read, and every problem found.
///
/// Parsers never stop at the first problem: `diagnostics` lists all of them, in line
/// order. Callers refuse the whole file when `hasErrors` is `true`; warnings are shown
/// but do not block an import.
///
/// ```swift
/// let result = FAQFileParser().parse(text, file: "Knowledge/faq.md")
/// for problem in result.diagnostics { print(problem) }
/// guard !result.hasErrors else { return }
/// let entries = result.value
/// ```
public struct ParseResult<Value: Sendable>: Sendable {
    /// What was read. Parts with errors (for example an FAQ entry) are left out.
    public var value: Value
    /// Every problem found, errors and warnings, sorted by line.
    public var diagnostics: [KnowledgeDiagnostic]

    /// Creates a result from a value and its diagnostics.
    public init(value: Value, diagnostics: [KnowledgeDiagnostic] = []) {
        self.value = value
        self.diagnostics = diagnostics
    }

    /// The diagnostics that block an import.
    public var errors: [KnowledgeDiagnostic] {
        diagnostics.filter { $0.severity == .error }
    }

    /// The diagnostics that are only advice.
    public var warnings: [KnowledgeDiagnostic] {
        diagnostics.filter { $0.severity == .warning }
    }

    /// `true` when at least one diagnostic is an error.
    public var hasErrors: Bool {
        diagnostics.contains { $0.severity == .error }
    }

    /// Transforms the value, keeping the diagnostics.
    ///
    /// ```swift
    /// let ids = result.map { $0.map(\.id) }
    /// ```
    public func map<NewValue: Sendable>(_ transform: (Value) -> NewValue) -> ParseResult<NewValue> {
        ParseResult<NewValue>(value: transform(value), diagnostics: diagnostics)
    }
}

extension ParseResult: Equatable where Value: Equatable {}
