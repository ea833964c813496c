import Foundation
import Testing
@testable import FAQBot
import FAQStore

/// A `faq-admin chat --json` child process handling a burst of messages is
/// killed with SIGKILL at random points, again and again. Whatever it
/// returned must be stored; whatever it did not must be handled exactly once
/// when delivered again; the database must stay intact.
@Suite("Reliability: killed process")
struct CrashSafetyTests {
    static var binary: URL { ChatChild.binary }

    static var rounds: Int { ProcessInfo.processInfo.environment["FAQBOT_CRASH_ROUNDS"].flatMap(Int.init) ?? 6 }

    /// Runs the child over `input`, reading at most `limit` result lines, then kills it.
    static func run(database: String, input: Data, readingAtMost limit: Int?) throws -> [[String: Any]] {
        let (process, stdin, stdout) = try ChatChild.start(database: database)
        DispatchQueue.global().async {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        var lines: [[String: Any]] = []
        var buffer = Data()
        reading: while limit.map({ lines.count < $0 }) ?? true {
            let chunk = stdout.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            while let newline = buffer.firstIndex(of: 10) {
                let line = buffer[buffer.startIndex..<newline]
                buffer.removeSubrange(buffer.startIndex...newline)
                if let object = try JSONSerialization.jsonObject(with: line) as? [String: Any] { lines.append(object) }
                if let limit, lines.count >= limit { break reading }
            }
        }
        if limit != nil { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return lines
    }

    @Test("SIGKILL at random points: returned results are stored, the rest is handled once on redelivery")
    func killedRepeatedly() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path),
                     "build faq-admin first (swift build): \(Self.binary.path)")
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq, siblings: try ShippedKnowledge.files("detectores.md"))
        let texts = ["donde veo el boletin judicial", "como saco mi curp", "quiero hablar con una persona",
                     "pesimo servicio nadie contesta", "como pido copias certificadas", "hola"]
        let count = 240
        let input = (0..<count).map { index -> String in
            let object = ["id": "k\(index)", "from": "s\(index % 30)", "text": texts[index % texts.count], "channel": "tijuana"]
            return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }.joined(separator: "\n") + "\n"

        var returned: [String: [String: Any]] = [:]
        var generator = SeededGenerator(state: 42)
        for _ in 0..<Self.rounds {
            let limit = 1 + Int(generator.next() % 60)
            for line in try Self.run(database: knowledge.databasePath, input: Data(input.utf8), readingAtMost: limit) {
                guard let id = line["id"] as? String else { continue }
                if returned[id] == nil { returned[id] = line }
            }
        }
        #expect(!returned.isEmpty)
        #expect(try database.integrityCheck() == ["ok"])
        for (id, line) in returned {
            let stored = try #require(try database.handledResult(messageID: id), "\(id) was returned but not stored")
            let decoded = try JSONDecoder().decode(BotResult.self, from: stored)
            #expect(decoded.decision.action.rawValue == line["action"] as? String)
            if let ticket = line["ticket"] as? [String: Any], let folio = ticket["folio"] as? String {
                #expect(try database.ticket(folio: folio) != nil, "\(id): ticket \(folio) missing")
            }
        }

        // Everything delivered once more, to the end: returned ones are duplicates, all are stored once.
        let final = try Self.run(database: knowledge.databasePath, input: Data(input.utf8), readingAtMost: nil)
        #expect(final.count == count)
        for line in final {
            let id = try #require(line["id"] as? String)
            if let first = returned[id] {
                #expect(line["duplicate"] as? Bool == true, "\(id) handled twice")
                #expect(line["reply"] as? String == first["reply"] as? String)
            }
        }
        #expect(try database.statistics().messages == count)
        let folios = try database.queue(statuses: Ticket.Status.allCases).map(\.folio)
        #expect(Set(folios).count == folios.count)
    }
}
