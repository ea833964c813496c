/// One position of a lexicon pattern, compared with one word of a message.
///
/// Patterns are written by staff in `Knowledge/detectores.md`:
/// `llevo * meses` is `[.word("llevo"), .anyWord, .word("meses")]`,
/// `groser*` is `[.prefix("groser")]`, `ojala *ran` is `[.word("ojala"), .suffix("ran")]`,
/// `expediente <numero>` is `[.word("expediente"), .number]`.
public enum PatternElement: Sendable, Hashable, Codable {
    /// Exactly this word (lowercase, without accents).
    case word(String)
    /// Any word that starts with this text (`groser*`: grosero, grosera, groserías).
    case prefix(String)
    /// Any longer word that ends with this text (`*ran`: pusieran, habilitaran, tuvieran).
    case suffix(String)
    /// Any one word (`*` standing alone).
    case anyWord
    /// Up to `maximumGap` words, or none (`...` standing alone): `dicen que ... pero`.
    /// Only in the weighted sections (queja, caso, persona, sugerencia).
    case gap
    /// A number of at most six digits (`<numero>`).
    case number
    /// A case number such as `1234/2023` (`<expediente>`).
    case caseNumber

    /// The most digits a `<numero>` may have (longer runs are phone numbers or amounts).
    static let maximumNumberDigits = 6
    /// The most words a `...` stands for.
    static let maximumGap = 6

    /// Whether this element accepts the message word `word` of kind `kind`.
    ///
    /// Word by word only: a `.gap` accepts any one word here. `PatternIndex` matches gaps
    /// of several words and skips intensifiers; callers matching contiguous words
    /// themselves get neither.
    func matches(_ word: String, kind: MessageWords.Kind) -> Bool {
        switch self {
        case .word(let expected): return word == expected
        case .prefix(let start): return kind == .word && word.hasPrefix(start)
        case .suffix(let end): return kind == .word && word.utf8.count > end.utf8.count && word.hasSuffix(end)
        case .anyWord, .gap: return true
        case .number: return kind == .number && word.utf8.count <= Self.maximumNumberDigits
        case .caseNumber: return kind == .caseNumber
        }
    }

    /// `true` for `<numero>` and `<expediente>`: the elements that capture a case number.
    var capturesCaseNumber: Bool {
        self == .number || self == .caseNumber
    }
}
