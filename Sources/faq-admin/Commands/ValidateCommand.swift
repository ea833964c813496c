import ArgumentParser
import FAQBot
import FAQStore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Revisa el conocimiento sin tocar la base de datos; termina con error si hay problemas.",
        discussion: "Muestra todos los errores y avisos con su archivo y número de línea."
    )

    @Argument(help: ArgumentHelp("Archivo de preguntas frecuentes.", valueName: "ARCHIVO"))
    var file: String = DatabaseOptions.defaultKnowledgeFile

    @Flag(name: .customLong("estricto"), help: "Termina con error también si hay avisos.")
    var strict = false

    func run() throws {
        try Terminal.run {
            let source = try KnowledgeSource.load(faqFile: file)
            for diagnostic in source.diagnostics { print(diagnostic.description) }
            if !source.defaultsUsed.isEmpty {
                print("Archivos del idioma tomados de la carpeta de siempre: \(source.defaultsUsed.joined(separator: ", ")).")
            }
            let errors = source.diagnostics.filter { $0.severity == .error }.count
            let warnings = source.diagnostics.count - errors
            let variants = source.entries.reduce(0) { $0 + $1.variants.count }
            print("\(source.entries.count) entradas, \(variants) variantes, \(source.negatives.count) mensajes fuera de alcance, "
                + "\(source.calibration.count) de calibración; "
                + "\(errors) error(es), \(warnings) aviso(s).")
            if errors > 0 || (strict && warnings > 0) { throw ExitCode.failure }
        }
    }
}
