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
        ("un saludo desde Ensenada!", .greeting),
        ("un saludote desde Tecate", .greeting),
        ("thx!!", .thanks),
        ("ty, bye", .goodbye),
        ("hola por favor", .greeting),
        ("gracias, me fue de mucha ayuda", .thanks),
        ("es todo, nos vemos", .goodbye),
        ("seria todo por hoy", .goodbye),
        ("eso era todo, bonito dia", .goodbye),
        ("hasta mañana", .goodbye),
        ("ok, le escribo el lunes", .goodbye),
        ("gracias, hasta el lunes", .goodbye),
        ("feliz fin de semana, les vuelvo a escribir en horario de oficina", .goodbye),
        ("es todo por el momento, gracias", .goodbye),
        ("gracias, eso era todo lo que necesitaba", .goodbye),
        ("ya, muchas gracias por todo, bonito dia", .goodbye),
    ])
    func smallTalk(_ text: String, _ expected: DetectionResult.SmallTalk) {
        #expect(DetectorFixture.detect(text).smallTalk == expected)
    }

    @Test("An acknowledgement alone closes as a thanks: words of `## acuse` or acknowledging emoji", arguments: [
        "ok", "okey", "oki", "entendido", "de acuerdo", "va que va", "sale pues", "enterada", "ok ok", "ntp",
        "👍", "👍🏻👍🏻", "🙏!", "ok 👍", "esta bien, entendido",
    ])
    func acknowledgement(_ text: String) {
        #expect(DetectorFixture.detect(text).smallTalk == .thanks, "\(text)")
    }

    @Test("Not small talk when there is other content", arguments: [
        "hola, ¿cómo saco una cita?",
        "hola buenas tardes, tengo una duda",
        "gracias pero no me sirvió la información",
        "gracias por nada",
        "",
        "👏",
        "😡",
        "ok, y el horario de oficialia?",
        "va a haber audiencia mañana?",
        "listo el acuerdo?",
        "de acuerdo a que articulo se cobra la copia",
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

    @Test("Small talk with words that carry no topic: cities and function words", arguments: [
        ("buenos dias desde Tijuana", DetectionResult.SmallTalk.greeting),
        ("hola a todos en Ensenada", .greeting),
        ("gracias, muy amable de su parte", .thanks),
        ("mil gracias desde Mexicali", .thanks),
    ])
    func smallTalkWithTopiclessWords(_ text: String, _ expected: DetectionResult.SmallTalk) {
        let result = DetectorFixture.detect(text)
        #expect(result.smallTalk == expected, "\(text)")
        #expect(result.courtesy == nil, "\(text)")
    }

    @Test("A formula around words that ask for something is a courtesy that asks", arguments: [
        "hola, ¿dónde pago las copias?",
        "buenas tardes, necesito saber el horario",
        "buen dia, como me registro en el tribunal",
        "gracias, y una duda mas sobre los edictos",
    ])
    func courtesyThatAsks(_ text: String) {
        let result = DetectorFixture.detect(text)
        #expect(result.smallTalk == nil, "\(text)")
        #expect(result.courtesy?.asks == true, "\(text)")
        #expect(result.courtesy?.remainder.isEmpty == false, "\(text)")
    }

    @Test("A formula around words that ask for nothing is a courtesy that does not ask", arguments: [
        ("Buenas tardes, le saluda la secretaria del Lic. Ruiz", DetectionResult.SmallTalk.greeting),
        ("ya no ocupo nada mas, gracias", .thanks),
        ("gracias, le comento a mi jefe", .thanks),
    ])
    func courtesyThatDoesNotAsk(_ text: String, _ kind: DetectionResult.SmallTalk) {
        let result = DetectorFixture.detect(text)
        #expect(result.smallTalk == nil, "\(text)")
        #expect(result.courtesy?.kind == kind, "\(text)")
        #expect(result.courtesy?.asks == false, "\(text)")
    }

    @Test("The remainder keeps the words outside the formula, in order")
    func remainderWords() {
        let result = DetectorFixture.detect("hola buenas tardes, donde queda oficialia de partes")
        #expect(result.courtesy?.kind == .greeting)
        #expect(result.courtesy?.remainder == ["donde", "queda", "oficialia", "partes"])   // as the detectors read it: «de» dropped
    }
}

@Suite("Question cues")
struct QuestionCuesTests {
    @Test("interrogatives, request verbs and problem reports ask; their negation does not", arguments: [
        (["donde", "pago"], true),
        (["ocupo", "el", "formato"], true),
        (["ya", "no", "ocupo", "nada"], false),
        (["no", "me", "deja", "entrar"], true),
        (["sale", "un", "error"], true),
        (["le", "saluda", "la", "secretaria"], false),
        (["nos", "vemos", "el", "lunes"], false),
    ])
    func asks(_ words: [String], _ expected: Bool) {
        #expect(QuestionCues().asks(words, hasQuestionMark: false) == expected, "\(words)")
    }

    @Test("a question mark always asks")
    func questionMark() {
        #expect(QuestionCues().asks(["nos", "vemos"], hasQuestionMark: true))
    }
}
