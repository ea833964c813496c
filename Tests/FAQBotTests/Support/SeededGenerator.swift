@testable import FAQBot

/// The tests' deterministic generator: the library's own SplitMix64, so that a failing
/// randomised test replays exactly.
typealias SeededGenerator = SplitMix64

extension SplitMix64 {
    /// Starts the sequence at `state`, as the tests write it.
    init(state: UInt64) {
        self.init(seed: state)
    }
}
