import ArgumentParser
import FAQBot

/// `--answer-threshold` / `--clarify-threshold`: override the thresholds fitted on import.
struct PolicyOptions: ParsableArguments {
    @Option(name: .customLong("answer-threshold"),
            help: ArgumentHelp("Confianza mínima para responder (0 a 1; por omisión, la ajustada al importar).", valueName: "P"))
    var answerThreshold: Double?

    @Option(name: .customLong("clarify-threshold"),
            help: ArgumentHelp("Probabilidad mínima de que la opción correcta esté en la lista para preguntar (0 a 1).",
                               valueName: "P"))
    var clarifyThreshold: Double?

    func validate() throws {
        for value in [answerThreshold, clarifyThreshold].compactMap({ $0 }) where !(0...1).contains(value) {
            throw ValidationError("Los umbrales van de 0 a 1.")
        }
    }

    /// An engine on `database` with the overrides applied.
    func engine(on database: FAQDatabase) -> FAQEngine {
        guard answerThreshold != nil || clarifyThreshold != nil else { return FAQEngine(database: database) }
        let fitted = FAQEngine(database: database).policy()
        let policy = DecisionPolicy(answerThreshold: answerThreshold ?? fitted.answerThreshold,
                                    clarifyThreshold: clarifyThreshold ?? fitted.clarifyThreshold)
        return FAQEngine(database: database, configuration: FAQEngine.Configuration(policy: policy))
    }
}

import FAQStore
