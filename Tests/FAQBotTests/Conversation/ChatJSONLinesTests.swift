import Foundation
import Testing
@testable import FAQBot
import FAQStore

/// `faq-admin chat --json` as a caller uses it: the built binary, JSON Lines through pipes.
@Suite("faq-admin chat --json: concurrent senders, order kept")
struct ChatJSONLinesTests {
    static func line(_ id: String, from sender: String, _ text: String) -> String {
        let object = ["id": id, "from": sender, "text": text, "channel": "tijuana"]
        return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test("many senders at once: one output line per input line, in input order; each sender's conversation in order")
    func orderAcrossSenders() throws {
        try #require(FileManager.default.isExecutableFile(atPath: ChatChild.binary.path), "build faq-admin first (swift build)")
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq, siblings: try ShippedKnowledge.files("detectores.md", "textos.md"))
        var lines: [String] = []
        for round in 0..<5 {
            for sender in 0..<40 {
                // Round 0 hands off; later rounds of the same sender are then silent (a person owns it).
                let text = round == 0 && sender.isMultiple(of: 4) ? "quiero hablar con una persona" : "donde veo el boletin judicial"
                lines.append(Self.line("m\(round)-\(sender)", from: "s\(sender)", text))
            }
        }
        lines.insert("esto no es json", at: 7)
        lines.insert("   ", at: 20)
        lines.append(Self.line("m0-1", from: "s1", "donde veo el boletin judicial"))   // a redelivery
        let (process, stdin, stdout) = try ChatChild.start(database: knowledge.databasePath)
        let input = Data((lines.joined(separator: "\n") + "\n").utf8)
        DispatchQueue.global().async {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let results = String(decoding: output, as: UTF8.self).split(separator: "\n").map {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] ?? [:]
        }
        #expect(results.count == lines.count - 1)   // the blank line gives nothing
        let expectedIDs = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map { line -> String? in
            ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any])?["id"] as? String
        }
        #expect(results.map { $0["id"] as? String } == expectedIDs)
        #expect((results[7]["error"] as? String)?.contains("línea 8") == true)
        for (index, result) in results.enumerated() {
            guard let id = result["id"] as? String, result["duplicate"] == nil else { continue }
            let parts = id.dropFirst().split(separator: "-").compactMap { Int($0) }
            let (round, sender) = (parts[0], parts[1])
            let expected = sender.isMultiple(of: 4) ? (round == 0 ? "handoff" : "silent") : "answer"
            #expect(result["action"] as? String == expected, "line \(index): \(id)")
        }
        #expect(results.last?["duplicate"] as? Bool == true)
        #expect(try database.statistics().messages == 200)
    }

    @Test("a caller that waits for each decision before sending the next gets it at once")
    func interactive() throws {
        try #require(FileManager.default.isExecutableFile(atPath: ChatChild.binary.path), "build faq-admin first (swift build)")
        let knowledge = try TemporaryKnowledge()
        try knowledge.importing(faq: SampleKnowledge.faq, siblings: try ShippedKnowledge.files("detectores.md", "textos.md"))
        let (process, stdin, stdout) = try ChatChild.start(database: knowledge.databasePath)
        defer { process.terminate() }
        var buffer = Data()
        for index in 0..<3 {
            try stdin.fileHandleForWriting.write(contentsOf: Data((Self.line("i\(index)", from: "solo", "donde veo el boletin judicial") + "\n").utf8))
            while !buffer.contains(10) {
                let chunk = stdout.fileHandleForReading.availableData
                try #require(!chunk.isEmpty, "no answer to line \(index)")
                buffer.append(chunk)
            }
            let newline = try #require(buffer.firstIndex(of: 10))
            let result = try #require(try JSONSerialization.jsonObject(with: buffer[buffer.startIndex..<newline]) as? [String: Any])
            buffer.removeSubrange(buffer.startIndex...newline)
            #expect(result["id"] as? String == "i\(index)")
            #expect(result["action"] as? String == "answer")
        }
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
