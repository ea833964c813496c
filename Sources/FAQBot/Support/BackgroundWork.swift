import Dispatch
import Foundation
import Synchronization

/// A computation started on a thread of its own at once, whose result is waited for later:
/// lets an import fit its model while the writer stores the entries.
final class BackgroundWork<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work` now, on another thread.
    init(_ work: @escaping @Sendable () -> Value) {
        // A thread of its own, not a Dispatch worker: the work may wait for other work
        // that needs the Dispatch workers (the import's fit waits for its analysis).
        let thread = Thread {
            let value = work()
            self.result.withLock { $0 = value }
            self.done.signal()
        }
        thread.qualityOfService = .userInitiated
        thread.start()
    }

    /// The result, waiting for it if the work has not finished; call it once.
    func wait() -> Value {
        done.wait()
        return result.withLock { $0! }
    }
}
