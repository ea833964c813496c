import Foundation
import Testing
@testable import FAQBot
import FAQStore

@Suite("Another knowledge base runs with the shipped language files")
struct ForeignKnowledgeTests {
    /// A base of another institution: only its `faq.md`, no detectors, texts or word lists.
    static let faq = """
        # Banco
        ## ¿Cuál es el saldo de mi cuenta?
        - id: saldo
        - área: Cuentas
        - ciudades: todas
        - fuente: prueba
        - revisado: 2026-12-07
        - variantes:
          - cuanto dinero tengo
          - consultar saldo
          - ver mi saldo disponible

        Su saldo aparece en la banca en línea.

        ## ¿Cómo bloqueo mi tarjeta?
        - id: bloqueo-tarjeta
        - área: Tarjetas
        - ciudades: todas
        - fuente: prueba
        - revisado: 2026-12-07
        - variantes:
          - me robaron la tarjeta
          - perdi mi tarjeta de debito
          - cancelar tarjeta extraviada

        Llame a la línea de emergencias de su banco.
        """

    @Test("the missing language files come from the shipped folder, and the source says which")
    func defaultsUsed() throws {
        let knowledge = try TemporaryKnowledge()
        try knowledge.write("faq.md", Self.faq)
        let source = try KnowledgeSource.load(faqFile: knowledge.faqPath, defaultsFolder: ShippedKnowledge.folder.path)
        let names = Set(source.defaultsUsed.map { ($0 as NSString).lastPathComponent })
        #expect(names == KnowledgeSource.SiblingFile.languageFiles)
        #expect(!source.detectors.thanks.isEmpty)
        // Institution files are never borrowed: another base has its own areas, hours and negatives.
        #expect(source.negatives.isEmpty)
        #expect(source.officeHours == nil)

        let bare = try KnowledgeSource.load(faqFile: knowledge.faqPath, defaultsFolder: nil)
        #expect(bare.defaultsUsed.isEmpty)
        #expect(bare.detectors.thanks.isEmpty)
    }

    @Test("a file of the base's own wins over the shipped one")
    func ownFileWins() throws {
        let knowledge = try TemporaryKnowledge()
        try knowledge.write("faq.md", Self.faq)
        try knowledge.write("sinonimos.md", "# Sinónimos\n- tarjeta, plastico\n")
        let source = try KnowledgeSource.load(faqFile: knowledge.faqPath, defaultsFolder: ShippedKnowledge.folder.path)
        #expect(!source.defaultsUsed.contains { $0.hasSuffix("sinonimos.md") })
        #expect(source.settings.synonymGroups == [["tarjeta", "plastico"]])
    }

    @Test("on such a base, thanks, a complaint and a request for a person are recognised")
    func sameEngine() throws {
        let knowledge = try TemporaryKnowledge()
        try knowledge.write("faq.md", Self.faq)
        let source = try KnowledgeSource.load(faqFile: knowledge.faqPath, defaultsFolder: ShippedKnowledge.folder.path)
        let database = try knowledge.openDatabase()
        try KnowledgeImporter(database: database).importKnowledge(source)
        let engine = FAQEngine(database: database)

        let thanks = engine.decide("Gracias")
        #expect(thanks.action == .smalltalk)
        #expect(thanks.reason == .thanks)
        let complaint = engine.decide("pésimo servicio, nadie contesta, es una vergüenza")
        #expect(complaint.action == .handoff)
        #expect(complaint.reason == .complaint)
        let person = engine.decide("quiero hablar con una persona")
        #expect(person.action == .handoff)
        #expect(person.reason == .requested)
        let question = engine.decide("me robaron la tarjeta, como la bloqueo")
        #expect(question.top == "bloqueo-tarjeta")
    }
}
