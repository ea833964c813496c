import ArgumentParser
import FAQBot
import FAQStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Exporta el conocimiento vigente como JSON (por omisión) o como Markdown importable."
    )

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Un arreglo JSON con una entrada por objeto.")
    var json = false

    @Flag(help: "El formato de faq.md; importarlo de nuevo da las mismas entradas.")
    var markdown = false

    func validate() throws {
        if json && markdown { throw ValidationError("Use --json o --markdown, no ambos.") }
    }

    func run() throws {
        try Terminal.run {
            let entries = try database.openWithKnowledge().entries()
            if markdown {
                print(FAQMarkdownWriter().write(entries), terminator: "")
            } else {
                print(try Terminal.prettyJSON(entries))
            }
        }
    }
}
