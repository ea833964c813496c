import Testing
@testable import FAQBot

@Suite("Person-requested detector")
struct RequestedDetectorTests {
    @Test("Fires when the user asks for a person", arguments: [
        "quiero hablar con alguien",
        "¿me comunica con un asesor por favor?",
        "pásame con un humano",
        "no quiero un bot, quiero una persona real",
        "¿me pueden llamar al 686 123 4567?",
        "¿hay alguien ahí? necesito que me atiendan",
        "necesito hablar con una persona sobre mi expediente 123/2023",
        "¿me podrían llamar? es urgente",
        "quiero que me atienda alguien, no una máquina",
        "¿con quién puedo hablar?",
    ])
    func fires(_ text: String) {
        let signal = DetectorFixture.detect(text).requested
        #expect(signal.fired, "\(text) → \(signal.score) \(signal.evidence)")
    }

    @Test("Stays quiet otherwise", arguments: [
        "¿cómo me comunico con el juzgado tercero civil?",
        "¿cuál es el número del chat en Tijuana?",
        "necesito un asesor legal para mi divorcio",
        "¿el juez quiere hablar con mi cliente?",
        "¿cómo se llama el juez del segundo familiar?",
        "¿a qué número llamo para una cita?",
        "no quiero hablar con nadie, solo díganme el horario",
        "una persona me dijo que fuera a oficialía",
        "¿el bot sabe de copias certificadas?",
        "¿quién atiende en archivo judicial?",
    ])
    func quiet(_ text: String) {
        let signal = DetectorFixture.detect(text).requested
        #expect(!signal.fired, "\(text) → \(signal.score) \(signal.evidence)")
    }
}
