import FAQStore
import Testing
@testable import FAQBot

@Suite("Word classes of the detector lexicon")
struct WordClassTests {
    func parse(_ text: String) -> ParseResult<DetectorLexicon> {
        DetectorLexiconParser().parse(text, file: "detectores.md")
    }

    func words(_ pattern: LexiconPattern) -> String {
        pattern.elements.map { element in
            switch element {
            case .word(let word): word
            case .prefix(let start): start + "*"
            default: "?"
            }
        }.joined(separator: " ")
    }

    @Test("A class in a weighted pattern stands for each of its phrases, with the line's weight and text")
    func expands() {
        let result = parse("""
        ## persona
        - hablar con <Alguien> (0.85)
        - <alguien> <verbo> (0.7)

        ## clases
        - <alguien> = alguien, una persona, un Asesor
        - <verbo> = que me llame, que me atiend*
        """)
        #expect(result.errors.isEmpty, "\(result.errors.map(\.description))")
        let patterns = result.value.requested.evidence
        #expect(patterns.map(words) == [
            "hablar con alguien", "hablar con una persona", "hablar con un asesor",
            "alguien que me llame", "alguien que me atiend*", "una persona que me llame", "una persona que me atiend*",
            "un asesor que me llame", "un asesor que me atiend*",
        ])
        #expect(patterns.prefix(3).allSatisfy { $0.text == "hablar con <Alguien>" && $0.weight == 0.85 })
        #expect(patterns.dropFirst(3).allSatisfy { $0.weight == 0.7 })
    }

    @Test("A class in a small-talk section stands for each of its phrases; a repeated combination is left out quietly")
    func expandsInPhraseSections() {
        let result = parse("""
        ## clases
        - <cuando> = el lunes, manana
        ## despedida
        - hasta manana
        - hasta <cuando>
        """)
        let reported = result.diagnostics.filter { !$0.message.hasPrefix("falta la sección") }
        #expect(reported.isEmpty, "\(reported.map(\.description))")
        #expect(result.value.goodbyes.map(words) == ["hasta manana", "hasta el lunes"])
        let detectors = MessageDetectors(lexicon: result.value)
        let analyzer = Analyzer(settings: AnalysisSettings())
        #expect(detectors.detect(analyzer.analyze("hasta el lunes")).smallTalk == .goodbye)
        #expect(detectors.detect(analyzer.analyze("hasta el lunes abren?")).smallTalk == nil)
    }

    @Test("A message matching any phrase of the class fires the detector, and shows the line as written")
    func detects() {
        let lexicon = parse("""
        ## clases
        - <alguien> = alguien, una persona, un funcionario
        ## persona
        - platicar con <alguien> (0.85)
        """).value
        let detectors = MessageDetectors(lexicon: lexicon)
        let analyzer = Analyzer(settings: AnalysisSettings())
        let signal = detectors.detect(analyzer.analyze("¿Puedo platicar con un funcionario?")).requested
        #expect(signal.fired)
        #expect(signal.evidence == ["platicar con <alguien>"])
        #expect(!detectors.detect(analyzer.analyze("¿puedo platicar con el juez?")).requested.fired)
    }

    @Test("Mistakes are reported with their line and the rest still loads", arguments: [
        ("## persona\n- hablar con <nadie> (0.8)\n## clases\n- <alguien> = alguien",
         "2: marcador desconocido «<nadie>»: use <numero>, <expediente> o una clase de «## clases» (<alguien>)"),
        ("## persona\n- hablar con <nadie> (0.8)",
         "2: marcador desconocido «<nadie>»: use <numero>, <expediente> o defina la clase en «## clases»"),
        ("## clases\n- alguien = una persona", "2: una clase se escribe «<nombre> = palabra, otra palabra», no «alguien = una persona»"),
        ("## clases\n- <numero> = uno, dos", "2: «<numero>» ya es un marcador: elija otro nombre para la clase"),
        ("## clases\n- <alguien> =  , ", "2: la clase «<alguien>» no tiene palabras después de «=»"),
        ("## clases\n- <alguien> = alguien ... real", "2: «...» y «*» solos no van dentro de una clase: quítelos de «alguien ... real»"),
        ("## clases\n- <a> = x1\n## ciudades\n- Mexicali = mxl <a>",
         "4: las clases de palabras («<...>») se usan en los patrones, no en los nombres de ciudades, juzgados, órganos, ordinales o materias: quítela de «mxl <a>»"),
        ("## clases\n- <a> = x1\n## despedida\n- hasta ... <a>",
         "4: «...» solo se usa en las secciones con peso (queja, caso, persona, sugerencia): quítelo de «hasta ... <a>»"),
        ("## clases\n- <a> = x1, <b> y\n## persona\n- ver <a> (0.5)",
         "2: una clase no puede contener marcadores ni otra clase: quite «<…>» de «<b> y»"),
        ("## clases\n- <a> = x1, x*y\n## persona\n- ver <a> (0.5)",
         "2: «*» va solo (una palabra cualquiera), al final de una palabra (groser*) o al principio (*ran), no en «x*y»"),
    ])
    func errors(_ text: String, _ expected: String) {
        let result = parse(text)
        #expect(result.errors.map { "\($0.line): \($0.message)" } == [expected])
    }

    @Test("A class is found with punctuation around it and with the heading written «##clases»")
    func punctuationAndHeadings() {
        let result = parse("""
        ##clases
        - <alguien> = alguien, una persona
        ## persona
        - ¿hay <alguien>? (0.7)
        """)
        #expect(result.errors.isEmpty, "\(result.errors.map(\.description))")
        #expect(result.value.requested.evidence.map(words) == ["hay alguien", "hay una persona"])
        // In names (and rutas.md) a marker is only <numero> or <expediente>.
        #expect(throws: LexiconPatternError.self) { try LexiconPatternCompiler().compile("hola <alguien>") }
        #expect(parse("## ciudades\n- Mexicali = mxl <x>").errors.map(\.message) == ["marcador desconocido «<x>»: use <numero> o <expediente>"])
    }

    @Test("A line whose combinations would be too many is refused")
    func tooMany() {
        let many = (1...40).map { "palabra\($0)" }.joined(separator: ", ")
        let result = parse("## clases\n- <a> = \(many)\n## queja\n- <a> <a> (0.5)\n- <a> mal (0.5)")
        #expect(result.errors.map(\.line) == [4])
        #expect(result.errors.first?.message.contains("más de \(LexiconPatternCompiler.maximumExpansions) patrones") == true)
        #expect(result.value.complaint.evidence.count == 40)
    }

    @Test("Combinations already listed are left out quietly; a line adding nothing is reported")
    func repeats() {
        let result = parse("""
        ## clases
        - <alguien> = alguien, una persona
        - <alguien> = otra cosa
        ## persona
        - hablar con alguien (0.9)
        - hablar con <alguien> (0.8)
        - hablar con <alguien> (0.7)
        """)
        // Line 1 holds the warnings about the sections this small file lacks.
        #expect(result.warnings.filter { $0.line > 1 }.map { "\($0.line): \($0.message)" } == [
            "3: la clase «<alguien>» se repite (ya está en la línea 2): se ignora esta línea",
            "7: todas las combinaciones de «hablar con <alguien>» ya están en «persona»: se ignora",
        ])
        #expect(result.value.requested.evidence.map { "\(words($0)) \($0.weight)" } == [
            "hablar con alguien 0.9", "hablar con una persona 0.8",
        ])
    }
}
