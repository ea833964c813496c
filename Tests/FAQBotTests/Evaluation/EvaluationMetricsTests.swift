import Testing
@testable import FAQBot

@Suite("Evaluation metrics (the definitions of shared/eval/score.py)")
struct EvaluationMetricsTests {
    private let file = """
        text\texpect
        como veo el boletin\tboletin-judicial
        olvide mi contrasena\ttribunal-electronico-contrasena
        copias certificadas\tcopias-certificadas|pago-derechos
        quiero hablar con alguien\thandoff:requested
        propongo que abran en sabado\thandoff:suggestion
        sugiero mas personal\thandoff:suggestion
        hola\tsmalltalk:greeting
        """

    @Test("top1_in_scope counts the ranking whatever the action; suggestion_recall counts only suggestion handoffs")
    func rankingAndSuggestions() throws {
        let set = EvaluationSet.parse(file, file: "test.tsv").value
        #expect(set.rows.count == 7)
        let decisions = [
            Decision(text: "", action: .answer, entry: "boletin-judicial", top: "boletin-judicial", confidence: 0.9),
            // Handed off as unmatched, but the right entry ranked first: counts for top1, not for accuracy.
            Decision(text: "", action: .handoff, reason: .unmatched, top: "tribunal-electronico-contrasena", confidence: 0.4),
            Decision(text: "", action: .clarify, options: ["pago-derechos", "edictos"], top: "edictos", confidence: 0.3),
            Decision(text: "", action: .handoff, reason: .requested),
            Decision(text: "", action: .handoff, reason: .suggestion),
            Decision(text: "", action: .handoff, reason: .complaint),
            Decision(text: "", action: .smalltalk, reason: .greeting),
        ]
        let metrics = EvaluationMetrics(set: set, decisions: decisions)
        #expect(metrics.inScopeAccuracy == 1.0 / 3.0)
        #expect(metrics.inScopeReached == 2.0 / 3.0)
        #expect(metrics.top1InScope == 2.0 / 3.0)
        #expect(metrics.requestedRecall == 1.0)
        #expect(metrics.suggestionRecall == 0.5)
        #expect(metrics.complaintPrecision == 0.0)
        #expect(metrics.smalltalkAccuracy == 1.0)
        #expect(metrics.misses.map(\.line) == [3, 7])
    }
}
