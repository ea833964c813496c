import Testing
@testable import FAQBot
import FAQStore

@Suite("FAQMarkdownWriter")
struct FAQMarkdownWriterTests {
    let writer = FAQMarkdownWriter()
    let parser = FAQFileParser()

    static let entries = [
        KnowledgeEntry(id: "boletin-judicial", question: "¿Dónde consulto el Boletín Judicial?",
                       title: "Boletín Judicial", area: "Boletín Judicial", cities: [],
                       source: "https://www.pjbc.gob.mx/ (consultado 2024-09-27)", reviewed: "2026-11-29",
                       variants: ["boletin judicial de hoy", "donde sale publicado el boletin"],
                       answer: "El **Boletín Judicial** se publica en [el portal](https://www.pjbc.gob.mx/).\n\n"
                           + "- Elija la fecha.\n- Busque su expediente.\n\n```\n## no es encabezado\n```"),
        KnowledgeEntry(id: "registro-tribunal", question: "¿Cómo me registro en el Tribunal Electrónico?",
                       title: nil, area: "Tribunal Electrónico", cities: ["Tijuana", "Playas de Rosarito"],
                       source: "Manual de usuario", reviewed: "2025-01-15",
                       variants: ["quiero darme de alta"], answer: "1. Entre al portal.\n2. Elija «Registrarse»."),
        KnowledgeEntry(id: "sin-extras", question: "¿Pregunta mínima?", area: "Oficialía de Partes",
                       answer: "- Una respuesta que empieza con lista."),
    ]

    @Test("Parsing the written text gives back identical entries")
    func roundTrip() {
        let text = writer.write(Self.entries)
        let result = parser.parse(text, file: "faq.md")
        #expect(!result.hasErrors)
        #expect(result.value == Self.entries)
        // The last entry has no fuente, revisado or variants: warnings only.
        #expect(result.problemSummary.allSatisfy { $0.hasSuffix(":warning") })
        #expect(result.warnings.count == 3)
    }

    @Test("Round trip from a hand-written file: parse, write, parse again")
    func roundTripFromFile() {
        let first = parser.parse(FAQFileParserTests.sample, file: "faq.md")
        let again = parser.parse(writer.write(first.value), file: "faq.md")
        #expect(again.value == first.value)
        #expect(again.diagnostics.isEmpty)
    }

    @Test("Writes the documented format")
    func format() {
        let text = writer.write([Self.entries[1]], title: "FAQ")
        #expect(text == """
        # FAQ

        ## ¿Cómo me registro en el Tribunal Electrónico?
        - id: registro-tribunal
        - área: Tribunal Electrónico
        - ciudades: Tijuana, Playas de Rosarito
        - fuente: Manual de usuario
        - revisado: 2025-01-15
        - variantes:
          - quiero darme de alta

        1. Entre al portal.
        2. Elija «Registrarse».

        """)
        let all = writer.write([Self.entries[0]])
        #expect(all.hasPrefix("# Preguntas frecuentes del CHAT PJBC\n"))
        #expect(all.contains("\n- título: Boletín Judicial\n"))
        #expect(all.contains("\n- ciudades: todas\n"))
        #expect(!writer.write([Self.entries[2]]).contains("título"))
    }
}
