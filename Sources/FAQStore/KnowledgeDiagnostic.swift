/// A problem found in a knowledge file, with its place, in Spanish for staff.
///
/// ```swift
/// KnowledgeDiagnostic(file: "Knowledge/faq.md", line: 12, severity: .error,
///                     message: "falta la clave «id»")
/// // Knowledge/faq.md:12: error: falta la clave «id»
/// ```
public struct KnowledgeDiagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious the problem is: errors block an import, warnings do not.
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    /// The file the problem is in, as given to the parser.
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// Whether the problem blocks an import (`error`) or not (`warning`).
    public var severity: Severity
    /// What is wrong and, where possible, how to fix it (Spanish).
    public var message: String

    /// Creates a diagnostic; `line` is 1-based and `message` is in Spanish.
    public init(file: String, line: Int, severity: Severity, message: String) {
        self.file = file
        self.line = line
        self.severity = severity
        self.message = message
    }

    /// `file:line: error: message`, the form editors and `grep` understand.
    public var description: String {
        let label = severity == .error ? "error" : "aviso"
        return "\(file):\(line): \(label): \(message)"
    }
}
