import Foundation
import Testing
@testable import FAQBot

@Suite("Stored result JSON")
struct StoredResultJSONTests {
    @Test("the hand-written stored JSON is byte for byte what JSONEncoder writes, for any result")
    func matchesJSONEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var generator = SeededGenerator(state: 2_026)
        let pieces = ["a", "ñ", "é", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{8}", "\u{C}", "\u{1B}",
                      "\u{1F}", "\u{7F}", "\u{2028}", "😡", "👍🏽", "*negrita*", "https://www.pjbc.gob.mx/", "PJBC-2026-000123"]
        func text(maxPieces: Int = 12) -> String {
            (0..<Int.random(in: 0...maxPieces, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
        func maybe(_ value: @autoclosure () -> String) -> String? { Bool.random(using: &generator) ? value() : nil }
        for _ in 0..<1_000 {
            let decision = Decision(
                text: text(), action: Decision.Action.allCases.randomElement(using: &generator)!,
                reason: Bool.random(using: &generator) ? Decision.Reason.allCases.randomElement(using: &generator) : nil,
                entry: maybe(text(maxPieces: 3)), options: (0..<Int.random(in: 0...4, using: &generator)).map { _ in text(maxPieces: 2) },
                top: maybe(text(maxPieces: 3)),
                confidence: [0, 1, 0.5, 0.9873319552782122, 0.0004, 0.0006, 0.1 + 0.2, Double.random(in: 0...1, using: &generator)]
                    .randomElement(using: &generator)!,
                area: maybe(text(maxPieces: 3)), city: maybe("Tijuana"), reply: text(maxPieces: 30),
                optionRows: (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                    Decision.OptionRow(id: text(maxPieces: 2), title: text(maxPieces: 4))
                },
                evidence: (0..<Int.random(in: 0...3, using: &generator)).map { _ in text(maxPieces: 3) },
                caseNumber: maybe("1234/2023"), court: maybe(text(maxPieces: 3)),
                priority: Bool.random(using: &generator) ? TicketPriority.allCases.randomElement(using: &generator) : nil)
            let ticket = Bool.random(using: &generator)
                ? BotResult.TicketInfo(folio: text(maxPieces: 2), status: "abierto", area: text(maxPieces: 3),
                                       priority: "alta", opened: Bool.random(using: &generator))
                : nil
            let result = BotResult(messageID: text(maxPieces: 3), decision: decision, ticket: ticket,
                                   duplicate: Bool.random(using: &generator))
            let expected = try encoder.encode(result)
            #expect(result.storedJSON() == expected,
                    "\(String(decoding: result.storedJSON(), as: UTF8.self))\n\(String(decoding: expected, as: UTF8.self))")
        }
    }
}
