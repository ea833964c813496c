import ArgumentParser
import FAQBot
import FAQStore
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evalúa el bot con un archivo de mensajes y respuestas esperadas (texto<TAB>esperado).",
        discussion: """
            Muestra las métricas (mismas definiciones que shared/eval/score.py), las confusiones y los fallos. \
            Termina con error si alguna métrica queda por debajo de los mínimos indicados: úselo antes de publicar \
            un cambio al conocimiento.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var policy: PolicyOptions

    @Argument(help: ArgumentHelp("Archivo de evaluación (TSV).", valueName: "ARCHIVO"))
    var file: String

    @Flag(help: "Métricas, confusiones y fallos en un objeto JSON.")
    var json = false

    @Option(name: .customLong("misses"), help: ArgumentHelp("Cuántos fallos mostrar.", valueName: "N"))
    var missLimit = 30

    @Option(name: .customLong("min-in-scope-accuracy"), help: ArgumentHelp("Mínimo de aciertos en preguntas con respuesta.", valueName: "P"))
    var minInScopeAccuracy: Double?
    @Option(name: .customLong("min-in-scope-reached"), help: ArgumentHelp("Mínimo de preguntas resueltas (respuesta u opción correcta).", valueName: "P"))
    var minInScopeReached: Double?
    @Option(name: .customLong("max-false-answer-rate"), help: ArgumentHelp("Máximo de respuestas equivocadas.", valueName: "P"))
    var maxFalseAnswerRate: Double?
    @Option(name: .customLong("min-oos-handoff-rate"), help: ArgumentHelp("Mínimo de mensajes fuera de alcance derivados.", valueName: "P"))
    var minOutOfScopeHandoffRate: Double?
    @Option(name: .customLong("max-ece"), help: ArgumentHelp("Máximo error de calibración (ECE).", valueName: "P"))
    var maxECE: Double?
    @Option(name: .customLong("min-top1-in-scope"), help: ArgumentHelp("Mínimo de preguntas con la entrada correcta en primer lugar.", valueName: "P"))
    var minTop1InScope: Double?
    @Option(name: .customLong("min-complaint-precision"), help: ArgumentHelp("Mínima precisión de quejas.", valueName: "P"))
    var minComplaintPrecision: Double?
    @Option(name: .customLong("min-complaint-recall"), help: ArgumentHelp("Mínima exhaustividad de quejas.", valueName: "P"))
    var minComplaintRecall: Double?
    @Option(name: .customLong("min-case-recall"), help: ArgumentHelp("Mínimo de asuntos particulares derivados.", valueName: "P"))
    var minCaseRecall: Double?
    @Option(name: .customLong("min-requested-recall"), help: ArgumentHelp("Mínimo de solicitudes de persona atendidas.", valueName: "P"))
    var minRequestedRecall: Double?
    @Option(name: .customLong("min-suggestion-recall"), help: ArgumentHelp("Mínimo de sugerencias derivadas.", valueName: "P"))
    var minSuggestionRecall: Double?
    @Option(name: .customLong("min-smalltalk-accuracy"), help: ArgumentHelp("Mínimo de saludos, gracias y despedidas bien reconocidos.", valueName: "P"))
    var minSmalltalkAccuracy: Double?

    func run() throws {
        try Terminal.run {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw KnowledgeFileError.cannotRead(path: file)
            }
            let parsed = EvaluationSet.parse(String(decoding: data, as: UTF8.self), file: file)
            for diagnostic in parsed.diagnostics { Terminal.note(diagnostic.description) }
            let engine = policy.engine(on: try database.openWithKnowledge())
            let decisions = parsed.value.rows.map { engine.decide($0.text) }
            let metrics = EvaluationMetrics(set: parsed.value, decisions: decisions)
            if json {
                print(try Terminal.jsonLine(metrics))
            } else {
                printHuman(metrics)
            }
            let failures = floorFailures(metrics)
            for failure in failures { Terminal.error(failure) }
            if !failures.isEmpty { throw ExitCode.failure }
        }
    }

    private func printHuman(_ metrics: EvaluationMetrics) {
        func show(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "—" }
        print("Filas evaluadas: \(metrics.rows)")
        print("  aciertos en preguntas con respuesta (in_scope_accuracy):  \(show(metrics.inScopeAccuracy))")
        print("  resueltas, respuesta u opción (in_scope_reached):         \(show(metrics.inScopeReached))")
        print("  entrada correcta en primer lugar (top1_in_scope):         \(show(metrics.top1InScope))")
        print("  respuestas equivocadas (false_answer_rate):               \(show(metrics.falseAnswerRate))")
        print("  fuera de alcance derivados (oos_handoff_rate):            \(show(metrics.oosHandoffRate))")
        print("  quejas: precisión / exhaustividad:                        \(show(metrics.complaintPrecision)) / \(show(metrics.complaintRecall))")
        print("  asuntos particulares derivados (case_recall):             \(show(metrics.caseRecall))")
        print("  solicitudes de persona atendidas (requested_recall):      \(show(metrics.requestedRecall))")
        print("  sugerencias derivadas (suggestion_recall):                \(show(metrics.suggestionRecall))")
        print("  saludos, gracias y despedidas (smalltalk_accuracy):       \(show(metrics.smalltalkAccuracy))")
        print("  error de calibración (ece):                               \(show(metrics.ece))")
        if !metrics.confusions.isEmpty {
            print("\nConfusiones (esperado → obtenido):")
            for confusion in metrics.confusions.prefix(25) {
                print("  \(confusion.count)×  \(confusion.expected) → \(confusion.given)")
            }
        }
        if !metrics.misses.isEmpty && missLimit > 0 {
            print("\nFallos (\(metrics.misses.count); se muestran \(min(missLimit, metrics.misses.count))):")
            for miss in metrics.misses.prefix(missLimit) {
                print("  línea \(miss.line): «\(miss.text)»\n      esperado \(miss.expected) · obtenido \(miss.given) · confianza \(String(format: "%.2f", miss.confidence))")
            }
        }
    }

    private func floorFailures(_ metrics: EvaluationMetrics) -> [String] {
        var failures: [String] = []
        func atLeast(_ value: Double?, _ floor: Double?, _ name: String) {
            if let floor, let value, value < floor { failures.append("\(name) = \(String(format: "%.3f", value)) está por debajo del mínimo \(floor)") }
        }
        func atMost(_ value: Double?, _ ceiling: Double?, _ name: String) {
            if let ceiling, let value, value > ceiling { failures.append("\(name) = \(String(format: "%.3f", value)) supera el máximo \(ceiling)") }
        }
        atLeast(metrics.inScopeAccuracy, minInScopeAccuracy, "in_scope_accuracy")
        atLeast(metrics.inScopeReached, minInScopeReached, "in_scope_reached")
        atMost(metrics.falseAnswerRate, maxFalseAnswerRate, "false_answer_rate")
        atLeast(metrics.oosHandoffRate, minOutOfScopeHandoffRate, "oos_handoff_rate")
        atMost(metrics.ece, maxECE, "ece")
        atLeast(metrics.top1InScope, minTop1InScope, "top1_in_scope")
        atLeast(metrics.complaintPrecision, minComplaintPrecision, "complaint_precision")
        atLeast(metrics.complaintRecall, minComplaintRecall, "complaint_recall")
        atLeast(metrics.caseRecall, minCaseRecall, "case_recall")
        atLeast(metrics.requestedRecall, minRequestedRecall, "requested_recall")
        atLeast(metrics.suggestionRecall, minSuggestionRecall, "suggestion_recall")
        atLeast(metrics.smalltalkAccuracy, minSmalltalkAccuracy, "smalltalk_accuracy")
        return failures
    }
}
