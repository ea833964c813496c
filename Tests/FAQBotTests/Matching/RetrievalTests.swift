import Foundation
import Testing
@testable import FAQBot
import FAQStore

@Suite("Candidate retrieval")
struct RetrievalTests {
    @Test("the in-memory postings find exactly the entries FTS5 matches in their questions and variants")
    func postingsMirrorFTS5() throws {
        let knowledge = try TemporaryKnowledge()
        try knowledge.write("faq.md", try String(contentsOfFile: ShippedKnowledge.faqPath, encoding: .utf8))
        for (name, text) in try ShippedKnowledge.files("sinonimos.md", "abreviaturas.md", "palabras-vacias.md") {
            try knowledge.write(name, text)
        }
        let database = try knowledge.openDatabase()
        try KnowledgeImporter(database: database).importFile(knowledge.faqPath)
        let engine = FAQEngine(database: database)
        let snapshot = engine.currentSnapshot()
        let index = snapshot.index
        let messages = ["como saco copias certificadas de mi expediente", "horario de oficialia de partes en tijuana",
                        "no puedo entrar al tribunal electronico", "donde se publica el boletin", "tramite de pension",
                        "cuanto cuesta", "juzgado civil mexicali", "xq no me deja firmar con la fiel",
                        "audiencia en linea por videollamada", "registro civil"]
        var compared = 0
        for message in messages {
            let analyzed = snapshot.analyzer.analyze(message)
            let query = index.query(for: analyzed.terms)
            let fromMemory = Set(index.candidatePositions(for: query, limit: .max).map { index.entries[$0].id })
            let hits = try database.search(terms: analyzed.terms, limit: 1_000_000)
            let fromFTS5 = Set(hits.filter { $0.kind != .answer }.map(\.entryID))
            #expect(fromMemory == fromFTS5, "\(message)")
            if !fromFTS5.isEmpty { compared += 1 }
        }
        #expect(compared >= 8)
    }

    @Test("above the limit, the candidates are the entries sharing the most IDF weight with the message")
    func limitKeepsTheHeaviest() throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq)
        let snapshot = FAQEngine(database: database).currentSnapshot()
        let index = snapshot.index
        let query = index.query(for: snapshot.analyzer.analyze("tribunal electronico boletin copias certificadas").terms)
        let all = index.candidatePositions(for: query, limit: .max)
        #expect(all.count >= 3)
        func weight(_ position: Int) -> Double {
            let slots = index.rows.termSlots(of: position)
            return query.known.filter { term in slots.contains { index.rows.terms[$0] == term } }
                .reduce(0) { $0 + index.idf[Int($1)] }
        }
        let best = index.candidatePositions(for: query, limit: 2)
        #expect(best.count == 2)
        let cutoff = best.map(weight).min() ?? 0
        for position in all where !best.contains(position) { #expect(weight(position) <= cutoff) }
    }
}
