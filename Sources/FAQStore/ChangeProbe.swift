import GRDB
import Synchronization

/// Tells whether the live knowledge version changed, for the price of one
/// `PRAGMA data_version` on a connection of its own (a few microseconds),
/// instead of a read transaction from the pool on every message.
///
/// SQLite changes a connection's `data_version` whenever another connection
/// (of this process or another) commits; only then is the version row read again.
final class ChangeProbe: Sendable {
    private let queue: DatabaseQueue
    /// The `data_version` last seen and the version number read with it.
    private let lastSeen = Mutex<(dataVersion: Int64, number: Int?)?>(nil)

    init(path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        configuration.label = "FAQDatabase.changeProbe"
        queue = try DatabaseQueue(path: path, configuration: configuration)
    }

    /// The live knowledge version number (`nil` before the first import).
    func liveVersionNumber() throws -> Int? {
        try queue.inDatabase { db in
            let dataVersion = try Int64.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0
            if let seen = lastSeen.withLock({ $0 }), seen.dataVersion == dataVersion { return seen.number }
            let number = try Int.fetchOne(db.cachedStatement(sql: "SELECT max(number) FROM knowledge_version"))
            lastSeen.withLock { $0 = (dataVersion, number) }
            return number
        }
    }
}

extension FAQDatabase {
    /// The number of the live knowledge version, `nil` before the first import.
    ///
    /// Cheap enough to call for every message: it reads the version only after
    /// some connection has committed since the previous call.
    ///
    /// - Throws: `StoreError` when the database cannot be read.
    public func liveVersionNumber() throws -> Int? {
        do { return try changeProbe.liveVersionNumber() } catch { throw StoreError.wrap(error, path: path) }
    }
}
