import FAQStore
import Foundation

/// Turns the curated files into a live knowledge version: analyses every
/// text, fits the matching model on it and writes it all in one transaction.
///
/// A source with any error changes nothing (the previous knowledge stays
/// live); a source identical to the live version is a no-op.
///
/// ```swift
/// let source = try KnowledgeSource.load(faqFile: "Knowledge/faq.md")
/// let outcome = try KnowledgeImporter(database: database).importKnowledge(source)
/// print(outcome.version.number)
/// ```
public struct KnowledgeImporter: Sendable {
    /// Bumped whenever analysis or scoring code changes what an import produces,
    /// so that re-importing an unchanged file after an upgrade still rebuilds.
    static let engineRevision = 1

    /// The database the knowledge is written to.
    public let database: FAQDatabase

    /// Creates an importer writing to `database`.
    public init(database: FAQDatabase) {
        self.database = database
    }

    /// Imports an already loaded source.
    ///
    /// - Throws: `KnowledgeFileError.invalid` when the source has errors; `StoreError` on database failure.
    @discardableResult
    public func importKnowledge(_ source: KnowledgeSource) throws -> ImportOutcome {
        guard !source.hasErrors else { throw KnowledgeFileError.invalid(diagnostics: source.diagnostics) }
        let settings = KnowledgeSettings(analysis: source.settings, detectors: source.detectors, texts: source.texts,
                                         routing: source.routing)
        let hash = try Self.contentHash(source: source, settings: settings)
        if let current = try database.currentVersion(), current.contentHash == hash {
            return .unchanged(current)
        }
        let prepared = Self.prepare(entries: source.entries, negatives: source.negatives, settings: settings.analysis)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try database.replaceKnowledge(entries: prepared.entries, negatives: prepared.negatives,
                                             settings: try encoder.encode(settings), model: try encoder.encode(prepared.model),
                                             contentHash: hash, sourcePath: source.faqPath)
    }

    /// Loads `faqFile` with its siblings and imports it.
    ///
    /// - Returns: the outcome and the warnings (an import with errors throws instead).
    @discardableResult
    public func importFile(_ faqFile: String) throws -> (outcome: ImportOutcome, warnings: [KnowledgeDiagnostic]) {
        let source = try KnowledgeSource.load(faqFile: faqFile)
        return (try importKnowledge(source), source.diagnostics.filter { $0.severity == .warning })
    }

    /// Analyses entries and negatives and fits the model: everything but the write.
    static func prepare(entries: [KnowledgeEntry], negatives: [String], settings: AnalysisSettings)
        -> (entries: [IndexedEntry], negatives: [AnalyzedPhrase], model: MatchModel) {
        let plain = Analyzer(settings: settings)
        // Every text is analysed on its own: spread them over the cores.
        let indexed = entries.parallelMap { entry in
            IndexedEntry(entry: entry,
                         analyzedQuestion: plain.analyze(entry.question).indexText,
                         analyzedVariants: entry.variants.map { plain.analyze($0).indexText },
                         analyzedAnswer: plain.analyze(entry.answer).indexText)
        }
        // Negatives are analysed as messages are when serving: with typo
        // correction against the vocabulary the index will have.
        let serving = Analyzer(settings: settings, vocabulary: vocabulary(of: indexed))
        let analyzedNegatives = negatives.parallelMap { serving.analyze($0) }
        let index = KnowledgeIndex(entries: indexed, negatives: analyzedNegatives.map(\.indexText))
        let model = ModelTrainer(index: index).fit(negatives: analyzedNegatives.map { index.query(for: $0.terms) })
        return (indexed, analyzedNegatives.map { AnalyzedPhrase(text: $0.original, analyzed: $0.indexText) }, model)
    }

    /// Term → number of index rows using it: what `fts5vocab` will report once written.
    static func vocabulary(of entries: [IndexedEntry]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for entry in entries {
            for row in [entry.analyzedQuestion, entry.analyzedAnswer] + entry.analyzedVariants {
                for term in Set(row.split(separator: " ")) { counts[String(term), default: 0] += 1 }
            }
        }
        return counts
    }

    /// FNV-1a (64 bits) of everything an import depends on; enough to tell "unchanged".
    static func contentHash(source: KnowledgeSource, settings: KnowledgeSettings) throws -> String {
        struct Hashed: Encodable {
            let revision: Int
            let entries: [KnowledgeEntry]
            let negatives: [String]
            let settings: KnowledgeSettings
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(Hashed(revision: engineRevision, entries: source.entries,
                                             negatives: source.negatives, settings: settings))
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
