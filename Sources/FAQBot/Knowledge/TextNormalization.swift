import Foundation

/// Comparison forms of text: case-, accent- and spacing-insensitive.
enum TextNormalization {
    /// Lowercased, accents removed (`á` → `a`, `ñ` → `n`), whitespace runs collapsed, trimmed.
    ///
    /// `folded("  Área   Título ")` is `"area titulo"`.
    ///
    /// Text made only of Latin-1 characters (all of Spanish) takes a table-driven path that gives
    /// exactly what `foldedSlowly` gives; anything else goes through Foundation's decomposition.
    static func folded(_ text: String) -> String {
        foldedLatin1(text) ?? foldedSlowly(text)
    }

    /// The reference folding: canonical decomposition, nonspacing marks removed, lowercased,
    /// whitespace collapsed. Slow (Foundation); `folded` only uses it for text beyond Latin-1.
    static func foldedSlowly(_ text: String) -> String {
        collapsingWhitespace(withoutMarksLowercased(text))
    }

    /// Canonically decomposed, nonspacing marks removed, lowercased: the folding of each character.
    private static func withoutMarksLowercased(_ text: String) -> String {
        let stripped = text.decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }
        return String(String.UnicodeScalarView(stripped)).lowercased()
    }

    /// `folded` for text whose scalars are all below U+0100, or `nil` for any other text.
    ///
    /// In that range every scalar is its own grapheme (except CR LF, both whitespace) and no
    /// scalar combines with or reorders against its neighbours, so folding scalar by scalar
    /// through `Latin1Folding.table` equals folding the whole text.
    static func foldedLatin1(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            let table = Latin1Folding.table
            var isLatin1 = true
            // No entry is longer than the scalar it folds, and spaces only shrink: the result fits.
            let folded = String(unsafeUninitializedCapacity: bytes.count) { output -> Int in
                var count = 0
                var pendingSpace = false
                var index = 0
                while index < bytes.count {
                    let lead = bytes[index]
                    let scalar: Int
                    if lead < 0x80 {
                        scalar = Int(lead)
                        index += 1
                    } else if lead == 0xC2 || lead == 0xC3, index + 1 < bytes.count {
                        // Two-byte sequences for U+0080…U+00FF (the text is valid UTF-8).
                        scalar = Int(lead & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)
                        index += 2
                    } else {
                        isLatin1 = false
                        return 0
                    }
                    let entry = table[scalar]
                    if entry.isWhitespace {
                        pendingSpace = count > 0
                        continue
                    }
                    if entry.utf8.isEmpty { continue }
                    if pendingSpace {
                        output[count] = 0x20
                        count += 1
                        pendingSpace = false
                    }
                    for byte in entry.utf8 {
                        output[count] = byte
                        count += 1
                    }
                }
                return count
            }
            return isLatin1 ? folded : nil
        }
    }

    /// Per-scalar folding of U+0000…U+00FF, computed once with `foldedSlowly`'s own steps.
    enum Latin1Folding {
        struct Entry: Sendable {
            /// Whether the scalar counts as whitespace (`Character.isWhitespace`).
            let isWhitespace: Bool
            /// The scalar decomposed, without nonspacing marks, lowercased (UTF-8).
            let utf8: [UInt8]
        }

        static let table: [Entry] = (0..<256).map { value in
            let scalar = Unicode.Scalar(UInt8(value))
            let lowered = withoutMarksLowercased(String(scalar))
            // `foldedLatin1` writes into a buffer the size of its input.
            precondition(lowered.utf8.count <= String(scalar).utf8.count, "U+\(value) folds longer")
            return Entry(isWhitespace: Character(scalar).isWhitespace, utf8: Array(lowered.utf8))
        }
    }

    /// Characters dropped from both ends of a comparison key.
    private static let keyEdges: Set<Character> = ["¿", "?", "¡", "!", ".", " "]

    /// The key under which two phrasings count as the same question or variant:
    /// `folded`, and without the opening/closing `¿ ? ¡ !` and a final period.
    ///
    /// `comparisonKey("¿Dónde está?")` equals `comparisonKey("donde   esta")`.
    static func comparisonKey(_ text: String) -> String {
        var key = Substring(folded(text))
        while let first = key.first, keyEdges.contains(first) { key.removeFirst() }
        while let last = key.last, keyEdges.contains(last) { key.removeLast() }
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
