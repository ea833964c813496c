import FAQBot
import FAQGateway
import FAQStore
import Foundation
import Testing

/// Statistics drawn as SVG, the printable report, the audit page and the knowledge pages.
@Suite("Console: statistics, history and knowledge")
struct ConsoleStatisticsTests {
    @Test("statistics count real traffic and draw it as inline SVG; the monthly report prints without navigation")
    func statistics() async throws {
        let harness = try ConsoleHarness()
        let bot = ChatBot(database: harness.database)
        for (index, text) in ["donde consulto el boletin judicial", "pésimo servicio, nadie contesta, es una vergüenza",
                              "cual es el horario de la oficialia de partes", "quiero hablar con una persona"].enumerated() {
            _ = try await bot.handle(IncomingMessage(id: "m\(index)", sender: "52186612300\(index)", text: text, channel: .mexicali))
        }
        let handedOff = try harness.database.queueRows().map(\.ticket.folio)
        #expect(!handedOff.isEmpty)
        try await harness.run { browser in
            try await browser.logIn("beto")
            let page = try await browser.get("/estadisticas?dias=7").text
            for id in ["grafica-dias", "grafica-semanas", "grafica-motivos", "grafica-areas", "grafica-ciudades", "grafica-entradas",
                       "grafica-respuesta", "grafica-resolucion", "grafica-quejas"] {
                #expect(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafica\" id=\"\(id)\""), "\(id)")
            }
            #expect(page.contains("queja"))
            #expect(!page.contains("http://cdn") && !page.contains("https://"))
            let month = StatisticsMonth.current
            let report = try await browser.get("/estadisticas/mensual?mes=\(month)").text
            #expect(report.contains("Informe mensual del CHAT PJBC"))
            #expect(report.contains("class=\"impresion\""))
            #expect(!report.contains("<nav"))
        }
    }

    @Test("the history shows every staff action with who and when")
    func history() async throws {
        let harness = try ConsoleHarness()
        let folio = try harness.openTicket("nadie contesta").folio
        try await harness.run { browser in
            try await browser.logIn("ana")
            try await browser.get("/casos/\(folio)")
            try await browser.post("/casos/\(folio)/tomar", [:])
            let page = try await browser.get("/historial").text
            #expect(page.contains("tomó el caso") && page.contains(folio) && page.contains("inició sesión"))
        }
    }

    @Test("a malformed faq.md is refused with line numbers and the old knowledge stays live; a valid one is published and audited")
    func publish() async throws {
        let harness = try ConsoleHarness()
        let before = try #require(try harness.database.currentVersion())
        let original = try String(contentsOfFile: harness.configuration.knowledgeFile, encoding: .utf8)
        try await harness.run { browser in
            try await browser.logIn("ana")
            let page = try await browser.get("/conocimiento").text
            #expect(page.contains("id=\"faq\""))
            // The first entry once more: its id is then repeated, an error with its line number.
            let firstEntry = try #require(original.range(of: "\n## ")).lowerBound
            let secondEntry = try #require(original.range(of: "\n## ", range: original.index(after: firstEntry)..<original.endIndex)).lowerBound
            let broken = original + String(original[firstEntry..<secondEntry])
            let checked = try await browser.post("/conocimiento/validar", ["faq": broken])
            #expect(checked.text.contains("id=\"diagnosticos\""))
            #expect(checked.text.contains("faq.md:"))
            let refused = try await browser.post("/conocimiento/publicar", ["faq": broken])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("No se publicó"))
            #expect(try harness.database.currentVersion()?.number == before.number)
            #expect(try String(contentsOfFile: harness.configuration.knowledgeFile, encoding: .utf8) == original)
            let edited = original + "\n"
            let published = try await browser.post("/conocimiento/publicar", ["faq": edited.replacingOccurrences(
                of: "\n", with: "\r\n")])
            #expect(published.status == .ok, "\(published.text.components(separatedBy: "id=\"error\"").dropFirst().first?.prefix(300) ?? "")")
            #expect(published.text.contains("Publicado"))
        }
        #expect(try harness.database.auditTrail().contains { $0.actor == "ana" && $0.action == "published" })
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: URL(fileURLWithPath: harness.configuration.knowledgeFile)
            .deletingLastPathComponent().path).filter { $0.hasPrefix(".faq-borrador") }
        #expect(leftovers.isEmpty)
    }
}

enum StatisticsMonth {
    static var current: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = ISODate.courtsTimeZone
        let parts = calendar.dateComponents([.year, .month], from: Date())
        return String(format: "%04d-%02d", parts.year ?? 0, parts.month ?? 0)
    }
}
