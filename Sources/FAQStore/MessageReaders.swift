import Foundation
import GRDB
import Synchronization

/// A few read-only connections of their own for the reads every handled
/// message makes (its stored result, the sender's ticket and state).
///
/// Taking a reader from GRDB's pool costs a barrier queue, a semaphore, a
/// group and a lock each time: more than these reads themselves. Here a read
/// takes the next connection in turn and runs on the caller's thread; with
/// as many connections as cores (up to 8), two reads rarely meet on one connection,
/// and when they do, the second waits the few microseconds the first takes.
/// Reads run outside a transaction: each statement sees the latest commit.
final class MessageReaders: Sendable {
    private let connections: [DatabaseQueue]
    private let next = Atomic<Int>(0)

    /// - Parameter count: connections to open: one per core, at least 2 and at most 8 (each holds
    ///   three files open; more than the pool's 8 readers would not pay on a large machine).
    init(path: String, count: Int = min(8, max(2, ProcessInfo.processInfo.activeProcessorCount))) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        configuration.label = "FAQDatabase.messageReader"
        connections = try (0..<count).map { _ in try DatabaseQueue(path: path, configuration: configuration) }
    }

    /// Runs `body` on the next connection, blocking while another read uses it.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        let turn = next.add(1, ordering: .relaxed).oldValue
        return try connections[turn % connections.count].inDatabase(body)
    }
}
