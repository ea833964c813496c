import FAQGateway
import FAQStore
import Foundation
import HTTPTypes
import Testing

/// Accounts, sessions and CSRF: no page without a session, no form without its token.
@Suite("Console: login, sessions, CSRF, roles")
struct ConsoleAccessTests {
    @Test("every page without a session is 303 to /login for a browser and 401 for anything else")
    func noPageWithoutSession() async throws {
        let harness = try ConsoleHarness()
        let folio = try harness.openTicket("nadie contesta").folio
        try await harness.run { browser in
            for path in ["/", "/casos/\(folio)", "/estadisticas", "/estadisticas/mensual?mes=2026-12", "/historial", "/conocimiento"] {
                let page = try await browser.get(path)
                #expect(page.status == .seeOther, "\(path)")
                #expect(page.headers[.location] == "/login", "\(path)")
                #expect(try await browser.get(path, accept: "application/json").status == .unauthorized, "\(path)")
            }
            #expect(try await browser.get("/fila/filas", accept: "*/*").status == .unauthorized)
            let claim = try await browser.post("/casos/\(folio)/tomar", [:], csrf: "x")
            #expect(claim.status == .unauthorized)
            #expect(try await browser.get("/login").status == .ok)
            #expect(try await browser.get("/static/consola.css").status == .ok)
        }
        #expect(try harness.database.ticket(folio: folio)?.status == .open)
    }

    @Test("a login with the right password starts a new HttpOnly, SameSite session; a wrong one is refused and audited")
    func login() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { browser in
            let wrong = try await browser.logIn("ana", password: "no-es-la-clave")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("Usuario o contraseña incorrectos."))
            let unknown = try await browser.logIn("nadie", password: "no-es-la-clave")
            #expect(unknown.status == .unauthorized)
            #expect(unknown.text.contains("Usuario o contraseña incorrectos."))
            let good = try await browser.logIn("ana")
            #expect(good.status == .seeOther)
            #expect(good.headers[.location] == "/")
            let cookie = good.headers[values: .setCookie].first { $0.hasPrefix("consola_sesion=") } ?? ""
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            let queue = try await browser.get("/")
            #expect(queue.status == .ok)
            #expect(queue.text.contains("Fila de casos"))
            #expect(queue.text.contains("ana (administrador)"))
        }
        let actions = try harness.database.auditTrail().map { "\($0.actor):\($0.action)" }
        #expect(actions.contains("ana:login"))
        #expect(actions.contains("ana:login_failed"))
        #expect(actions.contains("nadie:login_failed"))
        #expect(try harness.database.staffAccount(username: "ana")?.lastLoginAt != nil)
    }

    @Test("a login form without its token is refused; so is one whose token is not the browser's")
    func loginCSRF() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { browser in
            let noToken = try await browser.post("/login", ["usuario": "ana", "contrasena": ConsoleHarness.password], csrf: "")
            #expect(noToken.status == .forbidden)
            try await browser.get("/login")
            let forged = try await browser.post("/login", ["usuario": "ana", "contrasena": ConsoleHarness.password], csrf: "forjado")
            #expect(forged.status == .forbidden)
            #expect(try await browser.get("/").status == .seeOther)
        }
    }

    @Test("a session id planted before the login is not the one that gets the rights (no fixation)")
    func sessionFixation() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { browser in
            await browser.setCookie("consola_sesion", "ID-PLANTADO-POR-UN-ATACANTE")
            #expect(try await browser.get("/").status == .seeOther)
            try await browser.logIn("ana")
            let session = await browser.cookies["consola_sesion"]
            #expect(session != nil)
            #expect(session != "ID-PLANTADO-POR-UN-ATACANTE")
            #expect(try await browser.get("/").status == .ok)
            // The planted id itself gives nothing.
            await browser.setCookie("consola_sesion", "ID-PLANTADO-POR-UN-ATACANTE")
            #expect(try await browser.get("/").status == .seeOther)
        }
    }

    @Test("a login flood locks the account: even the right password is refused, and no failure is lost from the audit")
    func loginFlood() async throws {
        let harness = try ConsoleHarness { $0.lockoutThreshold = 5 }
        try await harness.run { browser in
            for attempt in 1...5 {
                let response = try await browser.logIn("beto", password: "intento-\(attempt)-xxxx")
                #expect(response.status == .unauthorized)
            }
            let locked = try await browser.logIn("beto")
            #expect(locked.status == .tooManyRequests)
            #expect(locked.text.contains("bloqueada"))
            for attempt in 1...20 { try await browser.logIn("beto", password: "otra-\(attempt)-xxxxx") }
            #expect(try await browser.get("/").status == .seeOther)
            // Another account is not affected.
            #expect(try await browser.logIn("ana").status == .seeOther)
        }
        let audit = try harness.database.auditTrail(limit: 1000).filter { $0.actor == "beto" }
        #expect(audit.filter { $0.action == "login_failed" }.count == 5)
        #expect(audit.filter { $0.action == "login_locked" }.count >= 21)
        #expect(try harness.database.staffAccount(username: "beto")?.isLocked() == true)
        // An administrator's new password lifts the lock.
        try harness.database.setStaffPassword(username: "beto", passwordHash: try StaffPassword.hash(ConsoleHarness.password, cost: 4))
        try await harness.run { browser in let status = try await browser.logIn("beto").status; #expect(status == .seeOther) }
    }

    @Test("a form without the session's CSRF token changes nothing")
    func formsNeedTheToken() async throws {
        let harness = try ConsoleHarness()
        let folio = try harness.openTicket("pésimo servicio").folio
        try await harness.run { browser in
            try await browser.logIn("beto")
            try await browser.get("/casos/\(folio)")
            let missing = try await browser.post("/casos/\(folio)/responder", ["texto": "hola"], csrf: "")
            #expect(missing.status == .forbidden)
            let wrong = try await browser.post("/casos/\(folio)/tomar", [:], csrf: "token-de-otra-sesion")
            #expect(wrong.status == .forbidden)
            #expect(try await browser.post("/logout", [:], csrf: "").status == .forbidden)
        }
        let ticket = try #require(try harness.database.ticket(folio: folio))
        #expect(ticket.status == .open)
        #expect(ticket.messages.count == 1)
        #expect(try harness.database.outbox().isEmpty)
    }

    @Test("a staff account is refused on the admin pages; an admin gets them")
    func roles() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { browser in
            try await browser.logIn("beto")
            let page = try await browser.get("/conocimiento")
            #expect(page.status == .forbidden)
            #expect(!(try await browser.get("/").text.contains("href=\"/conocimiento\"")))
            #expect(try await browser.post("/conocimiento/publicar", ["faq": "# nada"]).status == .forbidden)
        }
        try await harness.run { browser in
            try await browser.logIn("ana")
            let page = try await browser.get("/conocimiento")
            #expect(page.status == .ok)
            #expect(page.text.contains("Versión vigente"))
        }
    }

    @Test("logout ends the session; a disabled account's session stops working at once")
    func logoutAndDisable() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { browser in
            try await browser.logIn("ana")
            try await browser.get("/")
            #expect(try await browser.post("/logout", [:]).headers[.location] == "/login")
            #expect(try await browser.get("/").status == .seeOther)
            try await browser.logIn("beto")
            #expect(try await browser.get("/").status == .ok)
            try harness.database.setStaffDisabled(username: "beto", true)
            #expect(try await browser.get("/").status == .seeOther)
            #expect(try await browser.logIn("beto").status == .unauthorized)
        }
        #expect(try harness.database.auditTrail().contains { $0.actor == "ana" && $0.action == "logout" })
    }
}
