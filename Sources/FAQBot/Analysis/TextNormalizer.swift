import Foundation

/// The result of normalising a message: its tokens and the signals noted on the way.
public struct NormalizedText: Sendable, Hashable {
    /// The tokens, in message order.
    public var tokens: [Token]
    /// Whether the message contains `?` or `¿`: a question mark is a signal for the detectors.
    public var hasQuestionMark: Bool
}

/// Stage 1 of the analysis: Unicode NFKC, lowercase, tokens.
///
/// Emoji and punctuation are dropped; URLs, e-mail addresses, phone numbers and
/// case numbers (`1234/2023`) are kept whole and typed; letters repeated for
/// emphasis are collapsed. Accents are kept (the stemmer needs them); later
/// stages fold them.
///
/// ```swift
/// let normalized = TextNormalizer().normalize("Holaaa, expdte 1234/2023?? 😡")
/// // tokens: hola, expdte, 1234/2023 (caseNumber); hasQuestionMark: true
/// ```
public struct TextNormalizer: Sendable {
    /// Messages are cut to this many Unicode scalars before analysis: WhatsApp
    /// messages are at most 4,096 characters, and a pasted document must not
    /// cost more than a long message.
    public static let maximumScalars = 8_192

    /// Creates a normaliser (it has no state).
    public init() {}

    /// Normalises a message (first cut to `maximumScalars`) into typed tokens; never fails.
    public func normalize(_ text: String) -> NormalizedText {
        var prepared = text
        if prepared.unicodeScalars.count > Self.maximumScalars {
            prepared = String(String.UnicodeScalarView(prepared.unicodeScalars.prefix(Self.maximumScalars)))
        }
        if !prepared.unicodeScalars.allSatisfy(Self.isStableUnderNFKC) {
            prepared = prepared.precomposedStringWithCompatibilityMapping
        }
        // One pass over the scalars: whitespace separates chunks; a chunk is a
        // URL, an e-mail address, or runs of word scalars between separators.
        let scalars = Self.lowercasedScalars(of: prepared)
        var tokens: [Token] = []
        var hasQuestionMark = false
        var start = 0
        while start < scalars.count {
            guard !Self.isWhitespace(scalars[start]) else { start += 1; continue }
            var end = start + 1
            while end < scalars.count, !Self.isWhitespace(scalars[end]) { end += 1 }
            tokenize(chunk: scalars[start..<end], into: &tokens, questionMark: &hasQuestionMark)
            start = end
        }
        return NormalizedText(tokens: Self.mergingPhoneNumbers(tokens), hasQuestionMark: hasQuestionMark)
    }

    private func tokenize(chunk: ArraySlice<Unicode.Scalar>, into tokens: inout [Token], questionMark: inout Bool) {
        if Self.hasPrefix(chunk, "http://") || Self.hasPrefix(chunk, "https://") || Self.hasPrefix(chunk, "www.") {
            tokens.append(Token(Self.trimmingTrailingPunctuation(chunk), .url))
            if chunk.last == "?" { questionMark = true }
            return
        }
        if let at = chunk.firstIndex(of: "@"), chunk[at...].contains("."), chunk.first != "@" {
            tokens.append(Token(Self.trimmingTrailingPunctuation(chunk), .email))
            return
        }
        var index = chunk.startIndex
        while index < chunk.endIndex {
            let scalar = chunk[index]
            if scalar == "?" || scalar == "¿" { questionMark = true }
            guard Self.isWordScalar(scalar) else { index += 1; continue }
            var end = index
            var hasLetter = false
            while end < chunk.endIndex, Self.isWordScalar(chunk[end]) {
                if !Self.isDigit(chunk[end]) { hasLetter = true }
                end += 1
            }
            if hasLetter {
                tokens.append(Token(CharacterFolding.collapsingRepeats(chunk[index..<end]), .word))
                index = end
                continue
            }
            let run = CharacterFolding.string(chunk[index..<end])
            // "1°" is how many phones type an ordinal: read it as "1o".
            if end < chunk.endIndex, chunk[end] == "°" {
                tokens.append(Token(run + "o", .word))
                index = end + 1
                continue
            }
            if let caseNumber = Self.caseNumber(startingWith: run, scalars: chunk, after: end) {
                tokens.append(Token(caseNumber.text, .caseNumber))
                index = caseNumber.end
                continue
            }
            tokens.append(Token(run, .number))
            index = end
        }
    }

    /// The text's scalars, lowercase: ASCII and Latin-1 (Spanish) mapped directly,
    /// anything else through the standard library's full lowercasing.
    static func lowercasedScalars(of text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: scalars.append(Unicode.Scalar(value + 0x20)!)
            case 0..<0x100: scalars.append(scalar)
            default: return Array(text.lowercased().unicodeScalars)
            }
        }
        return scalars
    }

    private static func hasPrefix(_ chunk: ArraySlice<Unicode.Scalar>, _ prefix: String) -> Bool {
        chunk.starts(with: prefix.unicodeScalars)
    }

    /// Whether NFKC leaves this scalar as it is whatever surrounds it: ASCII,
    /// the precomposed Latin-1 letters, `¡ ¿ « » °`, and emoji (most messages),
    /// so that only the rest pay for Foundation's normalisation. Combining
    /// marks are not in the list: NFKC composes them with the letter before.
    static func isStableUnderNFKC(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80, 0xC0...0xFF, 0xA1, 0xAB, 0xB0, 0xBB, 0xBF: return true
        case 0x1F300...0x1FAFF, 0x2600...0x27BF, 0x200D, 0xFE0F: return true
        default: return false
        }
    }

    /// Unicode white space (what `Character.isWhitespace` tests), with an ASCII fast path.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    /// `1234/2023`, `45/24`: digits, a slash, two or four digits.
    private static func caseNumber(startingWith digits: String, scalars: ArraySlice<Unicode.Scalar>, after end: Int)
        -> (text: String, end: Int)? {
        guard digits.utf8.count <= 6, end + 1 < scalars.endIndex, scalars[end] == "/" else { return nil }
        var yearEnd = end + 1
        while yearEnd < scalars.endIndex, isDigit(scalars[yearEnd]) { yearEnd += 1 }
        let yearLength = yearEnd - end - 1
        guard yearLength == 2 || yearLength == 4 else { return nil }
        if yearEnd < scalars.endIndex, isWordScalar(scalars[yearEnd]) { return nil }
        return (digits + "/" + CharacterFolding.string(scalars[(end + 1)..<yearEnd]), yearEnd)
    }

    /// Joins `686 525 3785` or `(686) 900-9099` into one phone token; a lone
    /// run of ten (or twelve, with country code 52) digits is a phone too.
    private static func mergingPhoneNumbers(_ tokens: [Token]) -> [Token] {
        var output: [Token] = []
        output.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.kind == .number else { output.append(token); index += 1; continue }
            var digits = token.text
            var end = index + 1
            var matchedEnd: Int?
            if isPhone(digits) { matchedEnd = end }
            while end < tokens.count, tokens[end].kind == .number, tokens[end].text.count <= 4, digits.count < 12 {
                digits += tokens[end].text
                end += 1
                if isPhone(digits) { matchedEnd = end }
            }
            if let matchedEnd, token.text.count <= 4 || matchedEnd == index + 1 {
                let phone = tokens[index..<matchedEnd].map(\.text).joined()
                output.append(Token(phone, .phone))
                index = matchedEnd
            } else {
                output.append(token)
                index += 1
            }
        }
        return output
    }

    private static func isPhone(_ digits: String) -> Bool {
        digits.count == 10 || (digits.count == 12 && digits.hasPrefix("52")) || (digits.count == 13 && digits.hasPrefix("521"))
    }

    private static func trimmingTrailingPunctuation(_ text: ArraySlice<Unicode.Scalar>) -> String {
        var result = text
        while let last = result.last, ".,;:!?)]}\"'".unicodeScalars.contains(last) { result = result.dropLast() }
        return CharacterFolding.string(result)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    /// Letters (any script) and ASCII digits; emoji, symbols and punctuation are separators.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 97 && value <= 122) || (value >= 48 && value <= 57) || (value >= 65 && value <= 90)
        }
        // Latin-1: the accented letters, ª, µ and º are letters; the rest are symbols.
        if value < 0x100 {
            return (value >= 0xC0 && value != 0xD7 && value != 0xF7) || value == 0xAA || value == 0xB5 || value == 0xBA
        }
        let properties = scalar.properties
        return properties.isAlphabetic && !properties.isEmojiPresentation
    }
}
