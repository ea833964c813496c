import Foundation
import Testing
@testable import FAQBot
import FAQStore

@Suite("Messages whose words name no topic: places, ordinals, courtesy")
struct TopiclessMessageTests {
    let engine: FAQEngine

    init() throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.openDatabase()
        try KnowledgeImporter(database: database).importFile(ShippedKnowledge.faqPath)
        engine = FAQEngine(database: database)
    }

    @Test("are neither answered nor offered options, and report a low confidence", arguments: [
        "el segundo", "en el primero civil", "tijuana o ensenada", "mexicali", "del tercero familiar de ensenada",
    ])
    func handedOff(_ text: String) {
        let decision = engine.decide(text)
        #expect(decision.action == .handoff, "\(text)")
        #expect(decision.reason == .unmatched, "\(text)")
        #expect(decision.confidence <= TopiclessTerms.confidenceCap, "\(text)")
    }

    @Test("with a word that names a topic, the same places and ordinals still help", arguments: [
        "donde esta el juzgado tercero familiar de mexicali",
        "telefono del juzgado primero familiar de mexicali",
        "direccion del juzgado primero penal de ensenada",
    ])
    func answered(_ text: String) {
        let decision = engine.decide(text)
        #expect(decision.action == .answer, "\(text)")
        #expect(decision.entry == "directorio-juzgados", "\(text)")
    }

    /// «donde queda el juzgado … de tijuana» is also how the out-of-scope messages about federal courts
    /// read, and «civil» how those about the Registro Civil do: the entry still ranks first and the
    /// places do not cap the confidence, though it may stay below the answer threshold.
    @Test("a topic word lifts the confidence above the cap of topic-less messages", arguments: [
        "donde queda el juzgado segundo civil de tijuana",
        "ubicacion juzgado cuarto civil tijuana",
    ])
    func notCapped(_ text: String) {
        let decision = engine.decide(text)
        #expect(decision.top == "directorio-juzgados", "\(text)")
        #expect(decision.confidence > TopiclessTerms.confidenceCap, "\(text)")
    }
}
