import Foundation

/// One imported knowledge base: its number, when and from where it came.
public struct KnowledgeVersion: Sendable, Hashable, Codable {
    /// Increases by one with every import that changed something.
    public var number: Int
    public var importedAt: Date
    /// Hash of everything imported; an import with the same hash is a no-op.
    public var contentHash: String
    public var entryCount: Int
    /// The file the knowledge was imported from.
    public var sourcePath: String

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
    public var entry: KnowledgeEntry
    public var analyzedQuestion: String
    /// Same order and count as `entry.variants`.
    public var analyzedVariants: [String]
    public var analyzedAnswer: String

    public init(entry: KnowledgeEntry, analyzedQuestion: String, analyzedVariants: [String], analyzedAnswer: String) {
        self.entry = entry
        self.analyzedQuestion = analyzedQuestion
        self.analyzedVariants = analyzedVariants
        self.analyzedAnswer = analyzedAnswer
    }
}

/// A message that no entry answers, kept with its analysed text (calibration negatives).
public struct AnalyzedPhrase: Sendable, Hashable, Codable {
    public var text: String
    public var analyzed: String

    public init(text: String, analyzed: String) {
        self.text = text
        self.analyzed = analyzed
    }
}

/// Everything one import writes, and everything a bot loads to serve: the
/// entries, the negatives, and two opaque JSON documents owned by `FAQBot`
/// (settings and fitted model).
public struct StoredKnowledge: Sendable {
    public var version: KnowledgeVersion
    public var entries: [IndexedEntry]
    public var negatives: [AnalyzedPhrase]
    public var settings: Data
    public var model: Data

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

    public var version: KnowledgeVersion {
        switch self {
        case let .imported(version), let .unchanged(version): return version
        }
    }
}

/// One FTS5 hit: a question, variant or answer row of an entry, with its BM25 rank
/// (lower is better, as SQLite reports it).
public struct SearchHit: Sendable, Hashable {
    public enum Kind: String, Sendable { case question = "q", variant = "v", answer = "a" }
    public var entryID: String
    public var kind: Kind
    /// Variant index for `.variant`, 0 otherwise.
    public var position: Int
    public var rank: Double
}

/// A term of the index vocabulary with the number of rows it appears in.
public struct VocabularyTerm: Sendable, Hashable {
    public var term: String
    public var documentCount: Int
}
