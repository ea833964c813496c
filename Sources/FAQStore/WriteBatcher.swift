import GRDB
import Synchronization

/// Group commit for the per-message writes: every write submitted while the
/// writer is busy joins the next transaction.
///
/// With many conversations at once, one commit (and one append to the WAL)
/// then serves many messages instead of one. A write that finds no batch in
/// progress leads: it writes on its caller's thread (no hand-off to the writer
/// thread and back), after letting the other messages in flight reach their
/// writes when the caller says there are some; writes submitted while it writes
/// are then drained on GRDB's writer thread. A write's caller resumes only
/// after the transaction holding it has committed, so a returned result is
/// durable exactly as with a transaction of its own; a write that throws rolls
/// back the batch, which is then written again one write per transaction, so only it fails.
final class WriteBatcher: Sendable {
    private let pool: DatabasePool
    private let pending = Mutex<(jobs: [Job], draining: Bool)>(([], false))

    /// One submitted write, its result kept until the commit.
    private final class Job: Sendable {
        let run: @Sendable (Database) throws -> Void
        let complete: @Sendable ((any Error)?) -> Void

        init(run: @escaping @Sendable (Database) throws -> Void, complete: @escaping @Sendable ((any Error)?) -> Void) {
            self.run = run
            self.complete = complete
        }
    }

    /// Where a write's value waits between its run and the end of its transaction.
    private final class Outcome<T: Sendable>: Sendable {
        /// (the value its last run returned, the result once its transaction ended)
        private let state = Mutex<(value: T?, result: Result<T, any Error>?)>((nil, nil))

        /// `work` as a job's run: its value is kept (a batch rolled back and run again overwrites it).
        func recording(_ work: @escaping @Sendable (Database) throws -> T) -> @Sendable (Database) throws -> Void {
            { db in
                let value = try work(db)
                self.state.withLock { $0.value = value }
            }
        }

        /// Ends the write: `error` is `nil` when its transaction committed. Returns its result.
        @discardableResult
        func complete(_ error: (any Error)?) -> Result<T, any Error> {
            state.withLock { state in
                let result: Result<T, any Error> = if let error { .failure(error) }
                    else if let value = state.value { .success(value) }
                    else { .failure(WriteBatcher.notRun()) }
                state.result = result
                return result
            }
        }

        /// The result, once `complete` was called.
        var result: Result<T, any Error>? { state.withLock { $0.result } }
    }

    init(pool: DatabasePool) {
        self.pool = pool
    }

    /// Runs `work` in the next batch transaction and returns its result once that transaction has committed.
    ///
    /// When no batch is being written, the caller writes its own (with whatever was submitted meanwhile)
    /// on its own thread: a message arriving alone then costs no hand-off to the writer thread and back.
    /// When a batch is being written, the write joins the next one and the caller suspends.
    ///
    /// - Parameter gathering: other writes are on their way (other messages are being decided):
    ///   a caller that would write alone first lets the tasks waiting for its thread run, so that
    ///   the writes they reach join its transaction instead of each paying a commit of its own.
    ///   (Without other work waiting, it would only cost a trip through the scheduler.)
    func write<T: Sendable>(gathering: Bool = false, _ work: @escaping @Sendable (Database) throws -> T) async throws -> T {
        let leads = pending.withLock { state -> Bool in
            if state.draining { return false }
            state.draining = true
            return true
        }
        if leads {
            if gathering { await Task.yield() }
            return try lead(work)
        }
        return try await follow(work)
    }

    /// Writes `work`, and the writes already waiting, in one transaction on the calling thread; then
    /// hands the writes submitted in the meantime to the writer thread.
    ///
    /// This blocks the calling thread while the writer connection is busy (for instance with an
    /// import), as GRDB's synchronous writes do; only one caller at a time leads, every other
    /// write suspends meanwhile, so at most one thread of the cooperative pool waits here.
    private func lead<T: Sendable>(_ work: @escaping @Sendable (Database) throws -> T) throws -> T {
        let outcome = Outcome<T>()
        let own = Job(run: outcome.recording(work), complete: { outcome.complete($0) })
        pool.writeWithoutTransaction { db in
            let waiting = self.pending.withLock { state -> [Job] in
                defer { state.jobs = [] }
                return state.jobs
            }
            self.run([own] + waiting, in: db)
        }
        let handsOff = pending.withLock { state -> Bool in
            if state.jobs.isEmpty {
                state.draining = false
                return false
            }
            return true
        }
        if handsOff { drain() }
        return try (outcome.result ?? .failure(Self.notRun())).get()
    }

    /// Joins the next batch, written by the writer thread, and suspends until it has committed.
    private func follow<T: Sendable>(_ work: @escaping @Sendable (Database) throws -> T) async throws -> T {
        let outcome = Outcome<T>()
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let job = Job(run: outcome.recording(work),
                          complete: { continuation.resume(with: outcome.complete($0)) })
            let startsDrain = pending.withLock { state -> Bool in
                state.jobs.append(job)
                defer { state.draining = true }
                return !state.draining
            }
            if startsDrain { drain() }
        }
    }

    /// The error of a write whose batch ended without running it (not expected to happen).
    fileprivate static func notRun() -> DatabaseError {
        DatabaseError(resultCode: .SQLITE_ERROR, message: "la escritura no llegó a ejecutarse; vuelva a enviar el mensaje")
    }

    /// Runs a batch in one transaction; if any write throws, the transaction is rolled back and
    /// each write is run again in a transaction of its own, so that only the failing one fails.
    /// (Savepoints per write would isolate them too, but cost more than the writes on the hot path,
    /// and a failure is rare: a full disk, a bug.)
    private func run(_ jobs: [Job], in db: Database) {
        if jobs.count > 1 {
            do {
                try db.inTransaction(.immediate) {
                    for job in jobs { try job.run(db) }
                    return .commit
                }
                for job in jobs { job.complete(nil) }
                return
            } catch {
                // Fall through: one at a time.
            }
        }
        for job in jobs {
            do {
                try db.inTransaction(.immediate) {
                    try job.run(db)
                    return .commit
                }
                job.complete(nil)
            } catch {
                job.complete(error)
            }
        }
    }

    /// Runs batches on the writer until no job is waiting.
    private func drain() {
        pool.asyncWriteWithoutTransaction { db in
            while true {
                let jobs = self.pending.withLock { state -> [Job] in
                    let jobs = state.jobs
                    state.jobs = []
                    if jobs.isEmpty { state.draining = false }
                    return jobs
                }
                if jobs.isEmpty { return }
                self.run(jobs, in: db)
            }
        }
    }
}
