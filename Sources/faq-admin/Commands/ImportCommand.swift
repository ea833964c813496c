import ArgumentParser
import FAQBot
import FAQStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Importa el conocimiento (faq.md y los archivos que lo acompañan) a la base de datos.",
        discussion: """
            Lee ARCHIVO y, si existen en la misma carpeta, sinonimos.md, abreviaturas.md, palabras-vacias.md, \
            fuera-de-alcance.md, calibracion.md, detectores.md, quejas.md, casos.md, personas.md, sugerencias.md, \
            rutas.md, textos.md y horario.md. Los archivos del idioma (sinonimos.md, abreviaturas.md, \
            palabras-vacias.md, detectores.md, quejas.md, casos.md, personas.md, sugerencias.md y textos.md) \
            que falten en esa carpeta se toman de Knowledge/ (o de la carpeta de FAQ_KNOWLEDGE_DEFAULTS), y se dice cuáles. \
            Si hay cualquier error no se cambia nada y sigue vigente la versión anterior. Importar un archivo \
            sin cambios no crea una versión nueva.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("Archivo de preguntas frecuentes.", valueName: "ARCHIVO"))
    var file: String = DatabaseOptions.defaultKnowledgeFile

    func run() throws {
        try Terminal.run {
            let source = try KnowledgeSource.load(faqFile: file)
            for diagnostic in source.diagnostics { Terminal.note(diagnostic.description) }
            if !source.defaultsUsed.isEmpty {
                Terminal.note("La carpeta de \(file) no tiene sus propios archivos del idioma; se usan los de siempre: "
                    + source.defaultsUsed.joined(separator: ", ") + ".")
            }
            let store = try database.open()
            guard !source.hasErrors else {
                let errors = source.diagnostics.filter { $0.severity == .error }.count
                let live = try store.currentVersion().map { "sigue vigente la versión \($0.number)" }
                    ?? "la base de datos sigue sin conocimiento"
                Terminal.error("\(errors) error(es) en el conocimiento; no se importó nada y \(live).")
                throw ExitCode.failure
            }
            switch try KnowledgeImporter(database: store).importKnowledge(source) {
            case let .imported(version):
                print("Conocimiento importado: versión \(version.number), \(version.entryCount) entradas (\(source.filesRead.joined(separator: ", "))).")
            case let .unchanged(version):
                print("Sin cambios: la versión \(version.number) ya contiene este conocimiento.")
            }
        }
    }
}
