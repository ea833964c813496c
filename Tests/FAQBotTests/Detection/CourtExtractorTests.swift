import Testing
@testable import FAQBot

@Suite("Court extraction")
struct CourtExtractorTests {
    @Test("Organ, ordinal and subject matter in one canonical form", arguments: [
        ("xq nadie contesta en el jdo 3o civil de tj??", "juzgado tercero civil"),
        ("el juzgado segundo de lo familiar no me atiende", "juzgado segundo familiar"),
        ("en el 2do familiar ya acordaron?", "juzgado segundo familiar"),
        ("tercer juzgado civil de mexicali", "juzgado tercero civil"),
        ("juzgado 5o mercantil", "juzgado quinto mercantil"),
        ("la audiencia es en el juzgado de control", "juzgado de control"),
        ("ante el juez de control de tijuana", "juzgado de control"),
        ("demanda en el tribunal laboral", "tribunal laboral"),
        ("¿la primera sala civil ya resolvió?", "primera sala civil"),
        ("toca en la sala penal", "sala penal"),
        ("juzgado de primera instancia civil", "juzgado civil"),
        ("juzgado familiar segundo", "juzgado segundo familiar"),
        ("jdo 4o de lo hipotecario", "juzgado cuarto hipotecario"),
    ])
    func court(_ text: String, _ expected: String) {
        #expect(DetectorFixture.detect(text).court == expected)
    }

    @Test("No court when none is identified", arguments: [
        "el juzgado no contesta",
        "tengo 2 familiares detenidos",
        "es la segunda familia que atienden hoy",
        "no puedo entrar al tribunal electrónico",
        "la sala de audiencias está cerrada",
        "¿dónde queda oficialía de partes?",
    ])
    func noCourt(_ text: String) {
        #expect(DetectorFixture.detect(text).court == nil)
    }

    @Test("Without abbreviation expansion the lexicon still reads «jdo 3o»")
    func rawAbbreviations() {
        #expect(DetectorFixture.detectWithoutAbbreviations("jdo 3o civil").court == "juzgado tercero civil")
    }
}
