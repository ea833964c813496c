import Testing
@testable import FAQBot

@Suite("City detector")
struct CityDetectorTests {
    @Test("Canonical name from full names, misspellings and abbreviations", arguments: [
        ("¿a qué hora abre oficialía en tj?", "Tijuana"),
        ("juzgados de tijuana", "Tijuana"),
        ("estoy en tjna", "Tijuana"),
        ("juzgado familiar de mxl", "Mexicali"),
        ("soy de Mexicali", "Mexicali"),
        ("en ens hay tribunal laboral?", "Ensenada"),
        ("¿hay juzgado en Ensenada?", "Ensenada"),
        ("vivo en tecate", "Tecate"),
        ("¿hay juzgado en rosarito?", "Playas de Rosarito"),
        ("Playas de Rosarito", "Playas de Rosarito"),
        ("juzgado de San Quintín", "San Quintín"),
        ("oficina en san quintin", "San Quintín"),
        ("¿atienden en San Felipe?", "San Felipe"),
    ])
    func city(_ text: String, _ expected: String) {
        #expect(DetectorFixture.detect(text).city == expected)
    }

    @Test("Both the expanded and the raw abbreviation are recognised")
    func rawAbbreviation() {
        #expect(DetectorFixture.detectWithoutAbbreviations("jdo en ens").city == "Ensenada")
        #expect(DetectorFixture.detectWithoutAbbreviations("oficialía de tj").city == "Tijuana")
    }

    @Test("The first city named wins")
    func firstCity() {
        #expect(DetectorFixture.detect("me mudé de Tijuana a Mexicali").city == "Tijuana")
    }

    @Test("No city", arguments: [
        "¿cómo consulto el boletín?",
        "san pedro",
        "nos vemos en la playa",
        "expediente 1234/2023",
    ])
    func noCity(_ text: String) {
        #expect(DetectorFixture.detect(text).city == nil)
    }
}
