/// A shorthand lawyers type, and the words it stands for, from `Knowledge/abreviaturas.md`.
///
/// ```swift
/// Abbreviation(short: "xfa", expansion: ["por", "favor"], line: 4)
/// ```
public struct Abbreviation: Sendable, Hashable, Codable {
    /// The abbreviation: one lowercased word of letters and digits.
    public var short: String
    /// The words it expands to, lowercased.
    public var expansion: [String]
    /// 1-based line where it is defined.
    public var line: Int

    /// Creates an abbreviation.
    public init(short: String, expansion: [String], line: Int) {
        self.short = short
        self.expansion = expansion
        self.line = line
    }
}
