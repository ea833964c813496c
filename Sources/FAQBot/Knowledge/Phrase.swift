/// One message of a phrase list, such as `Knowledge/fuera-de-alcance.md`.
///
/// ```swift
/// Phrase(text: "¿me puede dar asesoría legal?", line: 5)
/// ```
public struct Phrase: Sendable, Hashable, Codable {
    /// The message, trimmed.
    public var text: String
    /// 1-based line in the file.
    public var line: Int

    /// Creates a phrase.
    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}
