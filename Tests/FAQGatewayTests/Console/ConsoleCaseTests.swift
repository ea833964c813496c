import FAQBot
import FAQGateway
import FAQStore
import Foundation
import Testing

/// The queue and a case: what staff see and what their actions store.
@Suite("Console: queue and cases")
struct ConsoleCaseTests {
    @Test("the queue lists open cases most urgent first, filters them, and shows a lawyer's HTML as text")
    func queue() async throws {
        let harness = try ConsoleHarness()
        let complaint = try harness.openTicket("<script>alert('x')</script><b>pésimo</b> servicio")
        let question = try harness.openTicket("¿cómo va mi expediente 1234/2023?", sender: "5216641110002", reason: "case",
                                              area: "Oficialía de Partes", city: "tijuana", priority: 2)
        try await harness.run { browser in
            try await browser.logIn("beto")
            let page = try await browser.get("/").text
            #expect(page.contains(complaint.folio) && page.contains(question.folio))
            #expect(try #require(page.range(of: complaint.folio)).lowerBound < #require(page.range(of: question.folio)).lowerBound)
            #expect(!page.contains("<script>alert"))
            #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;pésimo&lt;/b&gt;"))
            let tijuana = try await browser.get("/?ciudad=tijuana").text
            #expect(tijuana.contains(question.folio) && !tijuana.contains(complaint.folio))
            let complaints = try await browser.get("/?motivo=complaint&prioridad=alta").text
            #expect(complaints.contains(complaint.folio) && !complaints.contains(question.folio))
            let rows = try await browser.get("/fila/filas?area=Presidencia")
            #expect(rows.status == .ok)
            #expect(rows.text.hasPrefix("<tbody>") && rows.text.contains(complaint.folio) && !rows.text.contains(question.folio))
        }
    }

    @Test("SQL and FTS5 syntax in filters and queries finds nothing and breaks nothing")
    func hostileFilters() async throws {
        let harness = try ConsoleHarness()
        let ticket = try harness.openTicket("nadie contesta")
        try await harness.run { browser in
            try await browser.logIn("beto")
            for query in ["area=%27%20OR%201%3D1%20--", "ciudad=%22foo*%20NEAR(%22", "motivo=complaint%27%3B%20DROP%20TABLE%20ticket%3B--",
                          "prioridad=%00", "estado=%27", "area=" + String(repeating: "x", count: 5000)] {
                let page = try await browser.get("/?" + query)
                #expect(page.status == .ok, "\(query)")
            }
            #expect(!(try await browser.get("/?area=%27%20OR%201%3D1%20--").text.contains(ticket.folio)))
            #expect(try await browser.get("/estadisticas?dias=%27%3B--").status == .ok)
            #expect(try await browser.get("/estadisticas/mensual?mes=..%2F..%2Fetc").status == .badRequest)
            #expect(try await browser.get("/casos/%27%20OR%201%3D1").status == .notFound)
        }
        #expect(try harness.database.integrityCheck() == ["ok"])
        #expect(try harness.database.ticket(folio: ticket.folio) != nil)
    }

    @Test("static files come only from the console's own two assets: no path reaches the disk")
    func pathTraversal() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { browser in
            #expect(try await browser.get("/static/consola.css").headers[.contentType]?.hasPrefix("text/css") == true)
            #expect(try await browser.get("/static/consola.js").status == .ok)
            for path in ["/static/../faq.sqlite", "/static/..%2F..%2FPackage.swift", "/static/%2e%2e/%2e%2e/etc/passwd",
                         "/static/Knowledge/faq.md", "/static/consola.css%00.js", "/../../etc/passwd"] {
                let response = try await browser.get(path)
                #expect(response.status == .notFound || response.status == .seeOther, "\(path)")
                #expect(!response.text.contains("root:"), "\(path)")
            }
        }
    }

    @Test("claim, reply, note, transfer, resolve and reopen are stored with who did them; the reply goes to the outbox")
    func actions() async throws {
        let harness = try ConsoleHarness()
        let folio = try harness.openTicket("nadie contesta en la oficialía").folio
        try await harness.run { browser in
            try await browser.logIn("beto")
            let page = try await browser.get("/casos/\(folio)").text
            #expect(page.contains("nadie contesta en la oficialía"))
            #expect(page.contains("boletin-judicial") && page.contains("0.31"))
            #expect(try await browser.post("/casos/\(folio)/tomar", [:]).headers[.location] == "/casos/\(folio)?hecho=tomado")
            let reply = try await browser.post("/casos/\(folio)/responder", ["texto": "Buen día, ya lo turnamos a la oficialía."])
            #expect(reply.status == .seeOther)
            let shown = try await browser.get("/casos/\(folio)?hecho=respondido").text
            #expect(shown.contains("Respuesta guardada"))
            #expect(shown.contains("Buen día, ya lo turnamos a la oficialía."))
            #expect(shown.contains("id=\"envios\""))
            #expect(try await browser.post("/casos/\(folio)/responder", ["texto": "   "]).status == .conflict)
            try await browser.post("/casos/\(folio)/nota", ["texto": "Llamé al juzgado."])
            try await browser.post("/casos/\(folio)/transferir", ["area": "Oficialía de Partes"])
            #expect(try await browser.post("/casos/\(folio)/transferir", ["area": "Oficialía de Partes"]).status == .conflict)
            try await browser.post("/casos/\(folio)/resolver", [:])
            #expect(try await browser.post("/casos/\(folio)/resolver", [:]).text.contains("está resuelto"))
            try await browser.post("/casos/\(folio)/reabrir", [:])
            let history = try await browser.get("/casos/\(folio)").text
            for label in ["tomó el caso", "respondió", "nota interna", "transfirió el caso", "resolvió el caso", "reabrió el caso"] {
                #expect(history.contains(label), "\(label)")
            }
            #expect(try await browser.post("/casos/PJBC-1999-000001/tomar", [:]).status == .notFound)
        }
        let ticket = try #require(try harness.database.ticket(folio: folio))
        #expect(ticket.status == .open)
        #expect(ticket.area == "Oficialía de Partes")
        #expect(ticket.assignee == "beto")
        let actions = ticket.events.filter { $0.actor == "beto" }.map(\.action)
        #expect(actions == ["claimed", "replied", "noted", "transferred", "resolved", "reopened"])
        let outgoing = try harness.database.outbox(folio: folio)
        #expect(outgoing.count == 1)
        #expect(outgoing.first?.recipient == "5216861230001")
        #expect(outgoing.first?.channel == "mexicali")
        #expect(outgoing.first?.origin == "staff:beto")
        #expect(outgoing.first?.content == .text("Buen día, ya lo turnamos a la oficialía."))
    }

    @Test("a reply after the 24-hour window shows the warning")
    func windowWarning() async throws {
        let harness = try ConsoleHarness()
        let folio = try harness.openTicket("nadie contesta").folio
        try await harness.run { browser in
            try await browser.logIn("beto")
            // The sender has no message in the log within 24 hours (the ticket was opened directly).
            #expect(try await browser.get("/casos/\(folio)").text.contains("id=\"ventana-cerrada\""))
        }
    }

    @Test("teach turns the lawyer's wording into a variant of the chosen entry and re-imports")
    func teach() async throws {
        let harness = try ConsoleHarness()
        let wording = "donde checo las listas de acuerdos del dia de hoy compa"
        let folio = try harness.openTicket(wording, reason: "unmatched", priority: 1).folio
        let entry = try #require(try harness.database.entries().first).id
        let before = try #require(try harness.database.currentVersion()).number
        try await harness.run { browser in
            try await browser.logIn("beto")
            let page = try await browser.get("/casos/\(folio)").text
            #expect(page.contains("<datalist id=\"entradas\">") && page.contains("value=\"\(entry)\""))
            let unknown = try await browser.post("/casos/\(folio)/ensenar", ["entrada": "no-existe-esta-entrada"])
            #expect(unknown.status == .conflict || unknown.status == .unprocessableContent)
            #expect(unknown.text.contains("id=\"error\""))
            let taught = try await browser.post("/casos/\(folio)/ensenar", ["entrada": entry])
            #expect(taught.headers[.location] == "/casos/\(folio)?hecho=ensenado")
        }
        let file = try String(contentsOfFile: harness.configuration.knowledgeFile, encoding: .utf8)
        #expect(file.contains(wording))
        #expect(try #require(try harness.database.currentVersion()).number > before)
        #expect(try harness.database.ticket(folio: folio)?.events.contains { $0.action == "taught" && $0.actor == "beto" } == true)
    }
}
