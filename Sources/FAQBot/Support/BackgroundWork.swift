import Dispatch
import Synchronization

/// A computation started on a global queue at once, whose result is waited for later:
/// lets an import fit its model while the writer stores the entries.
final class BackgroundWork<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work` now, on another thread.
    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            let value = work()
            self.result.withLock { $0 = value }
            self.done.signal()
        }
    }

    /// The result, waiting for it if the work has not finished; call it once.
    func wait() -> Value {
        done.wait()
        return result.withLock { $0! }
    }
}
