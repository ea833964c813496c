import Foundation
import Testing
@testable import FAQBot
import FAQStore

/// Many writers and readers at once, and knowledge imports (good and broken)
/// while messages flow. `FAQBOT_SOAK_MESSAGES` makes the run longer.
@Suite("Reliability: concurrency soak and knowledge changes under load")
struct SoakTests {
    static var messages: Int {
        ProcessInfo.processInfo.environment["FAQBOT_SOAK_MESSAGES"].flatMap(Int.init) ?? 600
    }

    @Test("writers, readers and staff at once: no busy error, no lost message, no duplicate folio")
    func soak() async throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq, siblings: try ShippedKnowledge.files("detectores.md").merging(["fuera-de-alcance.md": SampleKnowledge.negatives]) { $1 })
        let bot = ChatBot(database: database)
        let texts = ["donde veo el boletin judicial", "como saco mi curp", "quiero hablar con una persona",
                     "pesimo servicio nadie contesta", "como pido copias certificadas", "gracias"]
        let total = Self.messages
        let senders = 48
        try await withThrowingTaskGroup(of: Void.self) { group in
            for sender in 0..<senders {
                group.addTask {
                    for turn in stride(from: sender, to: total, by: senders) {
                        let message = IncomingMessage(id: "soak-\(turn)", sender: "s\(sender)", text: texts[turn % texts.count])
                        _ = try await bot.handle(message)
                        if turn % 5 == 0 { _ = try await bot.handle(message) }   // redelivery
                    }
                }
            }
            // Readers: staff looking at the queue and the statistics.
            for _ in 0..<3 {
                group.addTask {
                    for _ in 0..<40 {
                        _ = try database.queue()
                        _ = try database.statistics()
                        try await Task.sleep(for: .milliseconds(2))
                    }
                }
            }
            // Staff resolving tickets, so conversations go back to the bot.
            group.addTask {
                for _ in 0..<40 {
                    for ticket in try database.queue().prefix(3) {
                        try? database.resolve(folio: ticket.folio, by: "soak")
                    }
                    try await Task.sleep(for: .milliseconds(3))
                }
            }
            try await group.waitForAll()
        }
        let stats = try database.statistics()
        #expect(stats.messages == total)
        let folios = try database.queue(statuses: Ticket.Status.allCases).map(\.folio)
        #expect(Set(folios).count == folios.count)
        #expect(try database.integrityCheck() == ["ok"])
    }

    @Test("imports of good and broken files while messages flow: no failed message, never half a knowledge base")
    func importsUnderLoad() async throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq)
        let bot = ChatBot(database: database)
        let good = [SampleKnowledge.faq, SampleKnowledge.faqWithPeritos]
        let broken = SampleKnowledge.faq + "\n## Sin id\n- área: Presidencia\n\nRespuesta.\n"
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for round in 0..<8 {
                    let text = round % 3 == 2 ? broken : good[round % 2]
                    var source = try KnowledgeSource.load(faqFile: knowledge.faqPath)
                    let parsed = FAQFileParser().parse(text, file: "faq.md")
                    source.entries = parsed.value
                    source.diagnostics = parsed.diagnostics
                    do {
                        try KnowledgeImporter(database: database).importKnowledge(source)
                        #expect(!parsed.hasErrors)
                    } catch is KnowledgeFileError {
                        #expect(parsed.hasErrors)
                    }
                }
            }
            for sender in 0..<16 {
                group.addTask {
                    for turn in 0..<15 {
                        let result = try await bot.handle(IncomingMessage(id: "load-\(sender)-\(turn)", sender: "load-\(sender)",
                                                                          text: "donde veo el boletin judicial"))
                        #expect(result.decision.action == .answer)
                    }
                }
            }
            group.addTask {
                for _ in 0..<30 {
                    let loaded = try #require(try database.loadKnowledge())
                    #expect(loaded.entries.count == loaded.version.entryCount)
                }
            }
            try await group.waitForAll()
        }
        #expect(try database.integrityCheck() == ["ok"])
    }
}
