import Testing
@testable import FAQBot
import FAQStore

@Suite("FAQFileParser")
struct FAQFileParserTests {
    let parser = FAQFileParser()

    static let sample = """
    # Preguntas frecuentes del CHAT PJBC

    Este preámbulo se ignora.
    - id: tampoco-esto

    ## ¿Dónde consulto el Boletín Judicial?
    - id: boletin-judicial
    - título: Boletín Judicial
    - área: Boletín Judicial
    - ciudades: todas
    - fuente: https://www.pjbc.gob.mx/ (consultado 2024-09-27)
    - revisado: 2026-11-29
    - variantes:
      - boletin judicial de hoy
      - donde sale publicado el boletin

    El **Boletín Judicial** se publica en el portal.

    - Consulte por fecha.

    ## ¿Cómo obtengo mi clave del Tribunal Electrónico?
    - id: clave-tribunal-electronico
    - área: Tribunal Electrónico
    - ciudades: Tijuana, Mexicali , Playas de Rosarito
    - fuente: Manual del Tribunal Electrónico
    - revisado: 2024-02-29
    - variantes:
      - olvide mi contraseña del tribunal

    Solicítela en el módulo de registro.
    """

    @Test("Reads every field of well-formed entries, ignoring the preamble")
    func parsesSample() {
        let result = parser.parse(Self.sample, file: "Knowledge/faq.md")
        #expect(result.diagnostics.isEmpty)
        #expect(result.value == [
            KnowledgeEntry(id: "boletin-judicial", question: "¿Dónde consulto el Boletín Judicial?",
                           title: "Boletín Judicial", area: "Boletín Judicial", cities: [],
                           source: "https://www.pjbc.gob.mx/ (consultado 2024-09-27)", reviewed: "2026-11-29",
                           variants: ["boletin judicial de hoy", "donde sale publicado el boletin"],
                           answer: "El **Boletín Judicial** se publica en el portal.\n\n- Consulte por fecha."),
            KnowledgeEntry(id: "clave-tribunal-electronico",
                           question: "¿Cómo obtengo mi clave del Tribunal Electrónico?",
                           title: nil, area: "Tribunal Electrónico",
                           cities: ["Tijuana", "Mexicali", "Playas de Rosarito"],
                           source: "Manual del Tribunal Electrónico", reviewed: "2024-02-29",
                           variants: ["olvide mi contraseña del tribunal"],
                           answer: "Solicítela en el módulo de registro."),
        ])
    }

    @Test("Matches keys ignoring case and accents")
    func accentInsensitiveKeys() {
        let text = """
        ## ¿Pregunta?
        - ID: pregunta
        - Titulo: Corto
        - AREA: Amparos
        - Ciudades: Ensenada
        - FUENTE: oficio 12/2024
        - Revisádo: 2025-05-05
        - VARIANTES:
          - otra forma

        Respuesta.
        """
        let result = parser.parse(text, file: "faq.md")
        #expect(result.diagnostics.isEmpty)
        let entry = result.value.first
        #expect(entry?.title == "Corto")
        #expect(entry?.area == "Amparos")
        #expect(entry?.cities == ["Ensenada"])
        #expect(entry?.source == "oficio 12/2024")
        #expect(entry?.reviewed == "2025-05-05")
        #expect(entry?.variants == ["otra forma"])
    }

    @Test("CRLF line endings and a byte-order mark give the same entries and line numbers")
    func crlfAndByteOrderMark() {
        let lf = Self.sample + "\n## \n- id: sin-pregunta\n"
        let crlf = "\u{FEFF}" + lf.replacingOccurrences(of: "\n", with: "\r\n")
        let expected = parser.parse(lf, file: "faq.md")
        let result = parser.parse(crlf, file: "faq.md")
        #expect(result.value == expected.value)
        #expect(result.value.count == 2)
        #expect(result.problemSummary == expected.problemSummary)
        #expect(result.errors.first?.line == 31)
        #expect(!result.value[0].answer.contains("\r"))
    }

    @Test("Tolerates tabs, trailing spaces, `*` bullets and any indentation of variants")
    func tabsTrailingSpacesAndBullets() {
        let text = "## ¿Pregunta?   \n-\tid:\tpregunta  \n* área: Familiar \t\n- fuente: x\n- revisado: 2025-01-01\n"
            + "- variantes:\n\t- con tabulador\n * con asterisco  \n      - muy indentada\n\nRespuesta.  \n"
        let result = parser.parse(text, file: "faq.md")
        #expect(result.diagnostics.isEmpty)
        #expect(result.value.first?.question == "¿Pregunta?")
        #expect(result.value.first?.id == "pregunta")
        #expect(result.value.first?.area == "Familiar")
        #expect(result.value.first?.variants == ["con tabulador", "con asterisco", "muy indentada"])
        #expect(result.value.first?.answer == "Respuesta.")
    }

    @Test("An empty file, or one with only a preamble, has no entries")
    func emptyFile() {
        for text in ["", "\u{FEFF}", "# Preguntas frecuentes\n\nSolo texto.\n"] {
            let result = parser.parse(text, file: "faq.md")
            #expect(result.problemSummary == ["1:error"])
            #expect(result.errors.first?.message.contains("ninguna entrada") == true)
            #expect(result.value.isEmpty)
        }
    }

    // MARK: - Each error, at its exact line

    @Test("Missing id: error at the heading, suggesting an id")
    func missingID() {
        let text = "## ¿Cómo me registro?\n- área: X\n- fuente: y\n- revisado: 2025-01-01\n- variantes:\n  - v\n\nR.\n"
        let result = parser.parse(text, file: "faq.md")
        #expect(result.problemSummary == ["1:error"])
        #expect(result.messages(atLine: 1).first?.contains("«- id: como-me-registro»") == true)
        #expect(result.value.isEmpty)
    }

    @Test("Invalid id: error at the id line, with a valid suggestion")
    func invalidID() {
        for bad in ["Boletin", "boletin judicial", "boletín", "-boletin", "boletin--judicial", "boletin_judicial"] {
            let result = parser.parse(FAQText.entry(id: bad, question: "¿P?"), file: "faq.md")
            #expect(result.problemSummary == ["2:error"], "id «\(bad)»")
            #expect(result.messages(atLine: 2).first?.contains("no es válido") == true)
        }
        let result = parser.parse(FAQText.entry(id: "Boletín Judicial", question: "¿P?"), file: "faq.md")
        #expect(result.messages(atLine: 2).first?.contains("«boletin-judicial»") == true)
        let valid = parser.parse(FAQText.entry(id: "tramite-2-amparo", question: "¿P?"), file: "faq.md")
        #expect(valid.diagnostics.isEmpty)
    }

    @Test("Duplicate id: error at the second entry's id, naming the first's line")
    func duplicateID() {
        let text = FAQText.entry(id: "uno", question: "¿A?", variants: ["a"])
            + FAQText.entry(id: "uno", question: "¿B?", variants: ["b"])
        // Each entry is 10 lines: heading, 5 metadata, variantes, 1 variant, blank, answer, blank.
        let result = parser.parse(text, file: "faq.md")
        #expect(result.problemSummary == ["12:error"])
        #expect(result.messages(atLine: 12).first?.contains("línea 2") == true)
        #expect(result.value.map(\.question) == ["¿A?"])
    }

    @Test("Missing área: error at the heading; an empty área at its line")
    func missingArea() {
        let missing = "## ¿P?\n- id: p\n- fuente: f\n- revisado: 2025-01-01\n- variantes:\n  - v\n\nR.\n"
        let result = parser.parse(missing, file: "faq.md")
        #expect(result.problemSummary == ["1:error"])
        #expect(result.messages(atLine: 1).first?.contains("«área»") == true)

        let empty = missing.replacingOccurrences(of: "- fuente", with: "- área:\n- fuente")
        #expect(parser.parse(empty, file: "faq.md").problemSummary == ["3:error"])
    }

    @Test("Empty question heading: error at the heading")
    func emptyQuestion() {
        let text = FAQText.entry(id: "a", question: "¿A?", variants: ["a"])
            + FAQText.entry(id: "b", question: "", variants: ["b"])
        let result = parser.parse(text, file: "faq.md")
        #expect(result.problemSummary == ["11:error"])
        #expect(result.messages(atLine: 11).first?.contains("encabezado «##» está vacío") == true)
        #expect(result.value.map(\.id) == ["a"])
    }

    @Test("Unknown key: error at its line, suggesting the closest known key")
    func unknownKey() {
        let cases = ["fuentes": "fuente", "ciudad": "ciudades", "variante": "variantes", "revisada": "revisado",
                     "titlo": "título", "aera": "área"]
        for (typo, closest) in cases {
            let result = parser.parse(FAQText.entry(id: "p", question: "¿P?", extra: ["- \(typo): algo"]),
                                      file: "faq.md")
            #expect(result.problemSummary == ["7:error"], "key «\(typo)»")
            let message = result.messages(atLine: 7).first ?? ""
            #expect(message.contains("clave desconocida «\(typo)»"))
            #expect(message.contains("¿quiso decir «\(closest)»?"), "«\(typo)» → \(message)")
        }
    }

    @Test("Bad revisado date: error at its line")
    func badDate() {
        for date in ["2025-02-29", "2025-13-01", "2025-04-31", "29/11/2026", "2025-1-5", "ayer", "2025-00-10"] {
            let text = FAQText.entry(id: "p", question: "¿P?").replacingOccurrences(of: "2025-01-15", with: date)
            let result = parser.parse(text, file: "faq.md")
            #expect(result.problemSummary == ["6:error"], "date «\(date)»")
            #expect(result.messages(atLine: 6).first?.contains("«\(date)»") == true)
        }
        let leap = FAQText.entry(id: "p", question: "¿P?").replacingOccurrences(of: "2025-01-15", with: "2028-02-29")
        #expect(parser.parse(leap, file: "faq.md").diagnostics.isEmpty)
    }

    @Test("A key given twice: error at the second, naming the first line")
    func repeatedKey() {
        let result = parser.parse(FAQText.entry(id: "p", question: "¿P?", extra: ["- Área: Otra"]), file: "faq.md")
        #expect(result.problemSummary == ["7:error"])
        #expect(result.messages(atLine: 7).first?.contains("(línea 3)") == true)
        #expect(result.value.isEmpty)
    }

    @Test("A variant repeated within an entry: warning at the repeat, kept once")
    func variantRepeatedInEntry() {
        let result = parser.parse(FAQText.entry(id: "p", question: "¿P?",
                                                variants: ["Boletín de hoy", "otra", "boletin  de HOY"]),
                                  file: "faq.md")
        #expect(result.problemSummary == ["10:warning"])
        #expect(result.messages(atLine: 10).first?.contains("(línea 8)") == true)
        #expect(result.value.first?.variants == ["Boletín de hoy", "otra"])
    }

    @Test("The same variant in two entries: error naming both ids and the other line")
    func variantInTwoEntries() {
        let text = FAQText.entry(id: "primera", question: "¿A?", variants: ["Requisitos del  Amparo"])
            + FAQText.entry(id: "segunda", question: "¿B?", variants: ["otra", "requisitos del amparo"])
        let result = parser.parse(text, file: "faq.md")
        #expect(result.problemSummary == ["19:error"])
        let message = result.messages(atLine: 19).first ?? ""
        #expect(message.contains("«primera»"))
        #expect(message.contains("línea 8"))
        #expect(message.contains("«requisitos del amparo»"))
        #expect(result.value.map(\.id) == ["primera"])
    }

    @Test("A variant equal to another entry's question: error at the variant")
    func variantEqualsOtherQuestion() {
        let text = FAQText.entry(id: "primera", question: "¿Dónde está el juzgado?", variants: ["a"])
            + FAQText.entry(id: "segunda", question: "¿B?", variants: ["donde esta el juzgado"])
        let result = parser.parse(text, file: "faq.md")
        #expect(result.problemSummary == ["18:error"])
        #expect(result.messages(atLine: 18).first?.contains("«primera» (línea 1)") == true)
    }

    @Test("Empty answer: error at the heading")
    func emptyAnswer() {
        let text = FAQText.entry(id: "p", question: "¿P?", answer: "") + FAQText.entry(id: "q", question: "¿Q?",
                                                                                        variants: ["otra"])
        let result = parser.parse(text, file: "faq.md")
        #expect(result.problemSummary == ["1:error"])
        #expect(result.messages(atLine: 1).first?.contains("no tiene respuesta") == true)
        #expect(result.value.map(\.id) == ["q"])
    }

    @Test("Answer longer than 4,096 characters once rendered: error at its first line")
    func answerTooLong() {
        let limit = WhatsAppFormatter.maximumLength
        let fits = String(repeating: "a", count: limit)
        #expect(parser.parse(FAQText.entry(id: "p", question: "¿P?", answer: fits), file: "faq.md").diagnostics.isEmpty)

        let long = parser.parse(FAQText.entry(id: "p", question: "¿P?", answer: fits + "b"), file: "faq.md")
        #expect(long.problemSummary == ["10:error"])
        #expect(long.messages(atLine: 10).first?.contains("4097") == true)

        // Longer in Markdown, but within the limit once rendered (`**x**` → `*x*`).
        let markup = String(repeating: "**ab** ", count: 600).trimmingWhitespace
        #expect(markup.count > limit)
        #expect(parser.parse(FAQText.entry(id: "p", question: "¿P?", answer: markup), file: "faq.md")
            .diagnostics.isEmpty)
    }

    @Test("título longer than 24 characters: error at its line")
    func titleTooLong() {
        let ok = parser.parse(FAQText.entry(id: "p", question: "¿P?",
                                            extra: ["- título: \(String(repeating: "x", count: 24))"]), file: "f")
        #expect(ok.diagnostics.isEmpty)
        let result = parser.parse(FAQText.entry(id: "p", question: "¿P?",
                                                extra: ["- título: Consulta del Boletín Judicial"]), file: "faq.md")
        #expect(result.problemSummary == ["7:error"])
        #expect(result.messages(atLine: 7).first?.contains("24") == true)
    }

    @Test("A metadata line that is not `- key: value`: error at its line")
    func notKeyValue() {
        for line in ["- id boletin", "- : sin clave", "- https://www.pjbc.gob.mx", "- 2025: año", "   texto suelto"] {
            let result = parser.parse(FAQText.entry(id: "p", question: "¿P?", extra: [line]), file: "faq.md")
            #expect(result.problemSummary == ["7:error"], "line «\(line)»")
            #expect(result.messages(atLine: 7).first?.contains("- clave: valor") == true)
        }
    }

    @Test("Nested items outside variantes, inline variantes and empty variants are errors")
    func misplacedItems() {
        let nested = parser.parse(FAQText.entry(id: "p", question: "¿P?", extra: ["  - suelto"]), file: "faq.md")
        #expect(nested.problemSummary == ["7:error"])
        let text = "## ¿P?\n- id: p\n- área: a\n- fuente: f\n- revisado: 2025-01-01\n- variantes: una, otra\n  - v\n  -\n\nR.\n"
        #expect(parser.parse(text, file: "faq.md").problemSummary == ["6:error", "8:error"])
    }

    // MARK: - Warnings

    @Test("Warnings: missing fuente, missing revisado, no variants, unknown city; few variants is fine")
    func warnings() {
        let text = "## ¿P?\n- id: p\n- área: a\n- ciudades: Tijuna, Mexicali, San Quintin\n\nRespuesta.\n"
        let result = parser.parse(text, file: "faq.md")
        #expect(!result.hasErrors)
        #expect(result.problemSummary == ["1:warning", "1:warning", "1:warning", "4:warning"])
        #expect(result.warnings.contains { $0.message.contains("«fuente»") })
        #expect(result.warnings.contains { $0.message.contains("«revisado»") })
        #expect(result.warnings.contains { $0.message.contains("no tiene variantes") })
        #expect(result.messages(atLine: 4) == [FAQDiagnosticMessage.unknownCity("Tijuna", suggestion: "Tijuana")])
        #expect(result.value.first?.cities == ["Tijuna", "Mexicali", "San Quintin"])

        // One variant only: no warning (the 12-variant minimum belongs to a separate lint).
        #expect(parser.parse(FAQText.entry(id: "p", question: "¿P?"), file: "faq.md").diagnostics.isEmpty)
    }

    // MARK: - Whole files

    @Test("Reports every problem of a file in one pass, in line order")
    func manyErrorsAtOnce() {
        let text = """
        # FAQ
        ## ¿Uno?
        - id: uno
        - área: A
        - fuente: f
        - revisado: 2025-01-01
        - variantes:
          - compartida

        Respuesta uno.

        ## ¿Dos?
        - id: Dos
        - area: B
        - autor: alguien
        - revisado: 2025-02-30
        - título: Un título demasiado largo para WhatsApp
        - variantes:
          - compartida
          - ¿uno?
        - área: C

        ##
        - id: uno
        - fuente: f
        - revisado: 2025-01-01
        - variantes:
          - tres
        sin guion

        ## ¿Cuatro?
        - id: cuatro
        - área: D
        """
        let result = parser.parse(text, file: "Knowledge/faq.md")
        #expect(result.problemSummary == [
            "12:warning", "12:error",                           // ¿Dos?: no fuente, no answer
            "13:error",                                         // invalid id «Dos»
            "15:error",                                         // unknown key «autor»
            "16:error",                                         // bad date
            "17:error",                                         // título too long
            "19:error",                                         // variant also in «uno»
            "20:error",                                         // variant is «uno»'s question
            "21:error",                                         // área twice
            "23:error", "23:error",                             // empty heading, no área
            "24:error",                                         // duplicate id «uno»
            "31:warning", "31:warning", "31:warning", "31:error", // ¿Cuatro?: fuente, revisado, variants, answer
        ])
        #expect(result.diagnostics.allSatisfy { $0.file == "Knowledge/faq.md" })
        #expect(result.value.map(\.id) == ["uno"])
        #expect(result.hasErrors)
        #expect(result.errors.count == 12)
        #expect(result.warnings.count == 4)
    }

    @Test("`## ` lines inside fenced code do not start entries")
    func fencedHeading() {
        let answer = "Ejemplo:\n\n```\n## no es pregunta\n```\n\nFin."
        let result = parser.parse(FAQText.entry(id: "p", question: "¿P?", answer: answer), file: "faq.md")
        #expect(result.diagnostics.isEmpty)
        #expect(result.value.first?.answer == answer)
    }

    @Test("A blank line inside the variants list is tolerated; after it, a list starts the answer")
    func blankLinesAroundVariants() {
        let text = "## ¿P?\n- id: p\n- área: a\n- fuente: f\n- revisado: 2025-01-01\n<!-- revisar -->\n- variantes:\n"
            + "  - uno\n\n  - dos\n\n- Requisito: INE\n- Requisito: CURP\n"
        let result = parser.parse(text, file: "faq.md")
        #expect(result.diagnostics.isEmpty)
        #expect(result.value.first?.variants == ["uno", "dos"])
        #expect(result.value.first?.answer == "- Requisito: INE\n- Requisito: CURP")
    }

    @Test("Exposes where each entry's heading, metadata and variants list end")
    func locations() {
        let locations = parser.locations(in: Self.sample)
        #expect(locations == [
            FAQEntryLocation(id: "boletin-judicial", headingLine: 6, metadataEndLine: 15, variantsLine: 13,
                             variantsEndLine: 15, endLine: 20),
            FAQEntryLocation(id: "clave-tribunal-electronico", headingLine: 21, metadataEndLine: 28,
                             variantsLine: 27, variantsEndLine: 28, endLine: 30),
        ])
        let noList = parser.locations(in: "## ¿P?\n- id: p\n- área: a\n\nR.\n")
        #expect(noList == [FAQEntryLocation(id: "p", headingLine: 1, metadataEndLine: 3, variantsLine: nil,
                                            variantsEndLine: nil, endLine: 5)])
    }

    @Test("Diagnostics print as `file:line: error: message`")
    func diagnosticFormat() {
        let result = parser.parse("", file: "Knowledge/faq.md")
        #expect(result.errors.first?.description.hasPrefix("Knowledge/faq.md:1: error: ") == true)
    }
}
