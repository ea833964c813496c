import Foundation
import Logging
import Synchronization
import Testing
@testable import FAQBot
import FAQStore

@Suite("Conversations through the gateway API")
struct ChatBotTests {
    let knowledge: TemporaryKnowledge
    let database: FAQDatabase
    let bot: ChatBot

    init() throws {
        knowledge = try TemporaryKnowledge()
        database = try knowledge.importing(faq: SampleKnowledge.faq, siblings: try ShippedKnowledge
            .files("detectores.md", "abreviaturas.md", "rutas.md", "textos.md")
            .merging(["fuera-de-alcance.md": SampleKnowledge.negatives]) { $1 })
        bot = ChatBot(database: database)
    }

    func send(_ text: String, from sender: String = "5216861111111", id: String = UUID().uuidString,
              channel: Channel? = .mexicali) async throws -> BotResult {
        try await bot.handle(IncomingMessage(id: id, sender: sender, text: text, channel: channel))
    }

    @Test("a clear question is answered, with the channel's city")
    func answers() async throws {
        let result = try await send("donde veo el boletin judicial de hoy?")
        #expect(result.decision.action == .answer)
        #expect(result.decision.entry == "boletin-judicial")
        #expect(result.decision.city == "Mexicali")
        #expect(result.ticket == nil)
        #expect(!result.duplicate)
    }

    @Test("a redelivered message returns the first result and changes nothing")
    func redelivery() async throws {
        let first = try await send("como saco mi curp en linea", id: "wamid.1")
        let again = try await send("como saco mi curp en linea", id: "wamid.1")
        #expect(again.duplicate)
        #expect(again.decision == first.decision)
        #expect(again.ticket?.folio == first.ticket?.folio)
        #expect(try database.queue().count == 1)
        #expect(try database.statistics().messages == 1)
    }

    @Test("simultaneous deliveries of one message are handled once")
    func simultaneousRedelivery() async throws {
        let results = try await withThrowingTaskGroup(of: BotResult.self) { group in
            for _ in 0..<8 { group.addTask { try await self.send("pesimo servicio, nadie contesta", id: "wamid.same") } }
            return try await group.reduce(into: [BotResult]()) { $0.append($1) }
        }
        #expect(results.filter { !$0.duplicate }.count == 1)
        #expect(Set(results.compactMap { $0.ticket?.folio }).count == 1)
        #expect(try database.queue().count == 1)
    }

    @Test("a handoff opens a ticket; while it is open the bot is silent and the messages go to the ticket")
    func ownedConversation() async throws {
        let handoff = try await send("quiero hablar con una persona", from: "owner")
        #expect(handoff.decision.action == .handoff)
        #expect(handoff.decision.reason == .requested)
        let folio = try #require(handoff.ticket?.folio)
        #expect(handoff.reply.contains(folio))
        let silent = try await send("donde veo el boletin judicial?", from: "owner")
        #expect(silent.decision.action == .silent)
        #expect(silent.decision.reason == .owned)
        #expect(silent.reply.isEmpty)
        #expect(silent.ticket?.folio == folio)
        #expect(try database.ticket(folio: folio)?.messages.count == 2)
        // Another sender is not affected.
        #expect(try await send("donde veo el boletin judicial?", from: "other").decision.action == .answer)
        try database.claim(folio: folio, by: "Ana")
        #expect(try await send("hola?", from: "owner").decision.action == .silent)
        try database.resolve(folio: folio, by: "Ana")
        #expect(try await send("donde veo el boletin judicial?", from: "owner").decision.action == .answer)
    }

    @Test("after a clarify, a number, an ordinal or a title picks the entry; 'ninguna' hands off")
    func clarifyFollowUps() async throws {
        let strict = ChatBot(database: database, configuration: .init(policy: DecisionPolicy(answerThreshold: 0.999,
                                                                                            clarifyThreshold: 0.0)))
        func ask(_ sender: String) async throws -> BotResult {
            try await strict.handle(IncomingMessage(id: UUID().uuidString, sender: sender,
                                                    text: "tribunal electronico contraseña registro"))
        }
        for (sender, reply) in [("a", "2"), ("b", "la segunda"), ("c", "opcion 2")] {
            let clarify = try await ask(sender)
            try #require(clarify.decision.action == .clarify)
            #expect(clarify.decision.optionRows.count >= 2)
            let picked = try await strict.handle(IncomingMessage(id: UUID().uuidString, sender: sender, text: reply))
            #expect(picked.decision.action == .answer, "\(reply)")
            #expect(picked.decision.entry == clarify.decision.options[1], "\(reply)")
        }
        let clarify = try await ask("d")
        let byTitle = try await strict.handle(IncomingMessage(id: UUID().uuidString, sender: "d",
                                                              text: clarify.decision.optionRows[0].title))
        #expect(byTitle.decision.entry == clarify.decision.options[0])
        _ = try await ask("e")
        let none = try await strict.handle(IncomingMessage(id: UUID().uuidString, sender: "e", text: "ninguna"))
        #expect(none.decision.action == .handoff)
        #expect(none.decision.reason == .unmatched)
        let noneFolio = try #require(none.ticket?.folio)
        let ticket = try #require(try database.ticket(folio: noneFolio))
        #expect(ticket.messages.first?.text?.contains("tribunal electronico contraseña registro") == true)
    }

    @Test("a case question without its data gets one request for it, then a handoff with what there is")
    func caseQuestion() async throws {
        let first = try await send("ya salio el acuerdo de mi expediente?", from: "lawyer")
        #expect(first.decision.action == .clarify)
        #expect(first.decision.reason == .case)
        #expect(first.ticket == nil)
        let second = try await send("es el 1234/2024 del juzgado segundo civil", from: "lawyer")
        #expect(second.decision.action == .handoff)
        #expect(second.decision.reason == .case)
        let secondFolio = try #require(second.ticket?.folio)
        let ticket = try #require(try database.ticket(folio: secondFolio))
        #expect(ticket.caseNumber == "1234/2024")
        #expect(ticket.court?.lowercased().contains("segundo civil") == true)
        #expect(ticket.messages.first?.text?.contains("ya salio el acuerdo") == true)
    }

    @Test("a case question with number and court is handed off at once")
    func completeCaseQuestion() async throws {
        let result = try await send("ya salio acuerdo en el expediente 1234/2024 del juzgado segundo civil de mexicali?")
        #expect(result.decision.action == .handoff)
        #expect(result.decision.reason == .case)
        #expect(result.decision.caseNumber == "1234/2024")
        #expect(result.ticket?.opened == true)
    }

    @Test("64 conversations in parallel, with redeliveries, give the same results as one by one")
    func parallelConversations() async throws {
        let texts = ["donde veo el boletin judicial", "como me doy de alta en el tribunal electronico",
                     "olvide mi contraseña del tribunal electronico", "como pido copias certificadas",
                     "como saco mi curp", "quiero hablar con una persona", "gracias", "hola"]
        let messages = (0..<64).flatMap { conversation in
            (0..<3).map { turn in
                IncomingMessage(id: "c\(conversation)-t\(turn)", sender: "sender-\(conversation)",
                                text: texts[(conversation + turn) % texts.count], channel: .tijuana)
            }
        }
        // One by one, in a separate database.
        let sequentialKnowledge = try TemporaryKnowledge()
        try FileManager.default.copyItem(atPath: knowledge.folder.appendingPathComponent("faq.md").path,
                                         toPath: sequentialKnowledge.faqPath)
        for name in ["fuera-de-alcance.md", "detectores.md", "abreviaturas.md", "rutas.md", "textos.md"] {
            try FileManager.default.copyItem(atPath: knowledge.folder.appendingPathComponent(name).path,
                                             toPath: sequentialKnowledge.folder.appendingPathComponent(name).path)
        }
        let sequentialDatabase = try sequentialKnowledge.openDatabase()
        try KnowledgeImporter(database: sequentialDatabase).importFile(sequentialKnowledge.faqPath)
        let sequentialBot = ChatBot(database: sequentialDatabase)
        var expected: [String: Decision] = [:]
        for message in messages { expected[message.id] = try await sequentialBot.handle(message).decision }

        // In parallel: each conversation in its own task, every message delivered twice.
        let results = try await withThrowingTaskGroup(of: [BotResult].self) { group in
            for conversation in 0..<64 {
                let own = messages.filter { $0.sender == "sender-\(conversation)" }
                group.addTask {
                    var results: [BotResult] = []
                    for message in own {
                        async let first = self.bot.handle(message)
                        async let second = self.bot.handle(message)
                        results += [try await first, try await second]
                    }
                    return results
                }
            }
            return try await group.reduce(into: [BotResult]()) { $0 += $1 }
        }
        #expect(results.count == messages.count * 2)
        #expect(results.filter { !$0.duplicate }.count == messages.count)
        for result in results {
            var decision = result.decision
            var reference = try #require(expected[result.messageID])
            // Folios differ between the two databases; everything else must match.
            decision.reply = decision.reply.replacingOccurrences(of: #"PJBC-\d{4}-\d{6}"#, with: "FOLIO", options: .regularExpression)
            reference.reply = reference.reply.replacingOccurrences(of: #"PJBC-\d{4}-\d{6}"#, with: "FOLIO", options: .regularExpression)
            #expect(decision == reference, "\(result.messageID)")
        }
        #expect(try database.statistics().messages == messages.count)
    }

    @Test("a new import is picked up at the next message, also under load")
    func reloadUnderLoad() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try self.knowledge.write("faq.md", SampleKnowledge.faqWithPeritos)
                try KnowledgeImporter(database: self.database).importFile(self.knowledge.faqPath)
            }
            for index in 0..<40 {
                group.addTask {
                    let result = try await self.send("donde veo el boletin judicial", from: "load-\(index)")
                    #expect(result.decision.action == .answer)
                }
            }
            try await group.waitForAll()
        }
        let after = try await send("quiero ser perito, como me inscribo en la lista de peritos", from: "after")
        #expect(after.decision.top == "peritos")
    }

    @Test("after an import, many concurrent messages load the new knowledge once, and all answer with it")
    func oneLoadForConcurrentMessages() async throws {
        let loads = LoadCounter()
        let counted = ChatBot(database: database, configuration: FAQEngine.Configuration(
            logger: Logger(label: "test.reload") { _ in loads }))
        _ = try await counted.handle(IncomingMessage(id: UUID().uuidString, sender: "first", text: "hola", channel: .mexicali))
        #expect(loads.count == 1)
        try knowledge.write("faq.md", SampleKnowledge.faqWithPeritos)
        try KnowledgeImporter(database: database).importFile(knowledge.faqPath)
        let tops = try await withThrowingTaskGroup(of: String?.self) { group in
            for index in 0..<32 {
                group.addTask {
                    try await counted.handle(IncomingMessage(id: UUID().uuidString, sender: "after-\(index)",
                                                             text: "quiero ser perito, como me inscribo en la lista de peritos",
                                                             channel: .tijuana)).decision.top
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(tops.count == 32)
        #expect(tops.allSatisfy { $0 == "peritos" })
        #expect(loads.count == 2)
    }

    @Test("teach turns a ticket's wording into a variant: file, database and the next answer")
    func teach() async throws {
        let strange = "gaceta diaria pjbc"
        let before = try await send(strange, from: "teach-1")
        try #require(before.decision.action == .handoff)
        let folio = try #require(before.ticket?.folio)
        let variant = try KnowledgeTeacher(database: database)
            .teach(folio: folio, entryID: "boletin-judicial", faqFile: knowledge.faqPath, by: "Ana")
        #expect(variant == strange)
        let file = try String(contentsOfFile: knowledge.faqPath, encoding: .utf8)
        #expect(file.contains("  - \(strange)"))
        #expect(try database.entry(id: "boletin-judicial")?.variants.contains(strange) == true)
        #expect(try database.ticket(folio: folio)?.events.last?.action == "taught")
        let after = try await send(strange, from: "teach-2")
        #expect(after.decision.top == "boletin-judicial")
        #expect(after.decision.action == .answer)
    }

    @Test("hostile messages never crash and always get a decision")
    func hostileMessages() async throws {
        let binary = String(decoding: (0..<300).map { UInt8(($0 * 37) % 256) }, as: UTF8.self)
        for (index, text) in ["", "😀😀", binary, String(repeating: "expediente ", count: 100_000), "\"boletin\" OR NEAR(x)",
                              "مرحبا", "1234/2024"].enumerated() {
            let result = try await send(text, from: "hostile-\(index)")
            #expect(Decision.Action.allCases.contains(result.decision.action))
        }
    }

    @Test("purge removes texts and senders of closed conversations and keeps the statistics")
    func purge() async throws {
        let handoff = try await send("como saco mi curp", from: "old")
        let folio = try #require(handoff.ticket?.folio)
        try database.resolve(folio: folio, by: "Ana")
        let open = try await send("quiero hablar con una persona", from: "still-open")
        let delivered = try database.enqueue(NewOutgoingMessage(channel: "tijuana", recipient: "old", content: .text("ya quedó"),
                                                                 origin: "staff:Ana"))
        try database.markSent(id: delivered, providerID: "wamid.X")
        let waiting = try database.enqueue(NewOutgoingMessage(channel: "tijuana", recipient: "still-open", content: .text("en eso estamos"),
                                                               origin: "staff:Ana"))
        let before = try database.statistics()
        try database.purge(olderThan: Date().addingTimeInterval(60))
        // A sent message's number and text go; one still to be sent stays.
        #expect(try database.outbox().map(\.id) == [waiting])
        let after = try database.statistics()
        #expect(after.messages == before.messages)
        #expect(after.handoffsByReason == before.handoffsByReason)
        let purged = try #require(try database.ticket(folio: folio))
        #expect(purged.sender == nil)
        #expect(purged.messages.allSatisfy { $0.text == nil })
        let openFolio = try #require(open.ticket?.folio)
        let kept = try #require(try database.ticket(folio: openFolio))
        #expect(kept.sender == "still-open")
        #expect(kept.messages.first?.text == "quiero hablar con una persona")
    }
}

/// Counts the engine's "knowledge loaded" log lines (one per snapshot it builds).
private final class LoadCounter: LogHandler, @unchecked Sendable {
    private let loaded = Mutex(0)
    var count: Int { loaded.withLock { $0 } }
    // Only `log` is called concurrently; the level and metadata are set once, before any logging.
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        if event.message.description == "knowledge loaded" { loaded.withLock { $0 += 1 } }
    }
}
