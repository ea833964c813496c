import Testing
@testable import FAQBot

@Suite("Suggestion detector")
struct SuggestionDetectorTests {
    @Test("Fires on proposals to improve the service", arguments: [
        "sugiero que habiliten citas en línea para copias",
        "sería bueno que el boletín se publicara más temprano",
        "propongo que contesten los teléfonos en la tarde",
        "deberían poner más personal en oficialía de partes",
        "estaría bien que mandaran las notificaciones por WhatsApp",
        "me permito sugerir una mejora al tribunal electrónico",
        "una idea: que el chat atienda los sábados",
        "tengo una sugerencia para el sistema de citas",
        "ojalá pudieran aceptar pagos con tarjeta",
        "les propongo agregar un buscador en la página",
        "seria buena idea que pusieran mas cajeros",
        "estaria padre que el chat funcionara los fines de semana",
        "ojala pusieran mas personal en oficialia",
        "ojala y habiliten la firma desde el celular",
        "les recomiendo que actualicen la pagina",
        "podrian considerar abrir en la tarde",
        "no estaria mal que mandaran recordatorios de audiencias",
        "no seria mejor que las citas fueran por whatsapp?",
        "estaria chido que el boletin llegara por correo",
        "valdria la pena que publicaran los horarios actualizados",
        "que tal si habilitan el pago con tarjeta",
        "les sugeriria que contesten el telefono",
    ])
    func fires(_ text: String) {
        let signal = DetectorFixture.detect(text).suggestion
        #expect(signal.fired, "\(text) → \(signal.score) \(signal.evidence)")
    }

    @Test("Stays quiet otherwise", arguments: [
        "¿qué documentos deberían llevar mis testigos?",
        "no tengo ni una idea de cómo registrarme",
        "¿hace falta algún documento para la cita?",
        "¿qué propuesta de convenio debo presentar?",
        "¿cómo consulto el boletín?",
        "¿dónde presento mi demanda?",
        "la idea es saber si ya acordaron",
        "¿es mejor ir en la mañana?",
        "seria posible sacar cita para mañana?",
        "que me recomiendan hacer si perdi mi cita?",
        "ojala me puedan ayudar con una duda",
        "estaria bien si presento la promocion en la tarde?",
        "podrian considerar mi caso para una cita urgente?",
        "que tal si no llego a la audiencia, que pasa?",
    ])
    func quiet(_ text: String) {
        let signal = DetectorFixture.detect(text).suggestion
        #expect(!signal.fired, "\(text) → \(signal.score) \(signal.evidence)")
    }
}
