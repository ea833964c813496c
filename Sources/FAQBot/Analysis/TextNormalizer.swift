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
        if prepared.utf8.contains(where: { $0 >= 0x80 }) {
            prepared = prepared.precomposedStringWithCompatibilityMapping
        }
        prepared = prepared.lowercased()

        var tokens: [Token] = []
        var hasQuestionMark = false
        for chunk in prepared.split(whereSeparator: { $0.isWhitespace }) {
            tokenize(chunk: Substring(chunk), into: &tokens, questionMark: &hasQuestionMark)
        }
        return NormalizedText(tokens: Self.mergingPhoneNumbers(tokens), hasQuestionMark: hasQuestionMark)
    }

    private func tokenize(chunk: Substring, into tokens: inout [Token], questionMark: inout Bool) {
        if chunk.hasPrefix("http://") || chunk.hasPrefix("https://") || chunk.hasPrefix("www.") {
            tokens.append(Token(Self.trimmingTrailingPunctuation(chunk), .url))
            if chunk.hasSuffix("?") { questionMark = true }
            return
        }
        if let at = chunk.firstIndex(of: "@"), chunk[at...].contains("."), chunk.first != "@" {
            tokens.append(Token(Self.trimmingTrailingPunctuation(chunk), .email))
            return
        }
        let scalars = Array(chunk.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "?" || scalar == "¿" { questionMark = true }
            guard Self.isWordScalar(scalar) else { index += 1; continue }
            var end = index
            var hasLetter = false
            while end < scalars.count, Self.isWordScalar(scalars[end]) {
                if !Self.isDigit(scalars[end]) { hasLetter = true }
                end += 1
            }
            var run = String(String.UnicodeScalarView(scalars[index..<end]))
            // "1°" is how many phones type an ordinal: read it as "1o".
            if !hasLetter, end < scalars.count, scalars[end] == "°" {
                run += "o"
                hasLetter = true
                end += 1
            }
            if !hasLetter, let caseNumber = Self.caseNumber(startingWith: run, scalars: scalars, after: end) {
                tokens.append(Token(caseNumber.text, .caseNumber))
                index = caseNumber.end
                continue
            }
            if hasLetter {
                tokens.append(Token(CharacterFolding.collapseRepeats(run), .word))
            } else {
                tokens.append(Token(run, .number))
            }
            index = end
        }
    }

    /// `1234/2023`, `45/24`: digits, a slash, two or four digits.
    private static func caseNumber(startingWith digits: String, scalars: [Unicode.Scalar], after end: Int)
        -> (text: String, end: Int)? {
        guard digits.count <= 6, end + 1 < scalars.count, scalars[end] == "/" || scalars[end] == "-" && false else {
            return nil
        }
        var yearEnd = end + 1
        while yearEnd < scalars.count, isDigit(scalars[yearEnd]) { yearEnd += 1 }
        let yearLength = yearEnd - end - 1
        guard yearLength == 2 || yearLength == 4 else { return nil }
        if yearEnd < scalars.count, isWordScalar(scalars[yearEnd]) { return nil }
        let year = String(String.UnicodeScalarView(scalars[(end + 1)..<yearEnd]))
        return (digits + "/" + year, yearEnd)
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

    private static func trimmingTrailingPunctuation(_ text: Substring) -> String {
        var result = text
        while let last = result.last, ".,;:!?)]}\"'".contains(last) { result = result.dropLast() }
        return String(result)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    /// Letters (any script) and ASCII digits; emoji, symbols and punctuation are separators.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 97 && value <= 122) || (value >= 48 && value <= 57) || (value >= 65 && value <= 90)
        }
        let properties = scalar.properties
        return properties.isAlphabetic && !properties.isEmojiPresentation
    }
}
