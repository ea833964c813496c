import FAQBot
import FAQGateway
import FAQStore
import Foundation
import HummingbirdTesting
import NIOCore
import Testing

/// Every kind of change Meta sends gets a sensible decision, and the reply goes out from the
/// number the user wrote to.
@Suite("Webhook: messages and statuses")
struct WebhookMessageTests {
    @Test("a text question is answered: the reply reaches the Graph API from the number written to, with the token")
    func textAnswered() async throws {
        let harness = try GatewayHarness()
        try await harness.run { session in
            let body = WebhookBody.payload(channel: "ensenada",
                                           messages: [WebhookBody.text(id: "wamid.T1", from: "5216461230000", "donde veo el boletin judicial")])
            #expect(try await session.post(body).status == .ok)
            // Committed before the 200.
            let stored = try #require(try session.database.handledResult(messageID: "wamid.T1"))
            let result = try JSONDecoder().decode(BotResult.self, from: stored)
            #expect(result.decision.action == .answer)
            #expect(try await eventually { session.fake.delivered.count == 1 })
            let sent = try #require(session.fake.delivered.first)
            #expect(sent.phoneNumberID == WebhookBody.phoneNumberIDs["ensenada"])
            #expect(sent.authorization == "Bearer \(GatewayHarness.accessToken)")
            #expect(sent.to == "5216461230000")
            #expect(sent.type == "text")
            #expect(sent.text == result.reply)
            #expect(try await eventually { try session.database.outbox(status: .sent).count == 1 })
            let row = try #require(try session.database.outbox().first)
            #expect(row.providerID == "wamid.FAKE1")
            #expect(row.channel == "ensenada")
        }
    }

    @Test("WHATSAPP_MARK_READ: each new message is marked as read from its number; a redelivery is not marked again")
    func marksRead() async throws {
        let harness = try GatewayHarness()
        try await harness.run(adjust: { $0.marksMessagesRead = true }) { session in
            let body = WebhookBody.payload(channel: "mexicali",
                                           messages: [WebhookBody.text(id: "wamid.MR1", from: "5216861230000", "donde veo el boletin judicial")])
            #expect(try await session.post(body).status == .ok)
            #expect(try await session.post(body).status == .ok)
            #expect(try await eventually { session.fake.received.contains { $0.isReadReceipt } && session.fake.delivered.count == 1 })
            try await Task.sleep(for: .milliseconds(300))
            let receipts = session.fake.received.filter(\.isReadReceipt)
            #expect(receipts.count == 1)
            #expect(receipts.first?.json["message_id"] as? String == "wamid.MR1")
            #expect(receipts.first?.phoneNumberID == WebhookBody.phoneNumberIDs["mexicali"])
            #expect(session.fake.delivered.count == 1)
        }
    }

    @Test("an image with a caption and a voice note go to a person, noting what came; a reaction changes nothing")
    func attachments() async throws {
        let harness = try GatewayHarness()
        try await harness.run { session in
            let body = WebhookBody.payload(messages: [
                WebhookBody.image(id: "wamid.I1", from: "5216641000001", caption: "le mando el acuerdo que me notificaron"),
                WebhookBody.voice(id: "wamid.V1", from: "5216641000002"),
                WebhookBody.reaction(id: "wamid.R1", from: "5216641000003", to: "wamid.FAKE9"),
            ])
            #expect(try await session.post(body).status == .ok)
            let queue = try session.database.queue()
            #expect(queue.count == 2)
            let image = try #require(queue.first { $0.sender == "5216641000001" })
            let voice = try #require(queue.first { $0.sender == "5216641000002" })
            #expect(image.evidence.contains("adjunto: imagen"))
            #expect(voice.evidence.contains("adjunto: nota de voz"))
            let imageTicket = try #require(try session.database.ticket(folio: image.folio))
            #expect(imageTicket.messages.first?.text == "[imagen] le mando el acuerdo que me notificaron")
            #expect(try session.database.handledResult(messageID: "wamid.R1") == nil)
            // Each handoff tells the user, with the folio; the reaction gets nothing.
            #expect(try await eventually { session.fake.delivered.count == 2 })
            #expect(Set(session.fake.delivered.compactMap(\.to)) == ["5216641000001", "5216641000002"])
            #expect(session.fake.delivered.allSatisfy { $0.text?.contains("PJBC-") == true })
        }
    }

    @Test("several messages in one POST: all handled, replies in order per sender")
    func severalMessages() async throws {
        let harness = try GatewayHarness()
        try await harness.run { session in
            let questions = ["donde veo el boletin judicial", "como saco una cita", "cual es el horario de atencion"]
            var messages: [[String: Any]] = []
            for (index, question) in questions.enumerated() {
                messages.append(WebhookBody.text(id: "wamid.A\(index)", from: "5216642000001", question))
                messages.append(WebhookBody.text(id: "wamid.B\(index)", from: "5216642000002", question))
            }
            // Over a client with a 40 s bound: this first POST loads the engine and decides six messages, which
            // under the full parallel run of a debug build once outlasted the test client's fixed 20 s read time-out.
            #expect(try await session.postConcurrently(WebhookBody.payload(messages: messages)) == 200)
            for index in questions.indices {
                #expect(try session.database.handledResult(messageID: "wamid.A\(index)") != nil)
                #expect(try session.database.handledResult(messageID: "wamid.B\(index)") != nil)
            }
            #expect(try await eventually { session.fake.delivered.count == 6 })
            for sender in ["5216642000001", "5216642000002"] {
                let texts = session.fake.delivered.filter { $0.to == sender }.compactMap(\.text)
                let expected = try (0..<3).map { index -> String in
                    let id = sender.hasSuffix("1") ? "wamid.A\(index)" : "wamid.B\(index)"
                    let stored = try #require(try session.database.handledResult(messageID: id))
                    return try JSONDecoder().decode(BotResult.self, from: stored).reply
                }
                #expect(texts == expected)
            }
        }
    }

    @Test("a clarify goes as an interactive list; the row tapped (list_reply) is answered")
    func clarifyList() async throws {
        let harness = try GatewayHarness(policy: DecisionPolicy(answerThreshold: 0.999, clarifyThreshold: 0.0))
        try await harness.run { session in
            let user = "5216643000001"
            let ask = WebhookBody.payload(messages: [WebhookBody.text(id: "wamid.C1", from: user, "tribunal electronico contraseña registro")])
            #expect(try await session.post(ask).status == .ok)
            let clarify = try decodedResult(session, "wamid.C1")
            try #require(clarify.decision.action == .clarify)
            #expect(try await eventually { session.fake.delivered.count == 1 })
            let list = try #require(session.fake.delivered.first)
            #expect(list.type == "interactive")
            let interactive = try #require(list.json["interactive"] as? [String: Any])
            #expect(interactive["type"] as? String == "list")
            let action = try #require(interactive["action"] as? [String: Any])
            let button = try #require(action["button"] as? String)
            #expect(!button.isEmpty && button.count <= 20)
            let rows = try #require(((action["sections"] as? [[String: Any]])?.first?["rows"]) as? [[String: Any]])
            #expect(rows.count == clarify.decision.optionRows.count + 1)
            #expect(rows.allSatisfy { ($0["title"] as? String).map { $0.count <= 24 } ?? false })
            #expect(rows.last?["id"] as? String == "ninguna")

            let second = clarify.decision.optionRows[1]
            let tap = WebhookBody.payload(messages: [WebhookBody.listReply(id: "wamid.C2", from: user, rowID: second.id, title: second.title)])
            #expect(try await session.post(tap).status == .ok)
            let picked = try decodedResult(session, "wamid.C2")
            #expect(picked.decision.action == .answer)
            #expect(picked.decision.entry == second.id)
            #expect(try await eventually { session.fake.delivered.count == 2 })
            #expect(session.fake.delivered.last?.text == picked.reply)
        }
    }

    @Test("statuses (sent, delivered, read, failed with errors) are recorded on the row; a failure shows in the ticket")
    func statuses() async throws {
        let harness = try GatewayHarness()
        try await harness.run { session in
            let user = "5216644000001"
            let complaint = WebhookBody.payload(messages: [WebhookBody.text(id: "wamid.S1", from: user, "pesimo servicio nadie contesta, es una verguenza")])
            #expect(try await session.post(complaint).status == .ok)
            #expect(try await eventually { try session.database.outbox(status: .sent).count == 1 })
            let row = try #require(try session.database.outbox().first)
            let wamid = try #require(row.providerID)
            for status in ["sent", "delivered", "read"] {
                #expect(try await session.post(WebhookBody.payload(statuses: [WebhookBody.status(wamid, status, to: user)])).status == .ok)
            }
            // A late "delivered" does not move it back.
            #expect(try await session.post(WebhookBody.payload(statuses: [WebhookBody.status(wamid, "delivered", to: user)])).status == .ok)
            #expect(try session.database.outbox().first?.delivery == "read")
            #expect(try await session.post(WebhookBody.payload(statuses: [WebhookBody.status(wamid, "failed", to: user, errorCode: 131026)])).status == .ok)
            let failed = try #require(try session.database.outbox().first)
            #expect(failed.delivery == "failed")
            #expect(failed.deliveryError?.contains("131026") == true)
            let folio = try #require(try session.database.queue().first?.folio)
            let ticket = try #require(try session.database.ticket(folio: folio))
            #expect(ticket.events.contains { $0.action == "delivery_failed" && $0.detail?.contains("131026") == true })
            // A status of a message another program sent is accepted and ignored.
            #expect(try await session.post(WebhookBody.payload(statuses: [WebhookBody.status("wamid.UNKNOWN", "read", to: user)])).status == .ok)
        }
    }
}

/// The stored result of a message.
func decodedResult(_ session: GatewaySession, _ id: String) throws -> BotResult {
    let stored = try #require(try session.database.handledResult(messageID: id))
    return try JSONDecoder().decode(BotResult.self, from: stored)
}
