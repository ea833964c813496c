import Testing
@testable import FAQBot
import FAQStore

@Suite("WordListFileParser")
struct WordListFileParserTests {
    let parser = WordListFileParser()

    @Test("Reads the words under Añadir and Conservar")
    func parsesSections() {
        let text = """
        # Palabras vacías
        Texto libre.
        ## Añadir
        - hola, Buenas, tardes, oiga
        - licenciado
        ## Conservar
        - no, nadie, nunca, sin
        """
        let result = parser.parse(text, file: "Knowledge/palabras-vacias.md")
        #expect(result.diagnostics.isEmpty)
        #expect(result.value == StopWordChanges(add: ["hola", "buenas", "tardes", "oiga", "licenciado"],
                                                keep: ["no", "nadie", "nunca", "sin"]))
    }

    @Test("Headings are matched ignoring case and accents")
    func headingsIgnoreCaseAndAccents() {
        let result = parser.parse("## AÑADIR\n- oiga\n## conservar\n- no\n## Anadir\n- pues\n", file: "p.md")
        #expect(result.diagnostics.isEmpty)
        #expect(result.value == StopWordChanges(add: ["oiga", "pues"], keep: ["no"]))
    }

    @Test("A list item before any section is an error")
    func itemBeforeHeading() {
        let result = parser.parse("# Palabras vacías\n- hola\n## Añadir\n- oiga\n", file: "p.md")
        #expect(result.problemSummary == ["2:error"])
        #expect(result.messages(atLine: 2).first?.contains("«## Añadir»") == true)
        #expect(result.value.add == ["oiga"])
    }

    @Test("An unknown heading is an error, and its items are skipped")
    func unknownHeading() {
        let result = parser.parse("## Añadir\n- oiga\n## Quitar\n- hola\n", file: "p.md")
        #expect(result.problemSummary == ["3:error"])
        #expect(result.messages(atLine: 3).first?.contains("encabezado desconocido «Quitar»") == true)
        #expect(result.value == StopWordChanges(add: ["oiga"], keep: []))
    }

    @Test("A word in both sections is an error naming the other line")
    func wordInBothSections() {
        let result = parser.parse("## Añadir\n- oiga, sin\n## Conservar\n- no, Sin\n", file: "p.md")
        #expect(result.problemSummary == ["4:error"])
        #expect(result.messages(atLine: 4).first?.contains("(línea 2)") == true)
    }

    @Test("Empty words and words with spaces are errors; repeats are warnings")
    func malformedWords() {
        let result = parser.parse("## Añadir\n- oiga,,pues\n- buenas tardes\n- oiga\n", file: "p.md")
        #expect(result.problemSummary == ["2:error", "3:error", "4:warning"])
    }
}
