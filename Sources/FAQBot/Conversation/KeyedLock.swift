import Synchronization

/// Serialises work per key (per sender): messages of one conversation are
/// handled one after the other, in the order they asked, different
/// conversations in parallel.
///
/// A mutex-guarded table rather than an actor: taking a free key (the usual
/// case) neither suspends nor hops to another executor.
final class KeyedLock: Sendable {
    private struct State {
        var held: Set<String> = []
        /// Tasks waiting for a held key, first come first served.
        var waiters: [String: [CheckedContinuation<Void, Never>]] = [:]
    }

    private let state = Mutex(State())

    /// Runs `body` holding the key.
    func withLock<T: Sendable>(_ key: String, _ body: @Sendable () async throws -> T) async rethrows -> T {
        await lock(key)
        defer { unlock(key) }
        return try await body()
    }

    private func lock(_ key: String) async {
        if state.withLock({ $0.held.insert(key).inserted }) { return }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            // The key may have been freed since the first try: then take it at once.
            let takenNow = state.withLock { state -> Bool in
                if state.held.insert(key).inserted { return true }
                state.waiters[key, default: []].append(continuation)
                return false
            }
            if takenNow { continuation.resume() }
        }
    }

    /// Hands the key to the next waiter (it stays held), or frees it.
    private func unlock(_ key: String) {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard var queue = state.waiters[key], !queue.isEmpty else {
                state.held.remove(key)
                return nil
            }
            let next = queue.removeFirst()
            state.waiters[key] = queue.isEmpty ? nil : queue
            return next
        }
        next?.resume()
    }
}
