import ArgumentParser
import FAQBot
import FAQStore

struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Pregunta al bot, sin estado de conversación: qué respondería y con qué confianza.",
        discussion: "Sin TEXTO, lee un mensaje por línea de la entrada estándar y responde cada uno por separado."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var policy: PolicyOptions

    @Argument(help: ArgumentHelp("El mensaje.", valueName: "TEXTO"))
    var text: String?

    @Flag(help: "Un objeto JSON por mensaje (contrato, sección 2).")
    var json = false

    @Flag(name: .customLong("explain"), help: "Muestra los candidatos con su evidencia y puntajes.")
    var explain = false

    @Option(name: .customLong("channel"), help: ArgumentHelp("Ciudad del número de WhatsApp que recibió el mensaje.",
                                                           valueName: "CIUDAD"))
    var channel: String?

    func run() throws {
        try Terminal.run {
            let engine = policy.engine(on: try database.openWithKnowledge())
            let messages = text.map { AnySequence([$0]) } ?? Terminal.inputLines()
            for message in messages {
                let explanation = engine.explain(message, channelCity: channel)
                if json {
                    print(try Terminal.jsonLine(explain ? ExplainedDecision(explanation) : ExplainedDecision(decision: explanation.decision)))
                } else {
                    printHuman(explanation)
                }
            }
        }
    }

    private func printHuman(_ explanation: Explanation) {
        let decision = explanation.decision
        let reason = decision.reason.map { "/\($0.rawValue)" } ?? ""
        let target = decision.entry ?? (decision.options.isEmpty ? "" : decision.options.joined(separator: ", "))
        print("» \(decision.text)")
        print("  decisión: \(decision.action.rawValue)\(reason) \(target)")
        print("  mejor candidato: \(decision.top ?? "ninguno") · confianza \(String(format: "%.2f", decision.confidence))"
            + " · área: \(decision.area ?? "-") · ciudad: \(decision.city ?? "-")")
        if explain {
            print("  términos: \(explanation.analyzed.terms.joined(separator: " "))")
            if !decision.evidence.isEmpty { print("  evidencia: \(decision.evidence.joined(separator: ", "))") }
            for candidate in explanation.candidates {
                let features = candidate.features.sorted { $0.key < $1.key }
                    .map { "\($0.key)=\(String(format: "%.2f", $0.value))" }.joined(separator: " ")
                print("    \(String(format: "%.3f", candidate.score))  \(candidate.entry)  \(features)")
            }
        }
        print("  respuesta:\n" + decision.reply.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "    " + $0 }.joined(separator: "\n") + "\n")
    }
}

/// A decision, with the candidates and detector signals when `--explain` is given.
struct ExplainedDecision: Encodable {
    let decision: Decision
    let candidates: [Explanation.Candidate]?
    let detection: DetectionResult?
    let terms: [String]?

    init(decision: Decision) {
        self.decision = decision
        candidates = nil
        detection = nil
        terms = nil
    }

    init(_ explanation: Explanation) {
        decision = explanation.decision
        candidates = explanation.candidates
        detection = explanation.detection
        terms = explanation.analyzed.terms
    }

    private enum CodingKeys: String, CodingKey { case candidates, detection, terms }

    func encode(to encoder: any Encoder) throws {
        try decision.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(candidates, forKey: .candidates)
        try container.encodeIfPresent(detection, forKey: .detection)
        try container.encodeIfPresent(terms, forKey: .terms)
    }
}
