import Testing
@testable import FAQBot

@Suite("Person-requested detector")
struct RequestedDetectorTests {
    @Test("Fires when the user asks for a person", arguments: [
        "quiero hablar con alguien",
        "ya no quiero robot",
        "necesito asesoria de una persona no de una maquina",
        "mandame a un agente",
        "podrian canalizarme con el area correspondiente",
        "no quiero seguir con la maquina",
        "¿me comunica con un asesor por favor?",
        "pásame con un humano",
        "no quiero un bot, quiero una persona real",
        "¿me pueden llamar al 686 123 4567?",
        "¿hay alguien ahí? necesito que me atiendan",
        "necesito hablar con una persona sobre mi expediente 123/2023",
        "¿me podrían llamar? es urgente",
        "quiero que me atienda alguien, no una máquina",
        "¿con quién puedo hablar?",
        "solicito ser atendido por personal del poder judicial",
        "requiero atencion de un servidor publico",
        "solicito que me atienda un servidor publico",
        "me pueden marcar por favor?",
        "me pueden hablar por telefono?",
        "me podria marcar alguien al 664 123 4567",
        "me gustaria que alguien me llamara",
        "prefiero que me explique una persona",
        "prefiero hablar con una persona",
        "no quiero hablar con una maquina",
        "quiero que me atienda una persona, no el robot",
        "puedo hablar con alguien de carne y hueso?",
        "no me gusta hablar con robots, hay alguien?",
        "ya no quiero el bot, paseme a un asesor",
        // Word classes: every verb with every way of naming a person («## clases»).
        "me podria comunicar con una funcionaria?",
        "quisiera platicar con un servidor publico",
        "solicito ser atendida por una asesora",
        "necesito una persona que me oriente",
        "que me conteste un humano porfa",
        "me transfiere con un operador?",
        "buenas, con una persona real por favor",
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
        "el actuario me llamo por telefono, es normal?",
        "la persona que me atendio fue muy amable",
        "me pueden notificar por telefono?",
        "me pueden llamar a declarar como testigo?",
        "me atiende una persona o es un robot?",
        "la encargada que me atendio fue muy amable",
        "fui atendida por una señorita que me dio mal la informacion",
        "¿el juzgado tiene personal disponible los sabados?",
        "¿el encargado del archivo me puede dar copias?",
        "prefiero presentar en papel, se puede?",
        "una persona de ventanilla me dijo que ya estaba listo",
        "¿cómo agendo una cita para revisar un expediente o ser atendido?",
        "quiero un asesor legal para mi divorcio",
    ])
    func quiet(_ text: String) {
        let signal = DetectorFixture.detect(text).requested
        #expect(!signal.fired, "\(text) → \(signal.score) \(signal.evidence)")
    }

    @Test("Naming whom one wants, with courtesy only, asks for a person («## persona-sola»)", arguments: [
        ("Agente.", "solo: agente"),
        ("¿Operador?", "solo: operador"),
        ("una persona por favor", "solo: una persona"),
        ("buenas tardes, operadora", "solo: operadora"),
        ("ok gracias, persona real", "solo: persona real"),
        ("Human please", "solo: human"),
    ])
    func namedAlone(_ text: String, _ evidence: String) {
        let signal = DetectorFixture.detect(text).requested
        #expect(signal.fired, "\(text) → \(signal.score)")
        #expect(signal.evidence == [evidence])
    }

    @Test("A person named with topic words is left to the other detectors", arguments: [
        "agente del ministerio publico",
        "asesor legal para mi divorcio",
        "persona moral",
        "una persona me dijo que fuera a oficialia",
        "¿el asesor cobra?",
        "por favor",
        // Negations, verbs and question words around the name.
        "¿eres humano?",
        "no, agente no",
        "sin asesor",
        "soy asesor",
        "ya tengo asesor",
        "¿quién es mi asesor?",
        "¿dónde está el asesor?",
    ])
    func namedWithTopic(_ text: String) {
        let signal = DetectorFixture.detect(text).requested
        #expect(!signal.fired, "\(text) → \(signal.score) \(signal.evidence)")
    }
}
