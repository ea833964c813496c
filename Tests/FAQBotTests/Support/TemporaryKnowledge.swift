import Foundation
@testable import FAQBot
import FAQStore

/// A temporary folder with a database and knowledge files, removed on deinit.
final class TemporaryKnowledge: Sendable {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("faqbot-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    var databasePath: String { folder.appendingPathComponent("faq.sqlite").path }
    var faqPath: String { folder.appendingPathComponent("faq.md").path }

    /// Writes a file of the knowledge folder (`faq.md`, `sinonimos.md`, …).
    func write(_ name: String, _ text: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func openDatabase() throws -> FAQDatabase {
        try FAQDatabase(path: databasePath)
    }

    /// Writes `faq` (and optional siblings), imports it and returns the database.
    @discardableResult
    func importing(faq: String, siblings: [String: String] = [:]) throws -> FAQDatabase {
        try write("faq.md", faq)
        for (name, text) in siblings { try write(name, text) }
        let database = try openDatabase()
        try KnowledgeImporter(database: database).importFile(faqPath)
        return database
    }
}

/// The repository's own `Knowledge/` folder.
enum ShippedKnowledge {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()   // Support
            .deletingLastPathComponent()                                // FAQBotTests
            .deletingLastPathComponent()                                // Tests
            .deletingLastPathComponent()                                // repository root
            .appendingPathComponent("Knowledge")
    }

    static var faqPath: String { folder.appendingPathComponent("faq.md").path }

    /// The text of shipped sibling files (`detectores.md`, `rutas.md`, …) by name, to import next to a test `faq.md`.
    static func files(_ names: String...) throws -> [String: String] {
        var files: [String: String] = [:]
        for name in names { files[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) }
        return files
    }
}

/// A small knowledge base for matcher tests: distinct topics with many variants.
enum SampleKnowledge {
    /// An entry `faq` lacks, added by the tests of a changed knowledge base (`faqWithPeritos`).
    static let peritos = entry("peritos", "¿Cómo me inscribo en la lista de peritos?", variants: [
        "lista de peritos", "registro de peritos", "quiero ser perito", "convocatoria de peritos",
        "padron de peritos auxiliares", "como ser perito del tribunal",
    ], answer: "La lista de peritos se publica en el Boletín Judicial.")

    /// `faq` with one more entry, `peritos`.
    static var faqWithPeritos: String { faq + "\n" + peritos }

    static func entry(_ id: String, _ question: String, area: String = "Presidencia", variants: [String],
                      answer: String) -> String {
        """
        ## \(question)
        - id: \(id)
        - área: \(area)
        - ciudades: todas
        - fuente: prueba
        - revisado: 2026-11-29
        - variantes:
        \(variants.map { "  - \($0)" }.joined(separator: "\n"))

        \(answer)

        """
    }

    static let faq = [
        entry("boletin-judicial", "¿Dónde consulto el Boletín Judicial?", area: "Boletín Judicial",
              variants: ["donde veo el boletin judicial", "boletin judicial de hoy", "en que pagina sale el boletin",
                         "como leo el boletin", "publicacion del boletin judicial", "boletin del poder judicial",
                         "donde se publica el boletin", "consultar boletin"],
              answer: "El **Boletín Judicial** se publica en www.pjbc.gob.mx."),
        entry("tribunal-electronico-registro", "¿Cómo me registro en el Tribunal Electrónico?", area: "Informática",
              variants: ["como me doy de alta en el tribunal electronico", "registro tribunal electronico",
                         "crear cuenta tribunal electronico", "requisitos para registrarme en el tribunal electronico",
                         "quiero inscribirme al tribunal electronico", "alta de usuario tribunal electronico",
                         "abrir cuenta en tribunal electronico", "darme de alta tribunal electronico"],
              answer: "Regístrese en https://tribunalelectronico.pjbc.gob.mx/."),
        entry("tribunal-electronico-contrasena", "Olvidé mi contraseña del Tribunal Electrónico", area: "Informática",
              variants: ["olvide mi contraseña del tribunal electronico", "recuperar contraseña tribunal",
                         "no puedo entrar al tribunal electronico", "mi usuario esta bloqueado",
                         "restablecer clave del tribunal electronico", "me marca contraseña incorrecta",
                         "perdi mi contraseña", "cambiar contraseña tribunal electronico"],
              answer: "Si olvidó su contraseña, el personal del chat puede ayudarle."),
        entry("copias-certificadas", "¿Cómo pido copias certificadas?", area: "Juzgados",
              variants: ["como pido copias certificadas", "copias certificadas de un expediente",
                         "solicitar copias simples", "necesito copias certificadas de la sentencia",
                         "tramite de copias certificadas", "donde pido copias", "copias de actuaciones",
                         "quiero copias certificadas"],
              answer: "Las copias se solicitan al juzgado que lleva el expediente."),
        entry("justicia-alternativa", "¿Qué es la mediación del Centro Estatal de Justicia Alternativa?", area: "CEJA",
              variants: ["mediacion para resolver un conflicto", "centro de justicia alternativa",
                         "quiero una conciliacion", "donde hay mediadores", "como solicito mediacion",
                         "resolver sin juicio", "ceja mediacion conciliacion", "conciliar con la otra parte"],
              answer: "El **CEJA** ofrece mediación y conciliación."),
    ].joined(separator: "\n")

    static let negatives = """
        # Fuera de alcance
        - como saco mi rfc en el sat
        - horario del registro civil
        - donde tramito mi pasaporte
        - quien gano el partido ayer
        - como pongo una denuncia en la fiscalia
        - cuanto cuesta la licencia de conducir
        - donde pago el predial
        - como me registro en el imss
        - cual es el tipo de cambio
        - recomiendame un restaurante
        - como saco mi acta de nacimiento
        - donde esta la junta federal de conciliacion
        """
}
