import Testing
@testable import FAQBot
import FAQStore

@Suite("SynonymFileParser")
struct SynonymFileParserTests {
    let parser = SynonymFileParser()

    @Test("Each `- ` line is a group; the first term is canonical; other text is ignored")
    func parsesGroups() {
        let text = """
        # Sinónimos
        Texto libre ignorado. Cada línea que empieza con "- " es un grupo; el primer término es el canónico.
        - contraseña, clave, password, nip
        - dar de alta,  registrarse , inscribirse, crear   cuenta
        """
        let result = parser.parse(text, file: "Knowledge/sinonimos.md")
        #expect(result.diagnostics.isEmpty)
        #expect(result.value == [
            SynonymGroup(terms: ["contraseña", "clave", "password", "nip"], line: 3),
            SynonymGroup(terms: ["dar de alta", "registrarse", "inscribirse", "crear cuenta"], line: 4),
        ])
        #expect(result.value.first?.canonical == "contraseña")
    }

    @Test("A group with fewer than two terms is an error at its line")
    func tooFewTerms() {
        let result = parser.parse("# S\n- contraseña, clave\n- solitario\n-\n", file: "s.md")
        #expect(result.problemSummary == ["3:error", "4:error"])
        #expect(result.messages(atLine: 3).first?.contains("al menos dos términos") == true)
        #expect(result.value.map(\.line) == [2])
    }

    @Test("An empty term is an error at its line")
    func emptyTerm() {
        for line in ["- a,,b", "- a, b,", "- , a, b"] {
            let result = parser.parse("# S\n\(line)\n", file: "s.md")
            #expect(result.problemSummary == ["2:error"], "«\(line)»")
            #expect(result.messages(atLine: 2).first?.contains("término vacío") == true)
            #expect(result.value.isEmpty)
        }
    }

    @Test("The same term in two groups, ignoring case and accents, names the other line")
    func termInTwoGroups() {
        let text = "- contraseña, clave\n\n- acceso, CONTRASENA\n- clave, nip, Clave\n"
        let result = parser.parse(text, file: "s.md")
        #expect(result.problemSummary == ["3:error", "4:error", "4:warning"])
        #expect(result.messages(atLine: 3).first?.contains("«CONTRASENA» ya está en el grupo de la línea 1") == true)
        #expect(result.messages(atLine: 4).first?.contains("línea 1") == true)
        #expect(result.value.map(\.line) == [1])
    }

    @Test("Handles CRLF and a byte-order mark")
    func crlf() {
        let result = parser.parse("\u{FEFF}# S\r\n- a, b\r\n- c\r\n", file: "s.md")
        #expect(result.value == [SynonymGroup(terms: ["a", "b"], line: 2)])
        #expect(result.problemSummary == ["3:error"])
    }
}
