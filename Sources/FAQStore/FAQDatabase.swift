import Foundation
import GRDB

/// The bot's SQLite database: knowledge, FTS5 index, human queue and conversations.
///
/// One file in WAL mode, opened as a GRDB `DatabasePool`: one writer and
/// concurrent readers, so messages keep being answered while staff import new
/// knowledge. The type is `Sendable` and meant to be shared by the whole process.
///
/// ```swift
/// let database = try FAQDatabase(path: "faq.sqlite")
/// if let knowledge = try database.loadKnowledge() {
///     print(knowledge.version.number, knowledge.entries.count)
/// }
/// ```
public final class FAQDatabase: Sendable {
    /// The path of the database file.
    public let path: String
    let pool: DatabasePool
    /// Group commit for the writes of handled messages.
    let batcher: WriteBatcher
    /// Connections of their own for the reads of handled messages.
    let messageReaders: MessageReaders

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    ///
    /// - Parameter path: a file path; its folder must exist.
    /// - Throws: `StoreError.cannotOpen`, `.corrupt` or `.notWritable` with a Spanish explanation.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.maximumReaderCount = 8
        configuration.label = "FAQDatabase"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw StoreError.cannotOpen(path: path, detail: "la carpeta «\(directory)» no existe")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator.migrate(pool)
            batcher = WriteBatcher(pool: pool)
            messageReaders = try MessageReaders(path: path)
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    /// Runs a read in a snapshot, mapping errors to `StoreError`.
    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch { throw StoreError.wrap(error, path: path) }
    }

    /// Runs reads outside a transaction (each statement sees the latest commit), for the per-message
    /// reads whose statements need no common snapshot: cheaper than `read`'s isolation, and on
    /// connections of their own (`MessageReaders`), cheaper to take than one of the pool's.
    ///
    /// Blocking, also from async code, on purpose: GRDB's async read holds a reader
    /// connection across a suspension, and with many concurrent messages on a 2-core
    /// machine every cooperative thread ended up waiting for a reader only a suspended
    /// task would release (a deadlock with 64 conversations). A blocking read takes and
    /// returns its connection on one thread, in microseconds.
    func unisolatedRead<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws -> T {
        do { return try messageReaders.read(body) } catch { throw StoreError.wrap(error, path: path) }
    }

    /// Runs a write transaction, mapping errors to `StoreError`.
    func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws -> T {
        do { return try pool.write(body) } catch { throw StoreError.wrap(error, path: path) }
    }

    /// Runs a write in the next group-commit transaction (see `WriteBatcher`), from async code.
    func batchedWrite<T: Sendable>(gathering: Bool = false,
                                   _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do { return try await batcher.write(gathering: gathering, body) } catch { throw StoreError.wrap(error, path: path) }
    }

    /// Runs `PRAGMA integrity_check` and returns its verdict (`["ok"]` when healthy).
    public func integrityCheck() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// Writes a consistent copy of the whole database to a new file at `path` (`VACUUM INTO`): a
    /// backup taken while the bot runs, or a fixture to copy.
    ///
    /// - Throws: `StoreError` when the file exists or cannot be written.
    public func vacuum(into path: String) throws {
        // VACUUM cannot run inside a transaction, which `read` and `write` open.
        do {
            try pool.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [path]) }
        } catch {
            throw StoreError.wrap(error, path: self.path)
        }
    }
}
