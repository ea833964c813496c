import Foundation

/// One imported knowledge base: its number, when and from where it came.
public struct KnowledgeVersion: Sendable, Hashable, Codable {
    /// Increases by one with every import that changed something.
    public var number: Int
    /// When the import happened.
    public var importedAt: Date
    /// Hash of everything imported; an import with the same hash is a no-op.
    public var contentHash: String
    /// How many entries the version has.
    public var entryCount: Int
    /// The file the knowledge was imported from.
    public var sourcePath: String

    /// Creates a version record.
    public init(number: Int, importedAt: Date, contentHash: String, entryCount: Int, sourcePath: String) {
        self.number = number
        self.importedAt = importedAt
        self.contentHash = contentHash
        self.entryCount = entryCount
        self.sourcePath = sourcePath
    }
}

/// An entry together with its analysed text (space-separated index terms).
public struct IndexedEntry: Sendable, Hashable {
    /// The entry as curated.
    public var entry: KnowledgeEntry
    /// The analysed question.
    public var analyzedQuestion: String
    /// Same order and count as `entry.variants`.
    public var analyzedVariants: [String]
    /// The analysed answer.
    public var analyzedAnswer: String

    /// Creates an indexed entry; `analyzedVariants` must match `entry.variants` one to one.
    public init(entry: KnowledgeEntry, analyzedQuestion: String, analyzedVariants: [String], analyzedAnswer: String) {
        self.entry = entry
        self.analyzedQuestion = analyzedQuestion
        self.analyzedVariants = analyzedVariants
        self.analyzedAnswer = analyzedAnswer
    }
}

/// A message that no entry answers, kept with its analysed text (calibration negatives).
public struct AnalyzedPhrase: Sendable, Hashable, Codable {
    /// The message as staff wrote it (Spanish).
    public var text: String
    /// Its analysed text (space-separated index terms).
    public var analyzed: String

    /// Creates a phrase from its text and its analysed form.
    public init(text: String, analyzed: String) {
        self.text = text
        self.analyzed = analyzed
    }
}

/// Everything one import writes, and everything a bot loads to serve: the
/// entries, the negatives, and two opaque JSON documents owned by `FAQBot`
/// (settings and fitted model).
public struct StoredKnowledge: Sendable {
    /// The version this knowledge is.
    public var version: KnowledgeVersion
    /// Every entry with its analysed text, in file order.
    public var entries: [IndexedEntry]
    /// Messages no entry answers (calibration negatives).
    public var negatives: [AnalyzedPhrase]
    /// FAQBot's settings (analysis, detectors, texts, routing), as JSON.
    public var settings: Data
    /// FAQBot's fitted matching model, as JSON.
    public var model: Data

    /// Creates the knowledge of one import.
    public init(version: KnowledgeVersion, entries: [IndexedEntry], negatives: [AnalyzedPhrase], settings: Data, model: Data) {
        self.version = version
        self.entries = entries
        self.negatives = negatives
        self.settings = settings
        self.model = model
    }
}

/// What `FAQDatabase.replaceKnowledge` did.
public enum ImportOutcome: Sendable, Equatable {
    /// A new version was written.
    case imported(KnowledgeVersion)
    /// The content was identical to the live version: nothing changed.
    case unchanged(KnowledgeVersion)

    /// The live version after the import, new or unchanged.
    public var version: KnowledgeVersion {
        switch self {
        case let .imported(version), let .unchanged(version): return version
        }
    }
}

/// One FTS5 hit: a question, variant or answer row of an entry, with its BM25 rank
/// (lower is better, as SQLite reports it).
public struct SearchHit: Sendable, Hashable {
    /// Which row of the entry matched: its question, a variant or its answer.
    public enum Kind: String, Sendable { case question = "q", variant = "v", answer = "a" }
    /// The id of the entry the row belongs to.
    public var entryID: String
    /// Which row matched.
    public var kind: Kind
    /// Variant index for `.variant`, 0 otherwise.
    public var position: Int
    /// The BM25 rank; lower (more negative) is better.
    public var rank: Double
}

/// A term of the index vocabulary with the number of rows it appears in.
public struct VocabularyTerm: Sendable, Hashable {
    /// The analysed index term.
    public var term: String
    /// How many index rows (questions, variants, answers) contain the term.
    public var documentCount: Int
}
