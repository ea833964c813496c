import FAQBot
import FAQGateway
import FAQStore
import Foundation
import HummingbirdTesting
import NIOCore
import Testing

/// The sender against a Graph API that throttles, fails, times out and refuses.
@Suite("Outbox: retries, failures, the 24-hour window, order")
struct OutboxSenderTests {
    /// A user who wrote just now (so the window is open), and a row for them.
    static func userWrote(_ session: GatewaySession, _ user: String, id: String) async throws {
        #expect(try await session.post(WebhookBody.payload(messages: [WebhookBody.text(id: id, from: user, "hola buenas tardes")])).status == .ok)
    }

    @Test("429, 500 and a time-out are retried with backoff; the row is sent once accepted")
    func passingFailures() async throws {
        let harness = try GatewayHarness()
        harness.fake.failNext(.throttled, .serverError, .delay(1.5))
        try await harness.run(adjust: { $0.sending.requestTimeout = 0.5 }) { session in
            try await Self.userWrote(session, "5216645000001", id: "wamid.P1")
            #expect(try await eventually(10) { try session.database.outbox(status: .sent).count == 1 })
            let row = try #require(try session.database.outbox().first)
            #expect(row.attempts == 4)
            #expect(row.providerID == "wamid.FAKE1")
            #expect(session.fake.delivered.count == 1)
            #expect(session.fake.received.count == 4)
        }
    }

    @Test("a permanent error ends the row as failed, with the reason, in the ticket's history")
    func permanentFailure() async throws {
        let harness = try GatewayHarness()
        harness.fake.failNext(.invalidRecipient)
        try await harness.run { session in
            let body = WebhookBody.payload(messages: [WebhookBody.text(id: "wamid.F1", from: "5216645000002", "quiero hablar con una persona")])
            #expect(try await session.post(body).status == .ok)
            #expect(try await eventually { try session.database.outbox(status: .failed).count == 1 })
            let row = try #require(try session.database.outbox().first)
            #expect(row.lastError?.contains("131026") == true)
            let folio = try #require(try session.database.queue().first?.folio)
            let ticket = try #require(try session.database.ticket(folio: folio))
            #expect(ticket.events.contains { $0.action == "send_failed" })
            #expect(session.fake.delivered.isEmpty)
        }
    }

    @Test("a row that keeps failing for a passing reason fails after the configured attempts")
    func outOfRetries() async throws {
        let harness = try GatewayHarness()
        harness.fake.failNext(.serverError, .serverError, .serverError, .serverError, .serverError)
        try await harness.run { session in
            try await Self.userWrote(session, "5216645000003", id: "wamid.O1")
            #expect(try await eventually(10) { try session.database.outbox(status: .failed).count == 1 })
            let row = try #require(try session.database.outbox().first)
            #expect(row.attempts == 4)
            #expect(row.lastError?.contains("4 intentos") == true)
        }
    }

    @Test("131056 (too many to one user) waits and retries without using up the row's attempts")
    func pairRateLimit() async throws {
        let harness = try GatewayHarness()
        harness.fake.failNext(.pairRateLimit, .pairRateLimit, .pairRateLimit, .pairRateLimit, .pairRateLimit)
        try await harness.run { session in
            try await Self.userWrote(session, "5216645000004", id: "wamid.R1")
            #expect(try await eventually(15) { try session.database.outbox(status: .sent).count == 1 })
            #expect(session.fake.received.count == 6)
        }
    }

    @Test("outside the 24-hour window a reply is held and the template invites the user; their next message releases it")
    func serviceWindow() async throws {
        let harness = try GatewayHarness()
        try await harness.run(adjust: { $0.invitationTemplate = ("invitacion_escribir", "es_MX") }) { session in
            let user = "5216645000005"
            // The user wrote two days ago; a staff reply now may not go as free text.
            let old = Date().addingTimeInterval(-48 * 3600)
            let complaint = WebhookBody.text(id: "wamid.W1", from: user, "pesimo servicio nadie contesta, es una verguenza", at: old)
            #expect(try await session.post(WebhookBody.payload(messages: [complaint])).status == .ok)
            let folio = try #require(try session.database.queue().first?.folio)
            try session.database.reply(folio: folio, by: "Ana", text: "Lamentamos lo ocurrido; ya lo atiende el área.")
            #expect(try await eventually { session.fake.delivered.count == 1 })
            #expect(session.fake.delivered.first?.type == "template")
            #expect((session.fake.delivered.first?.json["template"] as? [String: Any])?["name"] as? String == "invitacion_escribir")
            // The bot's own reply is held; the staff's waits behind it (order per recipient); the template is sent.
            #expect(try await eventually {
                try session.database.outbox(status: .held).map(\.content.kind) == ["text"]
                    && session.database.outbox(status: .pending).map(\.origin) == ["staff:Ana"]
                    && session.database.outbox(status: .sent).map(\.content.kind) == ["template"]
            }, "\(((try? session.database.outbox()) ?? []).map { "\($0.id) \($0.status) \($0.content.kind)" })")
            let ticket = try #require(try session.database.ticket(folio: folio))
            #expect(ticket.events.contains { $0.action == "send_held" })
            // One invitation per closed window, however many rows wait.
            try session.database.reply(folio: folio, by: "Ana", text: "¿Sigue ahí?")
            try await Task.sleep(for: .milliseconds(400))
            #expect(session.fake.delivered.count == 1, "\(session.fake.delivered.map { "\($0.type ?? "") \($0.text ?? "")" }) \(((try? session.database.outbox()) ?? []).map { "\($0.id) \($0.status) \($0.content.kind) \($0.origin) \($0.lastError ?? "")" })")

            // The user writes again: everything held goes out, in order, then nothing else (the ticket is staff's).
            #expect(try await session.post(WebhookBody.payload(messages: [WebhookBody.text(id: "wamid.W2", from: user, "aqui estoy")])).status == .ok)
            #expect(try await eventually { session.fake.delivered.count == 4 })
            let texts = session.fake.delivered.dropFirst().compactMap(\.text)
            #expect(texts.count == 3)
            #expect(texts[1] == "Lamentamos lo ocurrido; ya lo atiende el área.")
            #expect(texts[2] == "¿Sigue ahí?")
        }
    }

    @Test("131047 from the API holds the row too (the API's clock is the judge)")
    func windowErrorFromAPI() async throws {
        let harness = try GatewayHarness()
        harness.fake.failNext(.outsideWindow)
        try await harness.run { session in
            try await Self.userWrote(session, "5216645000006", id: "wamid.X1")
            #expect(try await eventually { try session.database.outbox(status: .held).count == 1 })
            let row = try #require(try session.database.outbox().first)
            #expect(row.lastError?.contains("131047") == true)
            #expect(row.lastError?.contains("no hay plantilla") == true)
        }
    }

    @Test("rows of one recipient go in order even when one of them is retried")
    func orderPerRecipient() async throws {
        let harness = try GatewayHarness()
        harness.fake.failNext(.throttled, .serverError)
        try await harness.run { session in
            let user = "5216645000007"
            try await Self.userWrote(session, user, id: "wamid.Y1")
            for index in 1...5 {
                try session.database.enqueue(NewOutgoingMessage(channel: "tijuana", recipient: user, content: .text("mensaje \(index)"),
                                                                origin: "staff:Ana"))
            }
            #expect(try await eventually(10) { session.fake.delivered.count == 6 })
            #expect(Array(session.fake.delivered.dropFirst().compactMap(\.text)) == (1...5).map { "mensaje \($0)" })
        }
    }

    @Test("a number's pace holds the replies back and a timer sends them when it allows, without waiting for the poll")
    func numberPace() async throws {
        let harness = try GatewayHarness()
        try await harness.run(adjust: {
            $0.sending.perNumberRate = 4
            $0.sending.pollInterval = 60
        }) { session in
            let users = (1...12).map { String(format: "52166450011%02d", $0) }
            let messages = users.enumerated().map { WebhookBody.text(id: "wamid.N\($0.offset)", from: $0.element, "hola buenas tardes") }
            let posted = Date()
            #expect(try await session.post(WebhookBody.payload(messages: messages)).status == .ok)
            #expect(try await eventually(10) { session.fake.delivered.count == 12 })
            // 4 at once, then 4 a second: the 12th reply cannot leave before 2 s after the first one left, and the
            // first one left after the webhook was posted. Measured from the post, a slow first request (a loaded
            // machine) can only lengthen this, where the span between arrivals could shrink.
            let last = try #require(session.fake.delivered.map(\.at).max())
            #expect(last.timeIntervalSince(posted) > 1.9)
            #expect(Set(session.fake.delivered.compactMap(\.to)) == Set(users))
        }
    }

    @Test("a list outside the API's limits goes as plain text; one within them as a list")
    func listLimits() async throws {
        let harness = try GatewayHarness()
        try await harness.run { session in
            let user = "5216645000008"
            try await Self.userWrote(session, user, id: "wamid.L1")
            let fits = OutgoingList(body: "¿Cuál de estos temas?", button: "Ver temas",
                                    rows: [.init(id: "a", title: "Boletín Judicial"), .init(id: "ninguna", title: "Ninguna de estas")])
            #expect(fits.fitsLimits)
            let tooLong = OutgoingList(body: "x", button: "Ver temas", rows: [.init(id: "a", title: String(repeating: "t", count: 25))])
            #expect(!tooLong.fitsLimits)
            try session.database.enqueue(NewOutgoingMessage(channel: "tijuana", recipient: user, content: .list(fits), origin: "bot"))
            #expect(try await eventually { session.fake.delivered.count == 2 })
            #expect(session.fake.delivered.last?.type == "interactive")
        }
    }
}
