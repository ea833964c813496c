/// Changes to the built-in Spanish stop-word list, from `Knowledge/palabras-vacias.md`.
///
/// ```swift
/// StopWordChanges(add: ["oiga"], keep: ["no", "sin"])
/// ```
public struct StopWordChanges: Sendable, Hashable, Codable {
    /// Words to ignore in addition to the built-in list (`## Añadir`), lowercased.
    public var add: [String]
    /// Built-in stop words to keep as meaningful (`## Conservar`), lowercased.
    public var keep: [String]

    /// Creates a set of changes.
    public init(add: [String] = [], keep: [String] = []) {
        self.add = add
        self.keep = keep
    }
}
