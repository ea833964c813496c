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
    static let engineRevision = 2

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
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let analysisSettings = settings.analysis
        let indexed = Self.analyze(source.entries, settings: analysisSettings)
        // The model is fitted on another thread while the writer stores the entries;
        // the transaction waits for it before it commits.
        let negatives = source.negatives
        let fitting = BackgroundWork { Self.fit(indexed, negatives: negatives, settings: analysisSettings) }
        return try database.replaceKnowledge(entries: indexed, settings: try encoder.encode(settings), contentHash: hash,
                                             sourcePath: source.faqPath) {
            let fitted = fitting.wait()
            return FAQDatabase.FittedPart(negatives: fitted.negatives, model: try encoder.encode(fitted.model))
        }
    }

    /// Loads `faqFile` with its siblings and imports it.
    ///
    /// - Returns: the outcome and the warnings (an import with errors throws instead).
    @discardableResult
    public func importFile(_ faqFile: String) throws -> (outcome: ImportOutcome, warnings: [KnowledgeDiagnostic]) {
        let source = try KnowledgeSource.load(faqFile: faqFile)
        return (try importKnowledge(source), source.diagnostics.filter { $0.severity == .warning })
    }

    /// Analyses the question, variants and answer of every entry, on every core.
    static func analyze(_ entries: [KnowledgeEntry], settings: AnalysisSettings) -> [IndexedEntry] {
        let plain = Analyzer(settings: settings)
        return entries.parallelMap { entry in
            IndexedEntry(entry: entry,
                         analyzedQuestion: plain.indexText(entry.question),
                         analyzedVariants: entry.variants.map { plain.indexText($0) },
                         analyzedAnswer: plain.indexText(entry.answer))
        }
    }

    /// Analyses the out-of-scope messages and fits the model on the analysed entries.
    static func fit(_ indexed: [IndexedEntry], negatives: [String], settings: AnalysisSettings)
        -> (negatives: [AnalyzedPhrase], model: MatchModel) {
        // Negatives are analysed as messages are when serving: with typo
        // correction against the vocabulary the index will have.
        let entriesOnly = KnowledgeIndex(entries: indexed)
        let serving = Analyzer(settings: settings, vocabulary: entriesOnly.vocabulary)
        let analyzedNegatives = negatives.parallelMap { serving.analyze($0) }
        let index = entriesOnly.withNegatives(analyzedNegatives.map(\.indexText))
        let model = ModelTrainer(index: index).fit(negatives: analyzedNegatives.map { index.query(for: $0.terms) })
        return (analyzedNegatives.map { AnalyzedPhrase(text: $0.original, analyzed: $0.indexText) }, model)
    }

    /// FNV-1a (64 bits) of everything an import depends on; enough to tell "unchanged".
    ///
    /// The entries' fields are hashed directly (each followed by a separator byte);
    /// the settings, small, through their JSON.
    static func contentHash(source: KnowledgeSource, settings: KnowledgeSettings) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        func json<T: Encodable>(_ value: T) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
        var hash = FNV1a()
        hash.add("revision \(engineRevision)")
        for entry in source.entries {
            hash.add(try json(entry.withoutTexts))
            hash.add(entry.question)
            for variant in entry.variants { hash.add(variant) }
            hash.add(entry.answer)
        }
        for negative in source.negatives { hash.add(negative) }
        hash.add(try json(settings))
        return String(hash.value, radix: 16)
    }
}

/// The 64-bit FNV-1a hash of a sequence of texts, each ended by a 0xFF byte (never in UTF-8).
private struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes { mix(byte) }
        }
        mix(0xFF)
    }

    private mutating func mix(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x100_0000_01b3
    }
}

private extension KnowledgeEntry {
    /// The entry's metadata alone (its long texts are hashed directly).
    var withoutTexts: KnowledgeEntry {
        var copy = self
        copy.question = ""
        copy.variants = []
        copy.answer = ""
        return copy
    }

}
