import Foundation

/// Comparison forms of text: case-, accent- and spacing-insensitive.
enum TextNormalization {
    /// Lowercased, accents removed (`á` → `a`, `ñ` → `n`), whitespace runs collapsed, trimmed.
    ///
    /// `folded("  Área   Título ")` is `"area titulo"`.
    static func folded(_ text: String) -> String {
        let stripped = text.decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }
        return collapsingWhitespace(String(String.UnicodeScalarView(stripped)).lowercased())
    }

    /// The key under which two phrasings count as the same question or variant:
    /// `folded`, and without the opening/closing `¿ ? ¡ !` and a final period.
    ///
    /// `comparisonKey("¿Dónde está?")` equals `comparisonKey("donde   esta")`.
    static func comparisonKey(_ text: String) -> String {
        let edges: Set<Character> = ["¿", "?", "¡", "!", ".", " "]
        var key = Substring(folded(text))
        while let first = key.first, edges.contains(first) { key.removeFirst() }
        while let last = key.last, edges.contains(last) { key.removeLast() }
        return String(key)
    }

    /// Whitespace runs (spaces, tabs, line breaks) replaced by one space, trimmed.
    static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A slug (`[a-z0-9]+(-[a-z0-9]+)*`) made from any text, or `nil` when nothing is left.
    ///
    /// `slug("¿Dónde consulto el Boletín?")` is `"donde-consulto-el-boletin"`.
    static func slug(_ text: String) -> String? {
        var result = ""
        var pendingDash = false
        for scalar in folded(text).unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash && !result.isEmpty { result.append("-") }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? nil : result
    }

    /// `true` when `text` matches `[a-z0-9]+(-[a-z0-9]+)*`.
    static func isSlug(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return !text.isEmpty && parts.allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0)
            }
        }
    }
}
