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
    ])
    func quiet(_ text: String) {
        let signal = DetectorFixture.detect(text).suggestion
        #expect(!signal.fired, "\(text) → \(signal.score) \(signal.evidence)")
    }
}
