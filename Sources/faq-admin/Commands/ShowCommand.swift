import ArgumentParser
import FAQBot
import FAQStore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Muestra una entrada completa: pregunta, datos, variantes y respuesta tal como se envía."
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("El id de la entrada.", valueName: "ID"))
    var id: String

    @Flag(help: "Salida en JSON.")
    var json = false

    func run() throws {
        try Terminal.run {
            guard let entry = try database.openWithKnowledge().entry(id: id) else {
                throw StoreError.notFound("la entrada «\(id)»; use «faq-admin list» para ver los ids")
            }
            if json {
                print(try Terminal.prettyJSON(entry))
                return
            }
            print("## \(entry.question)")
            print("id: \(entry.id)")
            if let title = entry.title { print("título: \(title)") }
            print("área: \(entry.area)")
            print("ciudades: \(entry.cities.isEmpty ? "todas" : entry.cities.joined(separator: ", "))")
            print("fuente: \(entry.source)")
            print("revisado: \(entry.reviewed)")
            print("variantes (\(entry.variants.count)):")
            for variant in entry.variants { print("  - \(variant)") }
            print("\nRespuesta (formato WhatsApp):\n")
            print(WhatsAppFormatter().render(entry.answer))
        }
    }
}
