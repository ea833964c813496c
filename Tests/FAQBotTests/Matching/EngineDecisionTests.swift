import Foundation
import Testing
@testable import FAQBot
import FAQStore

@Suite("The matcher's decisions")
struct EngineDecisionTests {
    let knowledge: TemporaryKnowledge
    let engine: FAQEngine

    init() throws {
        knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq,
                                               siblings: ["fuera-de-alcance.md": SampleKnowledge.negatives])
        engine = FAQEngine(database: database)
    }

    @Test("a clear question is answered with its entry and a high confidence")
    func clearQuestion() {
        let decision = engine.decide("buenas tardes, donde puedo consultar el boletin judicial de hoy?")
        #expect(decision.action == .answer)
        #expect(decision.entry == "boletin-judicial")
        #expect(decision.top == "boletin-judicial")
        #expect(decision.confidence >= engine.policy().answerThreshold)
        #expect(decision.area == "Boletín Judicial")
        #expect(decision.reply.contains("*Boletín Judicial*"))   // Markdown bold rendered for WhatsApp
    }

    @Test("an unrelated message is handed off as unmatched, with a low confidence")
    func unrelatedMessage() {
        for text in ["como saco mi curp en linea", "donde renuevo la licencia de manejo", "que dia es hoy"] {
            let decision = engine.decide(text)
            #expect(decision.action == .handoff, "\(text)")
            #expect(decision.reason == .unmatched, "\(text)")
            #expect(decision.entry == nil)
            #expect(decision.confidence < engine.policy().answerThreshold)
        }
    }

    @Test("confidence rises with evidence")
    func confidenceRisesWithEvidence() {
        let weak = engine.decide("tribunal").confidence
        let strong = engine.decide("como me doy de alta en el tribunal electronico, que requisitos piden").confidence
        #expect(strong > weak)
    }

    @Test("an ambiguous message offers 2 to 4 options, or hands off; never a wrong answer")
    func ambiguousMessage() {
        let decision = engine.decide("tribunal electronico")
        #expect(decision.action != .answer || decision.entry?.hasPrefix("tribunal-electronico") == true)
        if decision.action == .clarify {
            #expect((2...4).contains(decision.options.count))
            #expect(decision.optionRows.map(\.id) == decision.options)
            #expect(decision.optionRows.allSatisfy { $0.title.count <= 24 })
            #expect(decision.reply.contains("1. "))
            #expect(decision.reply.contains("2. "))
        }
    }

    @Test("a thumbs-up alone is a thanks, not an empty message; other emoji alone are empty")
    func acknowledgingEmoji() {
        let thanks = engine.decide("👍🏻")
        #expect(thanks.action == .smalltalk)
        #expect(thanks.reply == engine.decide("muchas gracias").reply)
        let empty = engine.decide("😡")
        #expect(empty.action == .handoff)
        #expect(empty.reason == .unmatched)
    }

    @Test("FTS5 syntax in a message is harmless")
    func ftsSyntaxInMessages() {
        for text in ["boletin\" OR \"*", "NEAR(boletin judicial)", "boletin -judicial", "terms:boletin", "\"\"\"",
                     "boletin AND NOT judicial", "^boletin", "boletin*", "(((", "{boletin}"] {
            let decision = engine.decide(text)
            #expect(Decision.Action.allCases.contains(decision.action))
            #expect((0...1).contains(decision.confidence))
        }
    }

    @Test("every message gets a decision: empty, emoji only, binary, huge")
    func hostileMessages() {
        let binary = String(decoding: (0..<512).map { UInt8($0 % 256) }, as: UTF8.self)
        for text in ["", "   ", "😀🙏👍", binary, String(repeating: "a", count: 1_000_000), "1234/2024", "x"] {
            let decision = engine.decide(text)
            #expect(!decision.reply.isEmpty)
            #expect((0...1).contains(decision.confidence))
        }
        #expect(engine.decide("").action == .handoff)
    }

    @Test("an empty knowledge base hands off everything")
    func emptyKnowledge() throws {
        let empty = try TemporaryKnowledge()
        let engine = FAQEngine(database: try empty.openDatabase())
        let decision = engine.decide("donde veo el boletin judicial")
        #expect(decision.action == .handoff)
        #expect(decision.reason == .unmatched)
        #expect(decision.top == nil)
        #expect(decision.confidence == 0)
    }

    @Test("the calibration is fitted on import and reported")
    func calibrationReport() {
        let report = engine.calibrationReport()
        #expect(report.positives == 5 * 9)        // every question and variant held out once
        #expect(report.negatives == 12)
        #expect(report.bins.reduce(0) { $0 + $1.count } == report.positives + report.negatives)
        #expect(report.topOneAccuracy > 0.7)
        let policy = engine.policy()
        #expect(policy.answerThreshold > policy.clarifyThreshold - 0.5)
        #expect((0.5...0.97).contains(policy.answerThreshold))
    }

    @Test("the JSON of a decision has exactly the contract's fields, nulls included")
    func contractJSON() throws {
        let data = try JSONEncoder().encode(engine.decide("como saco mi curp en linea"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["text", "action", "reason", "entry", "options", "top", "confidence", "area", "city", "reply"] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
        #expect(object["entry"] is NSNull)
        #expect(object["action"] as? String == "handoff")
        #expect(object["reason"] as? String == "unmatched")
        #expect((object["options"] as? [Any])?.isEmpty == true)
    }

    @Test("the channel's city is reported when the message names none")
    func channelCity() {
        #expect(engine.decide("donde veo el boletin judicial", channelCity: "Tijuana").city == "Tijuana")
    }

    @Test("configured thresholds override the fitted ones")
    func policyOverride() throws {
        let strict = FAQEngine(database: engine.database,
                               configuration: .init(policy: DecisionPolicy(answerThreshold: 1.0, clarifyThreshold: 1.0)))
        #expect(strict.decide("donde veo el boletin judicial").action == .handoff)
    }
}
