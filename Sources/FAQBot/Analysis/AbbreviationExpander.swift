/// Stage 2 of the analysis: expands WhatsApp and legal shorthand ("xq" → "porque",
/// "expdte" → "expediente", "3o" → "tercero") from the staff's list.
///
/// Single-letter abbreviations between two numbers are left alone, so that
/// "3 x 4" is not read as "3 por 4".
///
/// ```swift
/// let expander = AbbreviationExpander(["xq": ["porque"], "porfa": ["por", "favor"]])
/// expander.expand([Token("xq", .word)])   // [porque]
/// ```
public struct AbbreviationExpander: Sendable {
    private let table: [String: [String]]

    /// - Parameter abbreviations: abbreviation → expansion words; keys are matched without accents.
    public init(_ abbreviations: [String: [String]]) {
        var table: [String: [String]] = [:]
        for (short, expansion) in abbreviations {
            table[CharacterFolding.fold(short.lowercased())] = expansion.map { $0.lowercased() }
        }
        self.table = table
    }

    /// Replaces each abbreviated word token by its expansion's word tokens; other tokens pass unchanged.
    public func expand(_ tokens: [Token]) -> [Token] {
        guard !table.isEmpty else { return tokens }
        var output: [Token] = []
        output.reserveCapacity(tokens.count + 4)
        for (index, token) in tokens.enumerated() {
            guard token.kind == .word, let expansion = table[CharacterFolding.fold(token.text)] else {
                output.append(token)
                continue
            }
            if token.text.count == 1, index > 0, index + 1 < tokens.count,
               tokens[index - 1].kind == .number, tokens[index + 1].kind == .number {
                output.append(token)
                continue
            }
            for word in expansion { output.append(Token(word, .word)) }
        }
        return output
    }
}
