import Testing
@testable import FAQBot
import FAQStore

@Suite("PhraseListParser")
struct PhraseListParserTests {
    let parser = PhraseListParser()

    @Test("Every `- ` line is one message; headings and other text are ignored")
    func parsesPhrases() {
        let text = """
        # Fuera de alcance
        Mensajes que ninguna entrada responde.
        ## Asesoría
        - ¿me puede dar asesoría legal?  
        - ¿Cuánto cobra un abogado, más o menos?
        ## Otros
        -  ¿qué clima hace en Mexicali?
        """
        let result = parser.parse(text, file: "Knowledge/fuera-de-alcance.md")
        #expect(result.diagnostics.isEmpty)
        #expect(result.value == [
            Phrase(text: "¿me puede dar asesoría legal?", line: 4),
            Phrase(text: "¿Cuánto cobra un abogado, más o menos?", line: 5),
            Phrase(text: "¿qué clima hace en Mexicali?", line: 7),
        ])
    }

    @Test("A duplicate, ignoring case and accents, is a warning and is kept once")
    func duplicate() {
        let result = parser.parse("- ¿Qué clima hace?\n- ¿que  CLIMA hace?\n", file: "f.md")
        #expect(result.problemSummary == ["2:warning"])
        #expect(result.messages(atLine: 2).first?.contains("línea 1") == true)
        #expect(result.value == [Phrase(text: "¿Qué clima hace?", line: 1)])
    }

    @Test("An empty item is an error")
    func emptyItem() {
        let result = parser.parse("# F\r\n- hola\r\n-   \r\n", file: "f.md")
        #expect(result.problemSummary == ["3:error"])
        #expect(result.hasErrors)
        #expect(result.value == [Phrase(text: "hola", line: 2)])
    }
}
