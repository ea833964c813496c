import ArgumentParser
import FAQBot
import FAQStore

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Muestra cómo el bot analiza un mensaje, etapa por etapa.",
        discussion: """
            Normalización → abreviaturas → palabras vacías → raíces (Snowball) → corrección de errores → sinónimos. \
            Sin TEXTO, lee un mensaje por línea de la entrada estándar.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("El mensaje a analizar.", valueName: "TEXTO"))
    var text: String?

    @Flag(help: "Un objeto JSON por mensaje.")
    var json = false

    struct Output: Encodable {
        let text: String
        let normalized: [String]
        let words: [String]
        let contentWords: [String]
        let stems: [String]
        let corrections: [String: String]
        let tokens: [String]
        let caseNumbers: [String]
        let urls: [String]
        let phones: [String]
        let question: Bool

        enum CodingKeys: String, CodingKey {
            case text, normalized, words, stems, corrections, tokens, urls, phones, question
            case contentWords = "content_words", caseNumbers = "case_numbers"
        }

        init(_ analyzed: AnalyzedText) {
            text = analyzed.original
            normalized = analyzed.tokens.map(\.text)
            words = analyzed.words
            contentWords = analyzed.contentWords
            stems = analyzed.stems
            corrections = analyzed.corrections
            tokens = analyzed.terms
            caseNumbers = analyzed.caseNumbers
            urls = analyzed.urls
            phones = analyzed.phoneNumbers
            question = analyzed.hasQuestionMark
        }
    }

    func run() throws {
        try Terminal.run {
            let engine = FAQEngine(database: try database.openWithKnowledge())
            let messages = text.map { AnySequence([$0]) } ?? Terminal.inputLines()
            for message in messages {
                let output = Output(engine.analyze(message))
                if json {
                    print(try Terminal.jsonLine(output))
                } else {
                    print("Mensaje:        \(output.text)")
                    print("1 normalizado:  \(output.normalized.joined(separator: " · "))")
                    print("2 abreviaturas: \(output.words.joined(separator: " · "))")
                    print("3 sin vacías:   \(output.contentWords.joined(separator: " · "))")
                    print("4 raíces:       \(output.stems.joined(separator: " · "))")
                    let corrections = output.corrections.sorted { $0.key < $1.key }.map { "\($0.key) → \($0.value)" }
                    print("5 correcciones: \(corrections.isEmpty ? "(ninguna)" : corrections.joined(separator: ", "))")
                    print("6 términos:     \(output.tokens.joined(separator: " · "))")
                    if !output.caseNumbers.isEmpty { print("  expedientes:  \(output.caseNumbers.joined(separator: ", "))") }
                    if !output.phones.isEmpty { print("  teléfonos:    \(output.phones.joined(separator: ", "))") }
                    if !output.urls.isEmpty { print("  enlaces:      \(output.urls.joined(separator: ", "))") }
                    print("  pregunta (?): \(output.question ? "sí" : "no")\n")
                }
            }
        }
    }
}
