import ArgumentParser
import FAQBot
import FAQStore
import Foundation

/// `--db PATH`, shared by every subcommand (contract section 7).
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("Ruta de la base de datos SQLite (o variable FAQ_DB; por omisión faq.sqlite).",
                                                        valueName: "RUTA"))
    var path: String?

    /// The path chosen by `--db`, then `FAQ_DB`, then the default.
    var resolvedPath: String {
        if let path, !path.isEmpty { return path }
        if let environment = ProcessInfo.processInfo.environment["FAQ_DB"], !environment.isEmpty { return environment }
        return "faq.sqlite"
    }

    /// Opens the database.
    func open() throws -> FAQDatabase {
        try FAQDatabase(path: resolvedPath)
    }

    /// Opens the database and, when it holds no knowledge yet, loads `Knowledge/faq.md`
    /// from the working directory (contract section 7).
    func openWithKnowledge() throws -> FAQDatabase {
        let database = try open()
        if try KnowledgeImporter(database: database).importIfEmpty() {
            Terminal.note("La base de datos no tenía conocimiento; se cargó \(Self.defaultKnowledgeFile).")
        }
        return database
    }

    static let defaultKnowledgeFile = KnowledgeImporter.defaultKnowledgeFile
}
