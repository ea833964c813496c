/// Anger that the analysed words no longer show, read from the original text: a message
/// written in capitals, or a burst of exclamation marks. Weak evidence of a complaint: it
/// never fires alone, only adds to what the lexicon found.
struct ToneEvidence: Sendable {
    /// At least this many letters before capitals mean anything («OK» is not shouting).
    static let minimumLetters = 12
    /// The share of capital letters from which a message counts as shouted.
    static let shoutingRatio = 0.7
    static let shoutingWeight = 0.25
    static let shoutingLabel = "MAYÚSCULAS"
    /// This many `!` or more in one message.
    static let exclamationCount = 3
    static let exclamationWeight = 0.2
    static let exclamationLabel = "¡¡¡!!!"
    /// Every label this evidence uses.
    static let labels: Set<String> = [shoutingLabel, exclamationLabel]

    func evidence(in original: String) -> [(label: String, weight: Double)] {
        var letters = 0
        var capitals = 0
        var exclamations = 0
        for scalar in original.unicodeScalars.prefix(TextNormalizer.maximumScalars) {
            if scalar.isASCII {
                let value = scalar.value
                if value >= 97 && value <= 122 {
                    letters += 1
                } else if value >= 65 && value <= 90 {
                    letters += 1
                    capitals += 1
                } else if value == 33 {
                    exclamations += 1
                }
            } else if scalar == "¡" {
                exclamations += 1
            } else if scalar.properties.isAlphabetic {
                letters += 1
                if scalar.properties.isUppercase { capitals += 1 }
            }
        }
        var found: [(label: String, weight: Double)] = []
        if letters >= Self.minimumLetters, Double(capitals) >= Self.shoutingRatio * Double(letters) {
            found.append((Self.shoutingLabel, Self.shoutingWeight))
        }
        if exclamations >= Self.exclamationCount {
            found.append((Self.exclamationLabel, Self.exclamationWeight))
        }
        return found
    }
}
