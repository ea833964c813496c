import FAQBot
import FAQGateway
import FAQStore
import Foundation
import HummingbirdTesting
import NIOCore
import Testing

/// The whole path: WhatsApp → gateway → bot → queue → staff (`faq-admin`, another process) → outbox → WhatsApp.
@Suite("Gateway end to end")
struct EndToEndTests {
    static var faqAdmin: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/faq-admin")
    }

    /// Runs `faq-admin` with `arguments` and returns its standard output.
    static func faqAdmin(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = faqAdmin
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "faq-admin \(arguments.joined(separator: " ")): \(String(decoding: data, as: UTF8.self))")
        return String(decoding: data, as: UTF8.self)
    }

    @Test("complaint → ticket → silent → faq-admin reply → the staff text reaches the user from the right number → resolve → answered")
    func complaintToStaffReply() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.faqAdmin.path), "build faq-admin first: \(Self.faqAdmin.path)")
        let harness = try GatewayHarness()
        try await harness.run { session in
            let user = "5216861112222"
            func post(_ id: String, _ text: String) async throws -> BotResult {
                let body = WebhookBody.payload(channel: "mexicali", messages: [WebhookBody.text(id: id, from: user, text)])
                #expect(try await session.post(body).status == .ok)
                return try decodedResult(session, id)
            }
            let complaint = try await post("wamid.E1", "pesimo servicio, nadie contesta en la oficialia, es una verguenza")
            #expect(complaint.decision.action == .handoff)
            #expect(complaint.decision.reason == .complaint)
            let folio = try #require(complaint.ticket?.folio)
            #expect(try await eventually { session.fake.delivered.count == 1 })
            #expect(session.fake.delivered[0].text?.contains(folio) == true)

            let followUp = try await post("wamid.E2", "hola? sigue ahi alguien?")
            #expect(followUp.decision.action == .silent)
            try await Task.sleep(for: .milliseconds(300))
            #expect(session.fake.delivered.count == 1)

            let staffText = "Buenas tardes, licenciado. Ya turnamos su queja a la Oficialía de Partes; le llamarán hoy."
            let printed = try Self.faqAdmin(["reply", folio, "--by", "Ana", staffText, "--db", harness.databasePath])
            #expect(printed.contains("mexicali"))
            #expect(try await eventually(15) { session.fake.delivered.count == 2 })
            let staffMessage = session.fake.delivered[1]
            #expect(staffMessage.text == staffText)
            #expect(staffMessage.to == user)
            #expect(staffMessage.phoneNumberID == WebhookBody.phoneNumberIDs["mexicali"])
            // Staff see it sent (marked right after the API's answer).
            #expect(try await eventually { try session.database.outbox(status: .sent).count == 2 })
            let ticketView = try Self.faqAdmin(["ticket", folio, "--db", harness.databasePath])
            #expect(ticketView.contains("staff:Ana · enviado"), "\(ticketView)")

            _ = try Self.faqAdmin(["resolve", folio, "--by", "Ana", "--db", harness.databasePath])
            let next = try await post("wamid.E3", "donde veo el boletin judicial")
            #expect(next.decision.action == .answer)
            #expect(try await eventually { session.fake.delivered.count == 3 })
            #expect(session.fake.delivered[2].text == next.reply)
        }
    }

    @Test("the same webhook three times at once and again later: one decision, one outgoing message")
    func redelivery() async throws {
        let harness = try GatewayHarness()
        try await harness.run { session in
            let body = WebhookBody.payload(messages: [
                WebhookBody.text(id: "wamid.D1", from: "5216647000001", "quiero hablar con una persona"),
                WebhookBody.text(id: "wamid.D2", from: "5216647000002", "donde veo el boletin judicial"),
            ])
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<3 { group.addTask { try await session.postConcurrently(body) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses == [200, 200, 200])
            #expect(try await eventually { session.fake.delivered.count == 2 })
            #expect(try await session.postConcurrently(body) == 200)
            try await Task.sleep(for: .milliseconds(300))
            #expect(session.fake.delivered.count == 2)
            #expect(try session.database.outbox().count == 2)
            #expect(try session.database.queue().count == 1)
        }
    }
}
