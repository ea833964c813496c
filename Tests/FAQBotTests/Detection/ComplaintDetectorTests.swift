import Testing
@testable import FAQBot

@Suite("Complaint detector")
struct ComplaintDetectorTests {
    @Test("Fires on protests, bad treatment, failing services, corruption, anger and sarcasm", arguments: [
        "llevo 4 meses y no acuerdan mi promoción",
        "¿por qué nadie contesta en el juzgado?",
        "¿quién es responsable de que la página nunca funcione?",
        "otra vez está caído el tribunal electrónico",
        "el sistema no sirve, nunca carga",
        "en la ventanilla me pidieron dinero para agilizar el trámite",
        "la secretaria de acuerdos fue muy grosera conmigo",
        "es una falta de respeto tenernos esperando toda la mañana",
        "quiero poner una queja contra un actuario, ¿cómo le hago?",
        "pésima atención en oficialía de partes",
        "muchas gracias por nada eh",
        "otra vez no contestan el teléfono del juzgado segundo familiar",
        "qué vergüenza que el juez no se presente a la audiencia",
        "ya van 3 semanas y nada, nadie me da razón",
        "excelente servicio, 5 horas esperando",
        "ESTOY HARTA DE QUE NADIE CONTESTE!!!",
        "siempre está caído el boletín",
        "me trataron mal en el juzgado de control",
        "xq nunca contestan en el jdo 3o civil??",
        "estoy inconforme con la resolución del trámite de copias",
        "el actuario es un prepotente",
        "me traen vuelta y vuelta con el certificado de depósito",
        "esto es una burla, llevo 2 meses esperando respuesta",
        "cómo es posible que el sistema se caiga cada semana",
    ])
    func fires(_ text: String) {
        let signal = DetectorFixture.detect(text).complaint
        #expect(signal.fired, "\(text) → \(signal.score) \(signal.evidence)")
    }

    @Test("Stays quiet on neutral questions, even with negative words", arguments: [
        "no puedo entrar al tribunal electrónico, ¿cómo recupero mi contraseña?",
        "¿qué hago si no me llegó la notificación?",
        "no es queja, solo quiero saber el horario de oficialía",
        "¿cómo presento una queja contra un actuario?",
        "¿dónde se presenta una queja administrativa?",
        "¿cómo consulto un expediente en línea?",
        "nunca he usado el tribunal electrónico, ¿cómo me registro?",
        "no me aparece el acuerdo en la lista, ¿dónde lo busco?",
        "el sistema me marca error al subir la promoción, ¿qué hago?",
        "no me trataron mal, solo quiero saber dónde queda el juzgado",
        "no funciona mi firma electrónica, ¿cómo la renuevo?",
        "¿hasta cuándo tengo para apelar?",
        "mi contraseña no sirve, ¿cómo la recupero?",
        "¿está caído el sistema? no puedo subir mi demanda, ¿qué hago?",
        "mi cliente está acusado de abuso, ¿cuándo es la audiencia?",
        "gracias por la información, muy amable",
        "¿qué días son inhábiles en diciembre?",
        "no hay corrupción en este trámite, ¿verdad?",
        "¿cuánto cuestan las copias certificadas?",
        "buenas tardes, ¿cómo saco una cita para revisar un expediente?",
    ])
    func quiet(_ text: String) {
        let signal = DetectorFixture.detect(text).complaint
        #expect(!signal.fired, "\(text) → \(signal.score) \(signal.evidence)")
    }

    @Test("Evidence names the patterns as written in the lexicon")
    func evidence() {
        let signal = DetectorFixture.detect("llevo 3 meses y no acuerdan").complaint
        #expect(signal.evidence == ["llevo * meses", "no acuerdan"])
        #expect(abs(signal.score - (1 - 0.6 * 0.6)) < 1e-9)
    }

    @Test("A denial cancels the complaint and says so")
    func denial() {
        let signal = DetectorFixture.detect("no es una queja, pero llevo 3 meses esperando").complaint
        #expect(signal.score == 0)
        #expect(signal.evidence.contains("negación: no es una queja"))
    }

    @Test("A how-to question softens weak evidence but not strong evidence")
    func attenuation() {
        let weak = DetectorFixture.detect("el sistema está caído, ¿qué hago?").complaint
        #expect(!weak.fired)
        #expect(weak.evidence.contains("atenuante: que hago"))
        let strong = DetectorFixture.detect("me trataron mal, ¿qué hago?").complaint
        #expect(strong.score >= 0.8)
    }

    @Test("A message in capitals adds to the evidence but never fires alone")
    func shouting() {
        #expect(!DetectorFixture.detect("BUENAS TARDES COMO CONSULTO EL BOLETIN").complaint.fired)
        let angry = DetectorFixture.detect("OTRA VEZ ESTA CAIDO EL SISTEMA")
        #expect(angry.complaint.evidence.contains("MAYÚSCULAS"))
    }
}
