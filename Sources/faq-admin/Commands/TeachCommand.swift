import ArgumentParser
import FAQBot
import FAQStore

struct TeachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "teach",
        abstract: "Enseña al bot: la pregunta de un caso se vuelve variante de una entrada.",
        discussion: """
            Agrega el primer mensaje del usuario del caso FOLIO a las variantes de la entrada ID en el archivo \
            de conocimiento (git mostrará el cambio) y vuelve a importar, para que la próxima vez se responda al \
            instante. Si el archivo resultante tuviera errores, no se cambia nada.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: ArgumentHelp("Folio del caso.", valueName: "FOLIO")) var folio: String
    @Option(name: .customLong("entry"), help: ArgumentHelp("Id de la entrada que responde esa pregunta.", valueName: "ID"))
    var entry: String
    @Option(name: .customLong("file"), help: ArgumentHelp("Archivo de conocimiento.", valueName: "ARCHIVO"))
    var file = DatabaseOptions.defaultKnowledgeFile
    @Option(name: .customLong("by"), help: ArgumentHelp("Quién enseña.", valueName: "NOMBRE")) var person = "personal"

    func run() throws {
        try Terminal.run {
            let variant = try KnowledgeTeacher(database: try database.open())
                .teach(folio: folio, entryID: entry, faqFile: file, by: person)
            print("Variante agregada a «\(entry)»: «\(variant)». El conocimiento se volvió a importar.")
        }
    }
}
