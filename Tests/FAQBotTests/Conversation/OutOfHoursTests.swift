import Foundation
import Testing
@testable import FAQBot
import FAQStore

@Suite("Handoffs outside office hours say when a person will answer")
struct OutOfHoursTests {
    static let hours = """
        ## Zona horaria
        - America/Tijuana (hora de Baja California)
        ## Horario
        - lunes a viernes: 8:00 a 15:00
        ## Días inhábiles
        - 2026-12-25 Navidad
        """

    private func bot(horario: String?) throws -> (TemporaryKnowledge, FAQDatabase, ChatBot) {
        let knowledge = try TemporaryKnowledge()
        var siblings = try ShippedKnowledge.files("detectores.md", "abreviaturas.md", "rutas.md", "textos.md")
        siblings["fuera-de-alcance.md"] = SampleKnowledge.negatives
        if let horario { siblings["horario.md"] = horario }
        let database = try knowledge.importing(faq: SampleKnowledge.faq, siblings: siblings)
        return (knowledge, database, ChatBot(database: database))
    }

    private func message(_ text: String, at utc: String, from sender: String) -> IncomingMessage {
        IncomingMessage(id: UUID().uuidString, sender: sender, text: text, receivedAt: OfficeHoursTests.utc(utc), channel: .tijuana)
    }

    @Test("Saturday: the handoff adds the hours and Monday 8:00, before the folio; Monday 10:00 and answers add nothing")
    func afterHours() async throws {
        let (_, _, bot) = try bot(horario: Self.hours)
        let saturday = try await bot.handle(message("quiero hablar con una persona", at: "2026-12-05T18:00:00", from: "5216641000001"))
        #expect(saturday.decision.action == .handoff)
        let reply = saturday.decision.reply
        let notice = "En este momento estamos fuera del horario de atención (lunes a viernes de 8:00 a 15:00, hora de Baja California). "
            + "Una persona le responderá el lunes 7 de diciembre a partir de las 8:00."
        #expect(reply.contains(notice))
        let folio = try #require(saturday.ticket?.folio)
        #expect(try #require(reply.range(of: notice)).upperBound < (try #require(reply.range(of: folio))).lowerBound)

        let monday = try await bot.handle(message("quiero hablar con una persona", at: "2026-12-07T18:00:00", from: "5216641000002"))
        #expect(monday.decision.action == .handoff)
        #expect(!monday.decision.reply.contains("fuera del horario"))

        let answer = try await bot.handle(message("donde veo el boletin judicial", at: "2026-12-05T18:00:00", from: "5216641000003"))
        #expect(answer.decision.action == .answer)
        #expect(!answer.decision.reply.contains("fuera del horario"))

        // Christmas Eve after hours: Christmas is skipped, then the weekend.
        let eve = try await bot.handle(message("pesimo servicio nadie contesta en el juzgado", at: "2026-12-25T01:00:00", from: "5216641000004"))
        #expect(eve.decision.action == .handoff)
        #expect(eve.decision.reply.contains("el lunes 28 de diciembre a partir de las 8:00"))
    }

    @Test("without hours (the shipped horario.md) a handoff says nothing of hours")
    func unconfigured() async throws {
        let shipped = try String(contentsOf: ShippedKnowledge.folder.appendingPathComponent("horario.md"), encoding: .utf8)
        let (_, _, bot) = try bot(horario: shipped)
        let result = try await bot.handle(message("quiero hablar con una persona", at: "2026-12-05T18:00:00", from: "5216641000005"))
        #expect(result.decision.action == .handoff)
        #expect(!result.decision.reply.contains("horario"))
    }

    @Test("a malformed horario.md is refused with its line and the previous hours stay live")
    func malformedKeepsPrevious() async throws {
        let (knowledge, database, bot) = try bot(horario: Self.hours)
        let before = try #require(try database.currentVersion())
        try knowledge.write("horario.md", "## Horario\n- lunes a viernes: 8:00 a 15:00\n- sabado: 9 a 7\n")
        #expect {
            try KnowledgeImporter(database: database).importFile(knowledge.faqPath)
        } throws: { error in
            (error as? KnowledgeFileError)?.description.contains("horario.md:3: error: el horario «9 a 7» termina antes de empezar") == true
        }
        #expect(try database.currentVersion() == before)
        let result = try await bot.handle(message("quiero hablar con una persona", at: "2026-12-05T18:00:00", from: "5216641000006"))
        #expect(result.decision.reply.contains("el lunes 7 de diciembre a partir de las 8:00"))
    }
}
