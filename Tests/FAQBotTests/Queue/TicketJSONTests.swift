import Foundation
import Testing
@testable import FAQStore

@Suite("A new ticket's stored candidates and evidence")
struct TicketJSONTests {
    @Test("written by hand, they are what JSONEncoder writes (evidence byte for byte, candidates up to key order) and read back equal")
    func matchesJSONEncoder() throws {
        let encoder = JSONEncoder()
        var generator = SeededGenerator(state: 1_130)
        let pieces = ["a", "ñ", "é", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}",
                      "\u{2028}", "😡", "👍🏽", "1234/2023", "https://www.pjbc.gob.mx/", "juzgado-civil"]
        func text(maxPieces: Int) -> String {
            (0..<Int.random(in: 0...maxPieces, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
        let scores = [0, 1, 0.5, 0.9873319552782122, 1e-05, 0.0004, 0.1 + 0.2, 123.0, 3e-300]
        for _ in 0..<1_000 {
            let candidates = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                Ticket.Candidate(entry: text(maxPieces: 3),
                                 score: Bool.random(using: &generator) ? scores.randomElement(using: &generator)!
                                     : Double.random(in: 0...1, using: &generator))
            }
            let evidence = (0..<Int.random(in: 0...4, using: &generator)).map { _ in text(maxPieces: 4) }
            let expectedCandidates = String(decoding: try encoder.encode(candidates), as: UTF8.self)
            let expectedEvidence = String(decoding: try encoder.encode(evidence), as: UTF8.self)
            // JSONEncoder's key order follows a hash table (it varies between runs): compare the values.
            let written = try JSONSerialization.jsonObject(with: Data(Ticket.storedJSON(candidates: candidates).utf8))
            let expected = try JSONSerialization.jsonObject(with: Data(expectedCandidates.utf8))
            #expect((written as? NSArray) == (expected as? NSArray))
            #expect(Ticket.storedJSON(candidates: candidates).count == expectedCandidates.count)
            #expect(Ticket.storedJSON(evidence: evidence) == expectedEvidence)
            let decoder = JSONDecoder()
            #expect(try decoder.decode([Ticket.Candidate].self, from: Data(Ticket.storedJSON(candidates: candidates).utf8))
                        == candidates)
            #expect(try decoder.decode([String].self, from: Data(Ticket.storedJSON(evidence: evidence).utf8)) == evidence)
        }
    }

    @Test("a score that is not a number is stored as 0 instead of failing the message")
    func nonFiniteScore() throws {
        let json = Ticket.storedJSON(candidates: [Ticket.Candidate(entry: "x", score: .nan)])
        #expect(json == #"[{"entry":"x","score":0}]"#)
    }
}
