import FAQBot
import FAQStore
import Foundation
import Synchronization

/// The temporary folders `freshDatabase` made, removed by `removeTemporaryDirectories`.
private let temporaryDirectories = Mutex<[URL]>([])

/// Databases for the benchmarks.
public enum Fixtures {
    /// A new empty folder under the system's temporary folder.
    public static func temporaryDirectory(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("faq-bench-\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A fresh database in a new temporary folder with `faqFile` (and its siblings) imported.
    public static func freshDatabase(importing faqFile: String = BenchPaths.shippedFAQ,
                                     label: String) throws -> (database: FAQDatabase, directory: URL) {
        let directory = try temporaryDirectory(label)
        temporaryDirectories.withLock { $0.append(directory) }
        let database = try FAQDatabase(path: directory.appendingPathComponent("faq.sqlite").path)
        try KnowledgeImporter(database: database).importFile(faqFile)
        return (database, directory)
    }

    /// The analyser a knowledge snapshot serves with: the shipped analysis settings
    /// and the database's FTS5 vocabulary (for typo correction).
    public static func servingAnalyzer(database: FAQDatabase, faqFile: String = BenchPaths.shippedFAQ) throws -> Analyzer {
        let source = try KnowledgeSource.load(faqFile: faqFile)
        var vocabulary: [String: Int] = [:]
        for term in try database.vocabulary() { vocabulary[term.term] = term.documentCount }
        return Analyzer(settings: source.settings, vocabulary: vocabulary)
    }

    /// Removes every folder `freshDatabase` made in this process.
    public static func removeTemporaryDirectories() {
        let directories = temporaryDirectories.withLock { list in
            defer { list.removeAll() }
            return list
        }
        for directory in directories { try? FileManager.default.removeItem(at: directory) }
    }

    /// Opens a database `run.sh` prepared; fails with a hint when it is missing.
    public static func existingDatabase(path: String) throws -> FAQDatabase {
        guard FileManager.default.fileExists(atPath: path) else { throw FixtureError.missing(path) }
        return try FAQDatabase(path: path)
    }

    /// Total size of a SQLite database on disk: the file plus its WAL and shared-memory files.
    public static func databaseBytes(path: String) -> Int {
        [path, path + "-wal", path + "-shm"].reduce(0) { total, file in
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.intValue ?? 0
            return total + size
        }
    }
}

public enum FixtureError: Error, CustomStringConvertible {
    case missing(String)

    public var description: String {
        switch self {
        case let .missing(path): "missing \(path): run Benchmarks/run.sh (it generates and imports the data) first"
        }
    }
}
