import Foundation
import GRDB
import Synchronization

extension FAQDatabase {
    /// The number of the live knowledge version, `nil` before the first import.
    ///
    /// Cheap enough to call for every message: one indexed read on a connection of the
    /// store's own (`MessageReaders`), without a pool reader or a transaction.
    ///
    /// - Throws: `StoreError` when the database cannot be read.
    public func liveVersionNumber() throws -> Int? {
        try unisolatedRead { db in try Int.fetchOne(db.cachedStatement(sql: "SELECT max(number) FROM knowledge_version")) }
    }

    /// The live knowledge version, or `nil` before the first import.
    public func currentVersion() throws -> KnowledgeVersion? {
        try read { db in try Self.fetchCurrentVersion(db) }
    }

    /// Replaces the whole knowledge base in one transaction.
    ///
    /// Readers keep seeing the previous version until the transaction commits,
    /// and never see half of it. If `contentHash` equals the live version's,
    /// nothing is written and `.unchanged` is returned.
    ///
    /// - Parameters:
    ///   - entries: the analysed entries, in file order.
    ///   - negatives: analysed messages that no entry answers.
    ///   - settings: analyser, detector and reply settings (JSON, owned by FAQBot).
    ///   - model: the fitted scoring model (JSON, owned by FAQBot).
    ///   - contentHash: a hash of everything above.
    ///   - sourcePath: where the knowledge came from, for `faq-admin`.
    /// - Returns: the new (or unchanged) version.
    public func replaceKnowledge(entries: [IndexedEntry], negatives: [AnalyzedPhrase], settings: Data,
                                 model: Data, contentHash: String, sourcePath: String) throws -> ImportOutcome {
        let batches = Mutex([entries])
        return try replaceKnowledge(entryBatches: { batches.withLock { $0.popLast() } },
                                    settings: settings, contentHash: contentHash, sourcePath: sourcePath) {
            FittedPart(negatives: negatives, model: model)
        }
    }

    /// What an import derives from the entries: the calibration negatives and the fitted model.
    public struct FittedPart: Sendable {
        /// Analysed messages that no entry answers.
        public var negatives: [AnalyzedPhrase]
        /// The fitted scoring model (JSON, owned by FAQBot).
        public var model: Data

        /// Creates the part from its negatives and model.
        public init(negatives: [AnalyzedPhrase], model: Data) {
            self.negatives = negatives
            self.model = model
        }
    }

    /// Replaces the whole knowledge base in one transaction, with the entries handed over in
    /// batches, in file order, as the caller produces them: the writer stores each batch while
    /// the next is being analysed, and asks for the fitted part only once the entries are
    /// written, so that the caller can compute it meanwhile (writing a large base and fitting
    /// its model take about as long).
    ///
    /// Same guarantees as `replaceKnowledge(entries:negatives:settings:model:contentHash:sourcePath:)`;
    /// if `entryBatches` or `fittedPart` throws, nothing is written.
    ///
    /// - Parameters:
    ///   - entryBatches: called on the writer's thread until it returns `nil`; it may wait.
    ///   - fittedPart: called once, on the writer's thread, inside the transaction.
    public func replaceKnowledge(entryBatches: @escaping @Sendable () throws -> [IndexedEntry]?, settings: Data,
                                 contentHash: String, sourcePath: String,
                                 fittedPart: @escaping @Sendable () throws -> FittedPart) throws -> ImportOutcome {
        try write { db in
            if let current = try Self.fetchCurrentVersion(db), current.contentHash == contentHash {
                return .unchanged(current)
            }
            // `DELETE FROM` a regular FTS5 table (FTS5's 'delete-all' only exists for contentless and
            // external-content tables) re-tokenizes every old row to delete its terms (0.9 s for a
            // 10,000-entry base) and leaves the old segments in the file; dropping the table and
            // re-creating it from its own stored definition takes a fraction of that and leaves a
            // compact index. Both happen inside this transaction: readers keep the previous version.
            guard let ftsDefinition = try String.fetchOne(db, sql: """
                SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'entry_fts'
                """) else {
                throw StoreError.database(detail: "falta la tabla entry_fts del índice de búsqueda; la base de datos "
                                                + "está incompleta: importe el conocimiento en una base nueva (--db)")
            }
            try db.execute(sql: "DROP TABLE entry_fts")
            try db.execute(sql: ftsDefinition)
            try db.execute(sql: "DELETE FROM variant")
            try db.execute(sql: "DELETE FROM entry")
            try db.execute(sql: "DELETE FROM negative_phrase")
            // One prepared statement per table, run with new arguments for every row: a 10,000-entry
            // base is about 250,000 rows, and compiling the SQL for each of them cost more than the insert.
            let insertEntry = try db.makeStatement(sql: """
                INSERT INTO entry (id, position, question, title, area, cities, source, reviewed, answer,
                                   analyzed_question, analyzed_answer)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertVariant = try db.makeStatement(
                sql: "INSERT INTO variant (entry_id, position, text, analyzed) VALUES (?, ?, ?, ?)")
            let insertFTSRow = try db.makeStatement(
                sql: "INSERT INTO entry_fts (entry_id, kind, position, terms, answer_terms) VALUES (?, ?, ?, ?, ?)")
            func insertFTS(entryID: String, kind: SearchHit.Kind, position: Int, terms: String) throws {
                let isAnswer = kind == .answer
                try insertFTSRow.execute(arguments: [entryID, kind.rawValue, position,
                                                     isAnswer ? "" : terms, isAnswer ? terms : ""])
            }
            let encoder = JSONEncoder()
            func insert(_ indexed: IndexedEntry, at position: Int) throws {
                let entry = indexed.entry
                let cities = String(decoding: try encoder.encode(entry.cities), as: UTF8.self)
                try insertEntry.execute(arguments: [entry.id, position, entry.question, entry.title, entry.area, cities,
                                                    entry.source, entry.reviewed, entry.answer,
                                                    indexed.analyzedQuestion, indexed.analyzedAnswer])
                try insertFTS(entryID: entry.id, kind: .question, position: 0, terms: indexed.analyzedQuestion)
                for (index, variant) in entry.variants.enumerated() {
                    let analyzed = index < indexed.analyzedVariants.count ? indexed.analyzedVariants[index] : ""
                    try insertVariant.execute(arguments: [entry.id, index, variant, analyzed])
                    try insertFTS(entryID: entry.id, kind: .variant, position: index, terms: analyzed)
                }
                try insertFTS(entryID: entry.id, kind: .answer, position: 0, terms: indexed.analyzedAnswer)
            }
            var position = 0
            while let batch = try entryBatches() {
                for indexed in batch {
                    try insert(indexed, at: position)
                    position += 1
                }
            }
            let fitted = try fittedPart()
            let insertNegative = try db.makeStatement(sql: "INSERT INTO negative_phrase (text, analyzed) VALUES (?, ?)")
            for negative in fitted.negatives {
                try insertNegative.execute(arguments: [negative.text, negative.analyzed])
            }
            try db.execute(sql: """
                INSERT INTO knowledge_version (imported_at, content_hash, entry_count, source_path, settings, model)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [Date(), contentHash, position, sourcePath, settings, fitted.model])
            guard let version = try Self.fetchCurrentVersion(db) else {
                throw StoreError.database(detail: "la versión recién importada no se pudo leer")
            }
            return .imported(version)
        }
    }

    /// Loads the live knowledge base whole, or `nil` before the first import.
    ///
    /// The read happens in one snapshot: entries, negatives and model always
    /// belong to the same version.
    ///
    /// - Parameter variantTexts: `false` leaves every entry's `variants` empty (only their
    ///   analysed form is loaded): a bot serving messages never shows a variant, and at
    ///   10,000 entries their texts would be most of its memory.
    public func loadKnowledge(variantTexts: Bool = true) throws -> StoredKnowledge? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM knowledge_version ORDER BY number DESC LIMIT 1") else {
                return nil
            }
            let version = Self.version(from: row)
            var variantsByEntry: [String: [(String, String)]] = [:]
            let columns = variantTexts ? "entry_id, text, analyzed" : "entry_id, '' AS text, analyzed"
            // Cursors, not arrays of rows: a large base is read row by row, never whole in memory.
            let variants = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM variant ORDER BY entry_id, position")
            while let variant = try variants.next() {
                variantsByEntry[variant["entry_id"], default: []].append((variant["text"], variant["analyzed"]))
            }
            let entries = try Array(Row.fetchCursor(db, sql: "SELECT * FROM entry ORDER BY position").map { entryRow in
                let id: String = entryRow["id"]
                let variants = variantsByEntry[id] ?? []
                return IndexedEntry(entry: Self.entry(from: entryRow, variants: variantTexts ? variants.map(\.0) : []),
                                    analyzedQuestion: entryRow["analyzed_question"],
                                    analyzedVariants: variants.map(\.1),
                                    analyzedAnswer: entryRow["analyzed_answer"])
            })
            let negatives = try Row.fetchAll(db, sql: "SELECT text, analyzed FROM negative_phrase ORDER BY id").map {
                AnalyzedPhrase(text: $0["text"], analyzed: $0["analyzed"])
            }
            return StoredKnowledge(version: version, entries: entries, negatives: negatives,
                                   settings: row["settings"], model: row["model"])
        }
    }

    /// All entries of the live knowledge, in file order.
    public func entries() throws -> [KnowledgeEntry] {
        try loadKnowledge()?.entries.map(\.entry) ?? []
    }

    /// The entry with that id in the live knowledge, if any.
    public func entry(id: String) throws -> KnowledgeEntry? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM entry WHERE id = ?", arguments: [id]) else { return nil }
            let variants = try String.fetchAll(db, sql: "SELECT text FROM variant WHERE entry_id = ? ORDER BY position",
                                               arguments: [id])
            return Self.entry(from: row, variants: variants)
        }
    }

    /// Full-text search over the analysed questions, variants and answers.
    ///
    /// The terms are matched as quoted FTS5 strings joined by `OR`, so no
    /// character of user text can act as FTS5 syntax.
    ///
    /// - Parameters:
    ///   - terms: index terms (the analyser's output).
    ///   - answerWeight: BM25 weight of the answer text relative to questions and variants.
    ///   - limit: the most rows to return, best first.
    public func search(terms: [String], answerWeight: Double = 0.2, limit: Int = 200) throws -> [SearchHit] {
        let pattern = Self.matchPattern(for: terms)
        guard !pattern.isEmpty else { return [] }
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT entry_id, kind, position, bm25(entry_fts, 0, 0, 0, 1.0, ?) AS rank
                FROM entry_fts WHERE entry_fts MATCH ? ORDER BY rank LIMIT ?
                """, arguments: [answerWeight, pattern, limit]).map { row in
                SearchHit(entryID: row["entry_id"], kind: SearchHit.Kind(rawValue: row["kind"]) ?? .variant,
                          position: row["position"], rank: row["rank"])
            }
        }
    }

    /// Every term of the FTS5 index with the number of rows it appears in (`fts5vocab`).
    public func vocabulary() throws -> [VocabularyTerm] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT term, doc FROM entry_vocab").map {
                VocabularyTerm(term: $0["term"], documentCount: $0["doc"])
            }
        }
    }

    /// `"a" OR "b"` with embedded quotes doubled: user text never reaches FTS5 as syntax.
    static func matchPattern(for terms: [String]) -> String {
        var seen = Set<String>()
        return terms
            .filter { !$0.isEmpty && seen.insert($0).inserted }
            .map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            .joined(separator: " OR ")
    }

    static func fetchCurrentVersion(_ db: Database) throws -> KnowledgeVersion? {
        try Row.fetchOne(db, sql: """
            SELECT number, imported_at, content_hash, entry_count, source_path
            FROM knowledge_version ORDER BY number DESC LIMIT 1
            """).map(version(from:))
    }

    static func version(from row: Row) -> KnowledgeVersion {
        KnowledgeVersion(number: row["number"], importedAt: row["imported_at"], contentHash: row["content_hash"],
                         entryCount: row["entry_count"], sourcePath: row["source_path"])
    }

    static func entry(from row: Row, variants: [String]) -> KnowledgeEntry {
        let citiesJSON: String = row["cities"]
        let cities = (try? JSONDecoder().decode([String].self, from: Data(citiesJSON.utf8))) ?? []
        return KnowledgeEntry(id: row["id"], question: row["question"], title: row["title"], area: row["area"],
                              cities: cities, source: row["source"], reviewed: row["reviewed"],
                              variants: variants, answer: row["answer"])
    }
}
