import Testing
@testable import FAQBot

@Suite("Reach and confidence agree")
struct ReachTests {
    @Test("the right entry is among the options at least as likely as it is the top")
    func reachNeverBelowConfidence() throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq,
                                               siblings: ["fuera-de-alcance.md": SampleKnowledge.negatives])
        let engine = FAQEngine(database: database)
        var checked = 0
        for text in ["tribunal electronico", "copias", "boletin", "contraseña", "mediacion o copias", "registro",
                     "quiero copias certificadas del boletin", "no puedo entrar"] {
            let explanation = engine.explain(text)
            guard explanation.candidates.count >= 2, explanation.reach > 0 else { continue }
            checked += 1
            #expect(explanation.reach >= explanation.decision.confidence, "\(text)")
        }
        #expect(checked >= 3)
    }
}
