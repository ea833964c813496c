import Testing
@testable import FAQBot

@Suite("Small-talk detector")
struct SmallTalkDetectorTests {
    @Test("Greeting, thanks or goodbye alone", arguments: [
        ("hola", DetectionResult.SmallTalk.greeting),
        ("Holaaa 👋", .greeting),
        ("buenas tardes licenciado", .greeting),
        ("hola buen día", .greeting),
        ("¿hola?", .greeting),
        ("hola, ¿cómo está?", .greeting),
        ("buenas noches", .greeting),
        ("muchas gracias", .thanks),
        ("gracias, ya quedó", .thanks),
        ("hola, gracias", .thanks),
        ("muchas gracias por su atención, saludos", .thanks),
        ("ok gracias, muy amable", .thanks),
        ("gracias, bye", .goodbye),
        ("ok gracias, que tenga buen día", .goodbye),
        ("adiós", .goodbye),
        ("hasta luego", .goodbye),
    ])
    func smallTalk(_ text: String, _ expected: DetectionResult.SmallTalk) {
        #expect(DetectorFixture.detect(text).smallTalk == expected)
    }

    @Test("Not small talk when there is other content", arguments: [
        "hola, ¿cómo saco una cita?",
        "hola buenas tardes, tengo una duda",
        "gracias pero no me sirvió la información",
        "gracias por nada",
        "ok",
        "👍",
        "",
        "hola, quiero hablar con alguien",
        "buenos días, expediente 1234/2023",
        "¿cómo está el expediente?",
    ])
    func notSmallTalk(_ text: String) {
        #expect(DetectorFixture.detect(text).smallTalk == nil)
    }
}
