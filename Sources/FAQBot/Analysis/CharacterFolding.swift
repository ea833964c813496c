/// Character-level rules shared by the analysis stages.
enum CharacterFolding {
    /// Removes acute accents and diaeresis and maps `ñ` to `n`: the form index terms take.
    static func fold(_ word: String) -> String {
        guard word.unicodeScalars.contains(where: { $0.value >= 0xC0 }) else { return word }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(word.unicodeScalars.count)
        for scalar in word.unicodeScalars {
            scalars.append(foldScalar(scalar))
        }
        return String(scalars)
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
        let scalars = Array(word.unicodeScalars)
        guard scalars.count > 1 else { return word }
        var output = String.UnicodeScalarView()
        var index = 0
        var changed = false
        while index < scalars.count {
            let scalar = scalars[index]
            var run = 1
            while index + run < scalars.count, scalars[index + run] == scalar { run += 1 }
            let isLetter = scalar.properties.isAlphabetic
            let atEnd = index + run == scalars.count
            let isVowel = "aiu".unicodeScalars.contains(scalar)
            if isLetter && (run >= 3 || (run == 2 && !legitimateDoubles.contains(scalar) && (isVowel || atEnd))) {
                output.append(scalar)
                changed = true
            } else {
                for _ in 0..<run { output.append(scalar) }
            }
            index += run
        }
        return changed ? String(output) : word
    }
}
