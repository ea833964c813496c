/// Character-level rules shared by the analysis stages.
enum CharacterFolding {
    /// Removes acute accents and diaeresis and maps `ñ` to `n`: the form index terms take.
    static func fold(_ word: String) -> String {
        guard word.utf8.contains(where: { $0 >= 0xC3 }) else { return word }
        return string(word.unicodeScalars.map(foldScalar)[...])
    }

    /// A string from scalars, written as UTF-8 in one buffer (faster than appending scalar by scalar).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    static func foldScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "á", "à", "â", "ä", "ã": return "a"
        case "é", "è", "ê", "ë": return "e"
        case "í", "ì", "î", "ï": return "i"
        case "ó", "ò", "ô", "ö", "õ": return "o"
        case "ú", "ù", "û", "ü": return "u"
        case "ñ": return "n"
        case "ç": return "c"
        default: return scalar
        }
    }

    /// Letters Spanish writes doubled ("llamar", "leer", "acción", "perro", "cooperar", "innovar").
    private static let legitimateDoubles: Set<Unicode.Scalar> = ["c", "l", "r", "e", "o", "n"]

    /// Collapses letters repeated for emphasis: three or more of a kind become one
    /// ("holaaaa" → "hola"), and a doubled letter that Spanish never doubles
    /// becomes one ("siii" → "si", "graciass" → "gracias"), except inside a word
    /// for consonants (loanwords like "password" keep theirs).
    static func collapseRepeats(_ word: String) -> String {
        collapsingRepeats(ArraySlice(word.unicodeScalars))
    }

    /// `collapseRepeats` on a run of word scalars (letters and ASCII digits), as the normaliser finds them.
    static func collapsingRepeats(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(scalars.count)
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            var run = 1
            while index + run < scalars.endIndex, scalars[index + run] == scalar { run += 1 }
            if run > 1 && isLetter(scalar) {
                let atEnd = index + run == scalars.endIndex
                let isVowel = scalar == "a" || scalar == "i" || scalar == "u"
                if run >= 3 || (!legitimateDoubles.contains(scalar) && (isVowel || atEnd)) {
                    output.append(scalar)
                    index += run
                    continue
                }
            }
            for _ in 0..<run { output.append(scalar) }
            index += run
        }
        return string(output[...])
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value | 0x20
            return value >= 97 && value <= 122
        }
        return scalar.properties.isAlphabetic
    }

}
