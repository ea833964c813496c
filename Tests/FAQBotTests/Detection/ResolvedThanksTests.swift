import Testing
@testable import FAQBot

@Suite("Thanks that close a solved problem")
struct ResolvedThanksTests {
    @Test("a thanks reporting the problem solved is small talk, topic words and all", arguments: [
        "ya quedo, ya pude entrar al sistema, muchas gracias",
        "gracias, ya me llego la notificacion al correo",
        "listo, ya se registro mi usuario, mil gracias lic",
    ])
    func resolved(text: String) {
        #expect(DetectorFixture.detect(text).smallTalk == .thanks)
    }

    @Test("a thanks with a question, or with the problem still there, is not", arguments: [
        "gracias, ya salio mi acuerdo?",
        "ya intente de nuevo y no puedo entrar, gracias",
        "ya lo hice pero sigue el error, gracias",
        "gracias por la info del boletin",
    ])
    func notResolved(text: String) {
        #expect(DetectorFixture.detect(text).smallTalk == nil)
    }
}
