import ArgumentParser
import FAQBot
import FAQStore
import Foundation

struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Muestra la tabla de confiabilidad de la confianza ajustada al importar.",
        discussion: """
            La confianza se ajusta con las variantes de cada entrada (cada una apartada por turno) y con los \
            mensajes de fuera-de-alcance.md. En una confianza bien calibrada, de los mensajes con 0.8 acierta \
            cerca del 80 %.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Salida en JSON.")
    var json = false

    func run() throws {
        try Terminal.run {
            let engine = FAQEngine(database: try database.openWithKnowledge())
            let report = engine.calibrationReport()
            let policy = engine.policy()
            if json {
                struct Output: Encodable { let report: CalibrationReport; let policy: DecisionPolicy }
                print(try Terminal.prettyJSON(Output(report: report, policy: policy)))
                return
            }
            print("Versión \(engine.knowledgeVersion()?.number ?? 0): \(report.positives) variantes apartadas, \(report.negatives) mensajes fuera de alcance.")
            print("Primer lugar correcto en variantes apartadas: \(String(format: "%.1f %%", report.topOneAccuracy * 100))")
            if let count = report.calibrationMessages, count > 0, let topOne = report.calibrationTopOneAccuracy {
                print("Mensajes de calibracion.md: \(count); primer lugar correcto: \(String(format: "%.1f %%", topOne * 100))"
                    + (report.calibrationExpectedError.map { String(format: "; ECE con ellos y los de fuera de alcance: %.3f", $0) } ?? ""))
            } else {
                print("Sin calibracion.md: la confianza se ajustó solo con variantes apartadas (suele quedar alta en mensajes reales).")
            }
            print("\n  confianza     mensajes   confianza media   acierto real")
            for bin in report.bins {
                print(String(format: "  %.1f – %.1f    %8d   %15.2f   %12.2f", bin.lower, bin.upper, bin.count, bin.meanConfidence, bin.accuracy))
            }
            print(String(format: "\nError de calibración esperado (ECE): %.3f", report.expectedCalibrationError))
            print(String(format: "Umbrales: responder desde %.2f; preguntar entre opciones desde %.2f.", policy.answerThreshold, policy.clarifyThreshold))
            print("Con esos umbrales, en los datos de ajuste: \(report.answeredRight) respuestas correctas, \(report.answeredWrong) equivocadas, "
                + "\(report.clarified) aclaraciones, \(report.handedOff) derivaciones.")
        }
    }
}
