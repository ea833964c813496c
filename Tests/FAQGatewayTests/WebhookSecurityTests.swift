import FAQBot
import FAQGateway
import FAQStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// Nothing unsigned or malformed reaches the bot; the server stays fine.
@Suite("Webhook: handshake, signature and bad bodies")
struct WebhookSecurityTests {
    @Test("the subscription handshake echoes the challenge only for the configured token")
    func handshake() async throws {
        let harness = try GatewayHarness()
        try await harness.run { session in
            let good = try await session.get("/webhook?hub.mode=subscribe&hub.verify_token=\(GatewayHarness.verifyToken)&hub.challenge=1158201444")
            #expect(good.status == .ok)
            #expect(String(buffer: good.body) == "1158201444")
            let wrong = try await session.get("/webhook?hub.mode=subscribe&hub.verify_token=otro&hub.challenge=1")
            #expect(wrong.status == .forbidden)
            let noMode = try await session.get("/webhook?hub.verify_token=\(GatewayHarness.verifyToken)&hub.challenge=1")
            #expect(noMode.status == .forbidden)
        }
    }

    @Test("a missing, wrong or malformed signature is 401 and stores nothing")
    func signatures() async throws {
        let harness = try GatewayHarness()
        try await harness.run { session in
            let body = WebhookBody.payload(messages: [WebhookBody.text(id: "wamid.SIG1", from: "5216641110000", "hola")])
            let forged = WebhookSignature(secret: "another-secret").header(for: body)
            for signature in ["", forged, "sha256=zz", "sha1=" + String(forged.dropFirst(7)), String(forged.dropLast(2))] {
                let response = try await session.post(body, signature: signature)
                #expect(response.status == .unauthorized, "\(signature)")
            }
            // The right signature over a changed body is refused too.
            var tampered = body
            tampered[tampered.count - 3] ^= 1
            #expect(try await session.post(tampered, signature: WebhookSignature(secret: GatewayHarness.appSecret).header(for: body)).status
                == .unauthorized)
            #expect(try session.database.handledResult(messageID: "wamid.SIG1") == nil)
            #expect(try session.database.outbox().isEmpty)
            let metrics = String(buffer: try await session.get("/metrics").body)
            #expect(metrics.contains("gateway_signatures_rejected_total 6"))
            #expect(try await session.post(body).status == .ok)
            #expect(try session.database.handledResult(messageID: "wamid.SIG1") != nil)
        }
    }

    @Test("malformed JSON, invalid UTF-8, a wrong shape and a huge body are refused cleanly")
    func badBodies() async throws {
        let harness = try GatewayHarness()
        try await harness.run { session in
            let truncated = Data("{\"object\":\"whatsapp_business_account\",\"entry\":[".utf8)
            let invalidUTF8 = Data([0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D])
            let wrongShape = Data("{\"entry\":[{\"changes\":[{\"field\":\"messages\",\"value\":{\"messages\":[{\"id\":1}]}}]}]}".utf8)
            let huge = Data(repeating: UInt8(ascii: "a"), count: 200 * 1024)
            var bodies: [(Data, HTTPResponse.Status)] = []
            bodies.append((truncated, .badRequest))
            bodies.append((invalidUTF8, .badRequest))
            bodies.append((wrongShape, .badRequest))
            bodies.append((Data("[]".utf8), .badRequest))
            bodies.append((huge, .contentTooLarge))
            for (body, status) in bodies {
                let response = try await session.post(body)
                #expect(response.status == status)
            }
            #expect(try session.database.outbox().isEmpty)
            #expect(try session.database.integrityCheck() == ["ok"])
            #expect(try await session.get("/healthz").status == .ok)
            let fine = WebhookBody.payload(messages: [WebhookBody.text(id: "wamid.OK1", from: "5216641110001", "donde veo el boletin judicial")])
            #expect(try await session.post(fine).status == .ok)
            #expect(try session.database.handledResult(messageID: "wamid.OK1") != nil)
        }
    }

    @Test("/healthz reports the outbox and /metrics is Prometheus text with the gateway's metrics")
    func operations() async throws {
        let harness = try GatewayHarness()
        try await harness.run { session in
            let health = try await session.get("/healthz")
            #expect(health.status == .ok)
            #expect(String(buffer: health.body).contains("\"status\":\"ok\""))
            try await session.post(WebhookBody.payload(messages: [WebhookBody.text(id: "wamid.M1", from: "5216641110002", "hola")]))
            let metrics = try await session.get("/metrics")
            #expect(metrics.headers[.contentType]?.hasPrefix("text/plain") == true)
            let text = String(buffer: metrics.body)
            #expect(text.contains("gateway_webhooks_total{result=\"ok\"} 1"))
            #expect(text.contains("gateway_outbox_rows{status=\"pending\"}") || text.contains("gateway_outbox_rows{status=\"sent\"}"))
            #expect(text.contains("# TYPE gateway_outbox_oldest_pending_seconds gauge"))
        }
    }
}
