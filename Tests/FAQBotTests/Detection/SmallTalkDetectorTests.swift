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
        ("ya quedo, ya pude entrar, gracias", .thanks),
        ("listo ya funciono, mil gracias", .thanks),
        ("ya me llego, gracias lic", .thanks),
        ("ok ya me aparecio, gracias", .thanks),
        ("excelente, ya quedo resuelto, gracias", .thanks),
        ("perfecto, ya lo pude ver, gracias", .thanks),
        ("ok ya entendi, gracias", .thanks),
        ("okey, mil gracias por su tiempo", .thanks),
        ("gracias, me fue de mucha ayuda", .thanks),
        ("es todo, nos vemos", .goodbye),
        ("seria todo por hoy", .goodbye),
        ("eso era todo, bonito dia", .goodbye),
        ("hasta mañana", .goodbye),
        ("es todo por el momento, gracias", .goodbye),
        ("gracias, eso era todo lo que necesitaba", .goodbye),
        ("ya, muchas gracias por todo, bonito dia", .goodbye),
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
        "gracias, y como saco una cita?",
        "ya pude entrar, pero no me deja subir el escrito",
        "gracias, otra pregunta: donde queda oficialia?",
        "ya me llego la notificacion, que sigue?",
        "es todo lo que necesito para la cita?",
        "hasta mañana abren?",
        "listo, ahora como pago las copias?",
        "ok gracias, y cuanto cuesta la copia?",
        "ya quedo",
    ])
    func notSmallTalk(_ text: String) {
        #expect(DetectorFixture.detect(text).smallTalk == nil)
    }
}
