import Foundation
import Synchronization
import Testing
@testable import FAQBot
import FAQStore

@Suite("Import, export and the store")
struct KnowledgeImportTests {
    @Test("importing a file makes its entries live, with a version")
    func importsEntries() throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq)
        let version = try #require(try database.currentVersion())
        #expect(version.number == 1)
        #expect(version.entryCount == 5)
        #expect(try database.entries().map(\.id) == ["boletin-judicial", "tribunal-electronico-registro",
                                                     "tribunal-electronico-contrasena", "copias-certificadas",
                                                     "justicia-alternativa"])
        #expect(try database.entry(id: "copias-certificadas")?.variants.count == 8)
    }

    @Test("the vocabulary the import corrects typos against is the one FTS5 reports when serving")
    func importVocabularyMatchesFTS5() throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq)
        let stored = try #require(try database.loadKnowledge())
        let fromIndex = KnowledgeIndex(entries: stored.entries).vocabulary
        var fromFTS5: [String: Int] = [:]
        for term in try database.vocabulary() { fromFTS5[term.term] = term.documentCount }
        #expect(!fromIndex.isEmpty)
        #expect(fromIndex == fromFTS5)
    }

    @Test("when the fitted part fails, the entries written before it are rolled back")
    func failedFitWritesNothing() throws {
        struct FitFailed: Error {}
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq)
        let before = try database.entries()
        let version = try database.currentVersion()
        let stored = try #require(try database.loadKnowledge())
        #expect(throws: (any Error).self) {
            let batches = Mutex([Array(stored.entries.prefix(1))])
            try database.replaceKnowledge(entryBatches: { batches.withLock { $0.popLast() } }, settings: Data("{}".utf8),
                                          contentHash: "other", sourcePath: "x") { throw FitFailed() }
        }
        #expect(try database.entries() == before)
        #expect(try database.currentVersion() == version)
        #expect(try database.search(terms: ["boletin"]).contains { $0.entryID == "boletin-judicial" })
    }

    @Test("re-importing an unchanged file is a no-op")
    func reimportIsIdempotent() throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq)
        let again = try KnowledgeImporter(database: database).importFile(knowledge.faqPath)
        #expect(again.outcome == .unchanged(try #require(try database.currentVersion())))
        #expect(try database.currentVersion()?.number == 1)
    }

    @Test("a file with errors changes nothing: the previous knowledge stays live")
    func badFileLeavesKnowledgeUntouched() throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq)
        let before = try database.entries()
        let broken = SampleKnowledge.faq + "\n## Pregunta sin id\n- área: Presidencia\n\nRespuesta.\n"
        try knowledge.write("faq.md", broken)
        #expect(throws: KnowledgeFileError.self) {
            try KnowledgeImporter(database: database).importFile(knowledge.faqPath)
        }
        #expect(try database.entries() == before)
        #expect(try database.currentVersion()?.number == 1)
        let engine = FAQEngine(database: database)
        #expect(engine.decide("donde veo el boletin judicial").top == "boletin-judicial")
    }

    @Test("a changed file makes a new version that a running engine picks up")
    func changedFileIsReloaded() throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq)
        let engine = FAQEngine(database: database)
        #expect(engine.knowledgeVersion()?.number == 1)
        try knowledge.write("faq.md", SampleKnowledge.faqWithPeritos)
        try KnowledgeImporter(database: database).importFile(knowledge.faqPath)
        #expect(engine.knowledgeVersion()?.number == 2)
        #expect(engine.decide("quiero ser perito, donde me inscribo en la lista de peritos").top == "peritos")
    }

    @Test("the Markdown export imports back to identical entries")
    func markdownRoundTrip() throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq)
        let exported = FAQMarkdownWriter().write(try database.entries())
        let other = try TemporaryKnowledge()
        let reimported = try other.importing(faq: exported)
        #expect(try reimported.entries() == (try database.entries()))
    }

    @Test("the JSON export has the contract's fields")
    func jsonExportFields() throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq)
        let data = try JSONEncoder().encode(try database.entries())
        let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(objects.count == 5)
        for key in ["id", "question", "variants", "area", "cities", "answer", "source", "reviewed"] {
            #expect(objects[0][key] != nil, "missing \(key)")
        }
    }

    @Test("readers keep answering from a whole version while imports run")
    func concurrentReadersDuringImport() async throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq)
        let variants = [SampleKnowledge.faq, SampleKnowledge.faqWithPeritos]
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for round in 0..<6 {
                    let source = try KnowledgeSource.load(faqFile: knowledge.faqPath)
                    var changed = source
                    let parsed = FAQFileParser().parse(variants[round % 2], file: "faq.md")
                    changed.entries = parsed.value
                    try KnowledgeImporter(database: database).importKnowledge(changed)
                }
            }
            for _ in 0..<4 {
                group.addTask {
                    for _ in 0..<40 {
                        let loaded = try #require(try database.loadKnowledge())
                        // A snapshot is always whole: the version's count matches what was read.
                        #expect(loaded.entries.count == loaded.version.entryCount)
                        #expect(loaded.entries.allSatisfy { $0.analyzedVariants.count == $0.entry.variants.count })
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    @Test("a corrupt database file gives a clear Spanish error")
    func corruptDatabase() throws {
        let knowledge = try TemporaryKnowledge()
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: knowledge.databasePath))
        do {
            _ = try FAQDatabase(path: knowledge.databasePath)
            Issue.record("a corrupt file was opened")
        } catch let error as StoreError {
            guard case .corrupt = error else { Issue.record("unexpected error \(error)"); return }
            #expect(error.description.contains("no es una base de datos válida"))
        }
    }

    @Test("a database in a missing folder gives a clear Spanish error")
    func missingFolder() throws {
        #expect(throws: StoreError.self) {
            _ = try FAQDatabase(path: "/nonexistent-folder-\(UUID().uuidString)/faq.sqlite")
        }
    }

    @Test("a missing knowledge file is reported, not crashed on")
    func missingKnowledgeFile() throws {
        #expect(throws: KnowledgeFileError.cannotRead(path: "/nonexistent/faq.md")) {
            _ = try KnowledgeSource.load(faqFile: "/nonexistent/faq.md")
        }
    }

    @Test("re-importing rebuilds the search index: old rows are gone, searches keep working during the import")
    func reimportRebuildsSearchIndex() async throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq)
        let original = try database.vocabulary().sorted { $0.term < $1.term }
        try knowledge.write("faq.md", SampleKnowledge.faqWithPeritos)
        try KnowledgeImporter(database: database).importFile(knowledge.faqPath)
        let added = Array(Set(try database.vocabulary().map(\.term)).subtracting(original.map(\.term)))
        #expect(!added.isEmpty)
        #expect(try database.search(terms: added).allSatisfy { $0.entryID == "peritos" })
        #expect(try !database.search(terms: added).isEmpty)

        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for round in 0..<6 {
                    try knowledge.write("faq.md", round % 2 == 1 ? SampleKnowledge.faq : SampleKnowledge.faqWithPeritos)
                    try KnowledgeImporter(database: database).importFile(knowledge.faqPath)
                }
            }
            group.addTask {
                for _ in 0..<60 {
                    let hits = try database.search(terms: ["boletin"])
                    #expect(hits.contains { $0.entryID == "boletin-judicial" })
                }
            }
            try await group.waitForAll()
        }

        // The last import was the original file: the index is exactly the first one again.
        #expect(try database.vocabulary().sorted { $0.term < $1.term } == original)
        #expect(try database.search(terms: added).isEmpty)
    }

    @Test("FTS5 syntax in search terms is inert")
    func ftsSyntaxIsQuoted() throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq)
        for terms in [["\"", "*"], ["NEAR(boletin"], ["OR", "AND", "NOT"], ["terms:boletin"], ["-boletin"], ["boletin\"", "^"]] {
            _ = try database.search(terms: terms)
        }
        #expect(try database.search(terms: ["boletin"]).contains { $0.entryID == "boletin-judicial" })
    }
}
