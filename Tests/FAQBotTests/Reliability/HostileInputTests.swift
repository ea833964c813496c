import Foundation
import Testing
@testable import FAQBot
import FAQStore

/// Random and hostile input through the whole message path. CI runs a few
/// hundred messages; set `FAQBOT_FUZZ_ITERATIONS` for longer runs.
@Suite("Reliability: hostile input")
struct HostileInputTests {
    static var iterations: Int {
        ProcessInfo.processInfo.environment["FAQBOT_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 300
    }


    static let fragments = [
        "boletin", "tribunal electronico", "\"", "*", "NEAR(", ")", " OR ", " AND ", " NOT ", "-", "col:", "^", "{", "}",
        "😡", "🙏🏽", "👨‍👩‍👧", "\u{202E}", "\u{0301}", "\u{0000}", "\u{FFFD}", "שלום", "مرحبا", "1234/2024", "6865253785",
        "https://x.y/z?a=b", "xq", "q", "expdte", "jdo 3o civil tj", "quiero hablar con alguien", "pesimo servicio",
        "ya salio mi acuerdo", "hola", "gracias", "\n", "\t", "  ", "ñ", "ÑANDÚ", "ﬁ", "Ⅻ", "%", "'", ";", "--", "/*",
    ]

    static func randomMessage(_ generator: inout SeededGenerator) -> String {
        switch generator.next() % 6 {
        case 0:
            let bytes = (0..<Int(generator.next() % 200)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            return String(decoding: bytes, as: UTF8.self)
        case 1:
            let scalars = (0..<Int(generator.next() % 60)).compactMap { _ in
                Unicode.Scalar(UInt32(generator.next() % 0x2FFFF))
            }
            return String(String.UnicodeScalarView(scalars))
        case 2:
            return String(repeating: "9", count: Int(generator.next() % 5_000))
        default:
            return (0..<Int(1 + generator.next() % 12)).map { _ in
                fragments[Int(generator.next() % UInt64(fragments.count))]
            }.joined(separator: generator.next() % 2 == 0 ? " " : "")
        }
    }

    @Test("random bytes, FTS5 syntax, emoji, RTL, combining marks: every message gets a decision, nothing throws")
    func fuzzMessagePath() async throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq, siblings: try ShippedKnowledge.files("detectores.md").merging(["fuera-de-alcance.md": SampleKnowledge.negatives]) { $1 })
        let bot = ChatBot(database: database)
        var generator = SeededGenerator(state: 20_261_129)
        for index in 0..<Self.iterations {
            let text = Self.randomMessage(&generator)
            let result = try await bot.handle(IncomingMessage(id: "fuzz-\(index)", sender: "fuzzer-\(index % 7)", text: text))
            #expect(Decision.Action.allCases.contains(result.decision.action))
            #expect((0...1).contains(result.decision.confidence))
            #expect(result.decision.reply.count <= WhatsAppFormatter.maximumLength)
        }
        #expect(try database.statistics().messages == Self.iterations)
        #expect(try database.integrityCheck() == ["ok"])
    }

    @Test("a 1 MB message, only emoji, only digits", arguments: [
        String(repeating: "tribunal electronico contraseña ", count: 33_000),
        String(repeating: "😀", count: 10_000),
        String(repeating: "1234567890", count: 10_000),
        String(repeating: "\u{0301}", count: 50_000),
    ])
    func extremeMessages(text: String) throws {
        let knowledge = try TemporaryKnowledge()
        let engine = FAQEngine(database: try knowledge.importing(faq: SampleKnowledge.faq))
        let decision = engine.decide(text)
        #expect(Decision.Action.allCases.contains(decision.action))
        #expect(!decision.reply.isEmpty)
    }
}
