import ArgumentParser
import FAQBot
import FAQStore
import Foundation

struct PurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Privacidad: borra textos y remitentes de conversaciones cerradas más antiguas que N días.",
        discussion: "Conserva las estadísticas (decisiones, temas, áreas, ciudades) y los casos aún abiertos."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("older-than"), help: ArgumentHelp("Antigüedad mínima en días.", valueName: "DÍAS"))
    var days: Int

    func validate() throws {
        if days < 0 { throw ValidationError("Los días deben ser 0 o más.") }
    }

    func run() throws {
        try Terminal.run {
            let cutoff = Date().addingTimeInterval(-Double(days) * 86_400)
            let count = try database.open().purge(olderThan: cutoff)
            print("Se borraron textos y remitentes de \(count) mensaje(s) con más de \(days) día(s).")
        }
    }
}
