import Testing
@testable import FAQBot

@Suite("Case-question detector")
struct CaseDetectorTests {
    @Test("Fires on questions about one particular case file", arguments: [
        "buenas tardes, ¿ya salió el acuerdo de mi expediente 1234/2023?",
        "como va mi juicio de divorcio",
        "mi demanda de alimentos en que va",
        "sigue activo mi expediente o ya lo archivaron",
        "quien es el juez de mi caso",
        "¿cuál es el estado de mi expediente en el jdo 2o familiar de mxl?",
        "¿cuándo es mi audiencia? causa penal 45/2024",
        "¿por qué el juez no ha resuelto mi asunto si ya pasaron dos meses?",
        "¿ya está listo el certificado de depósito de mi cliente?",
        "expediente 1534 juzgado cuarto civil, ¿ya dictaron sentencia?",
        "¿ya regresó el exhorto del expediente 88/2022?",
        "¿ya hay fecha para la audiencia de mi cliente?",
        "quisiera saber cómo va mi divorcio, exp 778/2021",
        "¿ya están listas mis copias certificadas del expediente 234/2020?",
        "mi demanda ¿ya la admitieron? la presenté hace un mes",
        "¿en qué va mi juicio de alimentos?",
        "el toca 310 de la sala civil ¿ya se resolvió?",
        "que numero le dieron a mi demanda",
        "ya radicaron mi demanda?",
        "a que juzgado le toco mi asunto",
        "ya quedo asignado mi expediente?",
        "que numero de expediente le pusieron a mi demanda de divorcio?",
        "en que juzgado cayo mi demanda de alimentos?",
        "no se en que juzgado quedo mi demanda, me ayudan?",
        "que paso con la demanda que ingrese el 5 de marzo",
        "ya me asignaron numero de expediente?",
        "ya tiene juzgado la demanda que presente ayer?",
        "a que juzgado se fue mi demanda?",
    ])
    func fires(_ text: String) {
        let signal = DetectorFixture.detect(text).caseQuestion
        #expect(signal.fired, "\(text) → \(signal.score) \(signal.evidence)")
    }

    @Test("Stays quiet on general questions with no particular case", arguments: [
        "¿cómo consulto un expediente en línea?",
        "¿cómo consulto mi expediente en línea?",
        "¿cuáles son los requisitos para pedir copias certificadas?",
        "¿ya salió el boletín de hoy?",
        "¿cuánto cuestan las copias de mi expediente?",
        "¿cómo se tramita un exhorto a otro estado?",
        "¿dónde puedo ver las listas de acuerdos?",
        "¿qué es una causa penal?",
        "tengo audiencia virtual mañana, ¿cómo me conecto?",
        "no puedo subir mi demanda al tribunal electrónico",
        "¿cómo recupero un expediente del archivo judicial?",
        "¿cuál es el teléfono del juzgado segundo familiar de Tijuana?",
        "como se turnan las demandas a los juzgados?",
        "cuanto tarda en radicarse una demanda?",
        "como se asigna el numero de expediente?",
        "que juzgado le toca a una demanda de alimentos en ensenada?",
        "como se cual juzgado me toca?",
        "que paso con el sistema, esta caido?",
    ])
    func quiet(_ text: String) {
        let signal = DetectorFixture.detect(text).caseQuestion
        #expect(!signal.fired, "\(text) → \(signal.score) \(signal.evidence)")
    }

    @Test("Case number: the first 1234/2023 token, or a number after «expediente»", arguments: [
        ("ya salió el acuerdo del 1234/2023 y del 55/2024?", "1234/2023"),
        ("causa penal 45/24, ¿cuándo es la audiencia?", "45/24"),
        ("mi expediente es el 8812/2022", "8812/2022"),
        ("expediente 1534 del cuarto civil", "1534"),
        ("exp 778, ¿ya acordaron?", "778"),
        ("expdte número 90 del juzgado tercero familiar", "90"),
        ("causa penal 321 en el juzgado de control", "321"),
    ])
    func caseNumber(_ text: String, _ expected: String) {
        #expect(DetectorFixture.detect(text).caseNumber == expected)
    }

    @Test("No case number in dates, phones or amounts", arguments: [
        "mi audiencia es el 5 de marzo",
        "llámenme al 686 123 4567",
        "pagué 350 pesos de copias del expediente",
        "¿cómo consulto un expediente?",
    ])
    func noCaseNumber(_ text: String) {
        #expect(DetectorFixture.detect(text).caseNumber == nil)
    }
}
