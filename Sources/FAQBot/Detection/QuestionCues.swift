/// Whether the words of a message (what is left once its greeting, thanks or goodbye is
/// taken away) still ask for something.
///
/// Grammar, not domain: Spanish interrogatives («cómo», «dónde», «cuándo», «cuál»,
/// «cuánto», «quién», «por qué»), the verbs of a request («necesito», «ocupo», «quisiera»,
/// «me puede…»), the nouns that announce one («duda», «pregunta», «informes») and the
/// words of a problem being reported («no puedo», «no me deja», «error»). A request verb
/// under a negation does not ask («ya no ocupo nada, gracias»). A question mark always does.
///
/// Words are read as the analyser leaves them: lowercase, without accents, abbreviations
/// expanded («xq» → «porque», «dnd» → «donde»).
///
/// ```swift
/// QuestionCues().asks(["ahora", "otra", "duda", "donde", "cobro"], hasQuestionMark: false)  // true
/// QuestionCues().asks(["ya", "no", "ocupo", "nada"], hasQuestionMark: false)                // false
/// ```
struct QuestionCues: Sendable {
    /// Interrogative pronouns and adverbs, and "porque" (MessageWords joins «por qué»).
    static let interrogatives: Set<String> = [
        "como", "donde", "adonde", "cuando", "cual", "cuales", "cuanto", "cuanta", "cuantos", "cuantas",
        "quien", "quienes", "porque",
    ]
    /// Verbs and nouns that make a request of the reader.
    static let requests: Set<String> = [
        "necesito", "necesitamos", "necesitaria", "ocupo", "ocupamos", "ocupaba", "quiero", "queremos", "quisiera",
        "quisieramos", "queria", "requiero", "requerimos", "busco", "buscamos", "buscaba", "solicito", "solicitar",
        "puedo", "podemos", "puede", "pueden", "podria", "podrian", "podra", "ayudarme", "ayudeme", "orienteme",
        "orientarme", "informeme", "indiqueme", "digame", "expliqueme", "saber", "conocer", "duda", "dudas",
        "pregunta", "preguntas", "preguntar", "consulta", "informes",
    ]
    /// Words that report something failing.
    static let problems: Set<String> = [
        "error", "falla", "fallo", "problema", "problemas", "deja", "aparece", "encuentro", "carga", "abre", "sale",
    ]
    /// Words that negate a request («ya no ocupo nada») but, before a problem word, report it («no me deja»).
    static let negations: Set<String> = ["no", "nada", "ni", "nunca"]

    /// Whether `words` ask for something (see the type's description).
    func asks(_ words: [String], hasQuestionMark: Bool) -> Bool {
        if hasQuestionMark { return true }
        for (position, word) in words.enumerated() {
            if Self.interrogatives.contains(word) { return true }
            let negated = words[max(0, position - 2)..<position].contains { Self.negations.contains($0) }
            if Self.requests.contains(word), !negated { return true }
            if Self.problems.contains(word), negated || word == "error" || word.hasPrefix("problema") || word.hasPrefix("fall") {
                return true
            }
        }
        return false
    }
}
