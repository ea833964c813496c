import FAQStore
import Testing
@testable import FAQBot

@Suite("Detector lexicon parser")
struct DetectorLexiconParserTests {
    let parser = DetectorLexiconParser()

    func parse(_ text: String) -> ParseResult<DetectorLexicon> {
        parser.parse(text, file: "detectores.md")
    }

    @Test("The shipped Knowledge/detectores.md parses without errors or warnings")
    func shippedFile() {
        #expect(!DetectorFixture.lexiconText.isEmpty, "missing \(DetectorFixture.lexiconURL.path)")
        #expect(DetectorFixture.parsed.diagnostics.isEmpty, "\(DetectorFixture.parsed.diagnostics.map(\.description))")
        let lexicon = DetectorFixture.parsed.value
        #expect(lexicon.complaint.evidence.count > 100)
        #expect(lexicon.cities.map(\.name) == [
            "Mexicali", "Tijuana", "Ensenada", "Tecate", "Playas de Rosarito", "San Quintín", "San Felipe",
        ])
    }

    @Test("Weights, defaults, wildcards, prefixes and placeholders")
    func items() {
        let result = parse("""
        # Título (documentación)
        - esto no es un patrón: está antes de la primera sección

        ## Queja
        > comentario
        - Me trataron MAL (0.8)
        - llevo * meses (0,4)
        - groser*
        - ¿Por qué nadie contesta?

        ## queja-negación
        - no es queja

        ## numero-expediente
        - expediente <numero>

        ## ciudades
        - San Quintín = sq, sn quintin
        """)
        #expect(result.diagnostics.filter { $0.line > 1 }.isEmpty, "\(result.diagnostics)")
        let evidence = result.value.complaint.evidence
        #expect(evidence.map(\.text) == ["Me trataron MAL", "llevo * meses", "groser*", "¿Por qué nadie contesta?"])
        #expect(evidence.map(\.weight) == [0.8, 0.4, 0.6, 0.6])
        #expect(evidence[0].elements == [.word("me"), .word("trataron"), .word("mal")])
        #expect(evidence[1].elements == [.word("llevo"), .anyWord, .word("meses")])
        #expect(evidence[2].elements == [.prefix("groser")])
        #expect(evidence[3].elements == [.word("porque"), .word("nadie"), .word("contesta")])
        #expect(result.value.complaint.negations.map(\.weight) == [1])
        #expect(result.value.caseNumberPatterns.first?.elements == [.word("expediente"), .number])
        let city = result.value.cities.first
        #expect(city?.name == "San Quintín")
        #expect(city?.variants.map(\.elements) == [
            [.word("san"), .word("quintin")], [.word("sq")], [.word("sn"), .word("quintin")],
        ])
    }

    @Test("Errors carry the file and the line, in Spanish")
    func errors() {
        let result = parse("""
        ## queja
        - pésimo (1.5)
        - * burla
        - gr*
        - llevo * (0.3)
        - ex*pediente
        - <folio> perdido
        -
        ## quejas
        - ignorado
        ## numero-expediente
        - expediente perdido
        ## ciudades
        - = tj
        """)
        let errors = result.errors.map { "\($0.line): \($0.message)" }
        #expect(result.hasErrors)
        #expect(errors == [
            "2: peso no válido «(1.5)»: escriba un número mayor que 0 y hasta 1, como (0.6)",
            "3: «*» no puede ir al principio ni al final del patrón «* burla»",
            "4: el prefijo «gr*» es muy corto: escriba al menos 3 letras antes de «*»",
            "5: «*» no puede ir al principio ni al final del patrón «llevo *»",
            "6: «*» va solo (una palabra cualquiera), al final de una palabra (groser*) o al principio (*ran), no en «ex*pediente»",
            "7: marcador desconocido «<folio>»: use <numero>, <expediente> o defina la clase en «## clases»",
            "8: elemento vacío",
            "9: sección desconocida «quejas»; las secciones válidas son: "
                + DetectorLexiconSection.allCases.map(\.rawValue).joined(separator: ", "),
            "12: el patrón «expediente perdido» no dice dónde va el número: incluya <numero> o <expediente>",
            "14: falta el nombre antes de «=»",
        ])
        #expect(result.errors.first?.description
            == "detectores.md:2: error: peso no válido «(1.5)»: escriba un número mayor que 0 y hasta 1, como (0.6)")
        #expect(result.value.complaint.evidence.isEmpty)
    }

    @Test("Word endings («*ran») and gaps («...»): how they compile and when they are refused")
    func endingsAndGaps() {
        let result = parse("""
        ## sugerencia
        - ojala *ran (0.7)
        - dicen que ... pero (0.4)
        - dicen que... pero
        - *an
        - ... pero
        - dicen ...
        - dicen ... ... pero
        - ojala *ran* (0.7)
        ## saludo
        - hola ... buenas
        ## ciudades
        - Tijuana = tj ... tij
        """)
        let evidence = result.value.suggestion.evidence
        #expect(evidence.map(\.elements) == [
            [.word("ojala"), .suffix("ran")],
            [.word("dicen"), .word("que"), .gap, .word("pero")],
        ])
        let errors = result.errors.map { "\($0.line): \($0.message)" }
        #expect(errors == [
            "5: la terminación «*an» debe tener al menos 3 letras después de «*» y ser una sola palabra",
            "6: «...» no puede ir al principio ni al final del patrón «... pero»",
            "7: «...» no puede ir al principio ni al final del patrón «dicen ...»",
            "8: «... ...» sobra: un solo «...» ya vale por hasta 6 palabras, en «dicen ... ... pero»",
            "9: «*» va solo (una palabra cualquiera), al final de una palabra (groser*) o al principio (*ran), no en «*ran*»",
            "11: «...» solo se usa en las secciones con peso (queja, caso, persona, sugerencia): quítelo de «hola ... buenas»",
            "13: «...» solo se usa en las secciones con peso (queja, caso, persona, sugerencia): quítelo de «tj ... tij»",
        ])
        // «dicen que... pero» (the dots attached) is the same pattern as line 3.
        #expect(result.warnings.filter { $0.line > 1 }.map(\.line) == [4])
    }

    @Test("Warnings: repeats, stray lines, weights where none are used, missing sections")
    func warnings() {
        let result = parse("""
        ## queja
        - pésimo
        - PESIMO (0.9)
        me trataron mal
        ## saludo
        - hola (0.5)
        ## ciudades
        - Tijuana = tj,, tij
        - tijuana
        """)
        #expect(!result.hasErrors)
        let warnings = result.warnings.map { "\($0.line): \($0.message)" }
        #expect(warnings.contains("3: el patrón «PESIMO» se repite en «queja» (ya está en la línea 2): se ignora"))
        #expect(warnings.contains("4: línea ignorada: cada patrón empieza con «- » (las explicaciones van en líneas que empiezan con «>»)"))
        #expect(warnings.contains("6: la sección «saludo» no usa pesos: se ignora el peso"))
        #expect(warnings.contains("8: hay una variante vacía (dos comas seguidas o una coma al final)"))
        #expect(warnings.contains("9: el nombre «tijuana» se repite en «ciudades» (ya está en la línea 8): se ignora"))
        #expect(warnings.contains("1: falta la sección «## caso»: ese detector no se activará"))
        #expect(result.value.complaint.evidence.count == 1)
        #expect(result.value.cities.first?.variants.count == 3)
    }

    @Test("Fenced code blocks and CRLF line endings")
    func fencesAndLineEndings() {
        let result = parse("## queja\r\n```\r\n## nada\r\n- ignorado\r\n```\r\n- pesimo\r\n- (2)\r\n")
        #expect(result.value.complaint.evidence.map(\.text) == ["pesimo"])
        #expect(result.errors.map(\.line) == [7])
    }

    @Test("The empty lexicon detects nothing")
    func emptyLexicon() {
        let detectors = MessageDetectors(lexicon: .empty)
        let result = detectors.detect(DetectorFixture.analyzer.analyze("hola, pésimo servicio en el jdo 3o civil de tj 123/2024"))
        #expect(result.complaint == .none && result.smallTalk == nil && result.city == nil && result.court == nil)
        #expect(result.caseNumber == "123/2024")
    }
}
