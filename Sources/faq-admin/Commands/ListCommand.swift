import ArgumentParser
import FAQBot
import FAQStore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Lista las entradas del conocimiento vigente."
    )

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Salida en JSON.")
    var json = false

    func run() throws {
        try Terminal.run {
            let store = try database.openWithKnowledge()
            let entries = try store.entries()
            if json {
                struct Row: Encodable { let id: String; let question: String; let area: String; let variants: Int }
                print(try Terminal.prettyJSON(entries.map { Row(id: $0.id, question: $0.question, area: $0.area,
                                                                 variants: $0.variants.count) }))
                return
            }
            let width = entries.map(\.id.count).max() ?? 2
            for entry in entries {
                let id = entry.id.padding(toLength: width, withPad: " ", startingAt: 0)
                print("\(id)  \(String(format: "%3d", entry.variants.count)) var.  \(entry.area) · \(entry.question)")
            }
            let version = try store.currentVersion().map { "versión \($0.number)" } ?? "sin versión"
            print("\(entries.count) entradas (\(version)).")
        }
    }
}

import Foundation
