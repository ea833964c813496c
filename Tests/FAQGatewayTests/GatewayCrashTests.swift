import AsyncHTTPClient
import FAQBot
import FAQGateway
import FAQStore
import Foundation
import NIOCore
import Synchronization
import Testing

/// The real `faq-gateway` process, killed with SIGKILL under a load of webhooks and sends, then
/// restarted on the same file while Meta (the test) delivers everything again.
@Suite("Gateway: killed process")
struct GatewayCrashTests {
    static var binary: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/faq-gateway")
    }

    /// A running `faq-gateway` child and the port it listens on.
    final class Child: Sendable {
        let process: Process
        let port: Int

        init(database: String, apiBaseURL: String) throws {
            let process = Process()
            process.executableURL = GatewayCrashTests.binary
            var channels: [String] = []
            for (name, id) in WebhookBody.phoneNumberIDs { channels.append("\(id)=\(name)") }
            process.environment = [
                "WHATSAPP_APP_SECRET": GatewayHarness.appSecret, "WHATSAPP_VERIFY_TOKEN": GatewayHarness.verifyToken,
                "WHATSAPP_ACCESS_TOKEN": GatewayHarness.accessToken, "WHATSAPP_CHANNELS": channels.joined(separator: ","),
                "WHATSAPP_API_BASE_URL": apiBaseURL, "FAQ_DB": database, "PORT": "0", "LOG_LEVEL": "info",
            ]
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            self.process = process
            // The port is in the "listening" log line.
            var buffer = ""
            var port = 0
            while port == 0 {
                let chunk = errors.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                buffer += String(decoding: chunk, as: UTF8.self)
                if let line = buffer.split(separator: "\n").first(where: { $0.contains("faq-gateway listening") }),
                   let range = line.range(of: #"port=(\d+)"#, options: .regularExpression) {
                    port = Int(line[range].dropFirst(5)) ?? 0
                }
            }
            self.port = port
            // Keep draining the log so the child never blocks on a full pipe.
            DispatchQueue.global().async { while !errors.fileHandleForReading.availableData.isEmpty {} }
        }

        func kill(_ signal: Int32) {
            Foundation.kill(process.processIdentifier, signal)
            process.waitUntilExit()
        }
    }

    /// What the posting clients share.
    final class Load: Sendable {
        let acknowledged = Mutex<Set<Int>>([])
        let next = Atomic<Int>(0)
    }

    /// POSTs a signed body; the HTTP status, or `nil` when the connection failed (the process died).
    static func post(_ body: Data, port: Int) async -> Int? {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/webhook")
        request.method = .POST
        request.headers.add(name: "X-Hub-Signature-256", value: WebhookSignature(secret: GatewayHarness.appSecret).header(for: body))
        request.body = .bytes(ByteBuffer(bytes: body))
        guard let response = try? await HTTPClient.shared.execute(request, timeout: .seconds(10)) else { return nil }
        _ = try? await response.body.collect(upTo: 1 << 16)
        return Int(response.status.code)
    }

    @Test("SIGKILL during webhooks and sends, restart: nothing acknowledged or written is lost; resends within the documented bound")
    func killedUnderLoad() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build faq-gateway first: \(Self.binary.path)")
        let harness = try GatewayHarness()
        let questions = ["donde veo el boletin judicial", "como saco una cita", "cual es el horario de atencion",
                         "como pido copias certificadas", "quiero hablar con una persona"]
        let channels = ["mexicali", "tijuana", "ensenada"]
        let count = 300
        let bodies = (0..<count).map { index in
            WebhookBody.payload(channel: channels[index % 3],
                                messages: [WebhookBody.text(id: "wamid.K\(index)", from: "52166490\(String(format: "%05d", index))",
                                                            questions[index % questions.count])])
        }
        try await harness.fake.run { baseURL in
            let first = try Child(database: harness.databasePath, apiBaseURL: baseURL)
            try #require(first.port > 0)
            let load = Load()
            // Four clients post until the gateway dies; it is killed once a third are acknowledged.
            await withTaskGroup(of: Void.self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        while true {
                            let index = load.next.add(1, ordering: .relaxed).oldValue
                            guard index < count else { return }
                            guard let status = await Self.post(bodies[index], port: first.port) else { return }
                            if status == 200 { load.acknowledged.withLock { _ = $0.insert(index) } }
                        }
                    }
                }
                group.addTask {
                    while load.acknowledged.withLock({ $0.count }) < count / 3 { try? await Task.sleep(for: .milliseconds(5)) }
                    first.kill(SIGKILL)
                }
            }
            let acked = load.acknowledged.withLock { $0 }
            #expect(acked.count >= count / 3)
            #expect(acked.count < count, "the kill came after every webhook: nothing was tested")
            #expect(try harness.database.integrityCheck() == ["ok"])
            for index in acked {
                #expect(try harness.database.handledResult(messageID: "wamid.K\(index)") != nil, "acknowledged K\(index) was lost")
            }
            let sentBeforeRestart = harness.fake.delivered.count

            // Restart; Meta delivers again what was not acknowledged (here: everything, acknowledged or not).
            let second = try Child(database: harness.databasePath, apiBaseURL: baseURL)
            for body in bodies { #expect(await Self.post(body, port: second.port) == 200) }
            let drained = try await eventually(60) {
                let pending = try harness.database.outbox(status: .pending, limit: 1)
                return pending.isEmpty
            }
            #expect(drained)
            // SIGTERM: finishes in flight and exits cleanly.
            second.kill(SIGTERM)
            #expect(second.process.terminationReason == .exit && second.process.terminationStatus == 0)

            let rows = try harness.database.outbox(limit: 10_000)
            #expect(rows.count == count, "one reply per message")
            #expect(Set(rows.map(\.recipient)).count == count)
            #expect(rows.allSatisfy { $0.status == .sent })
            let delivered = harness.fake.delivered
            let perRecipient = Dictionary(grouping: delivered, by: { $0.to ?? "" }).mapValues(\.count)
            #expect(perRecipient.count == count, "every reply reached the API")
            let resends = delivered.count - count
            // At most the rows in flight at the kill (the sender's concurrency), each once.
            #expect(resends >= 0 && resends <= SendingPolicy().concurrency,
                    "resends: \(resends) (sent before the kill: \(sentBeforeRestart))")
            print("crash test: \(acked.count)/\(count) acknowledged before SIGKILL, \(sentBeforeRestart) sent before it, \(resends) resent after the restart")
        }
    }
}
