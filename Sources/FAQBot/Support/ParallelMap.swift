import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` on every core: the elements are split into contiguous chunks that
    /// are transformed concurrently; the result keeps the order. For the batch
    /// work of an import (analysing every text, scoring every held-out example),
    /// never for a message.
    ///
    /// - Parameters:
    ///   - minimumCount: below this many elements the work is done on the calling thread (the
    ///     default suits cheap transforms; a few costly ones, such as fitting a model each, pass 1).
    ///   - transform: a pure function; it runs on several threads at once.
    func parallelMap<T: Sendable>(minimumCount: Int = 64, _ transform: @Sendable (Element) -> T) -> [T] {
        let count = self.count
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard count >= Swift.max(minimumCount, 2), cores > 1 else { return map(transform) }
        let chunks = Swift.min(count, cores * 8)
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let output = SendableBuffer(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let lower = chunk * count / chunks
                let upper = (chunk + 1) * count / chunks
                for offset in lower..<upper {
                    (output.base + offset).initialize(to: transform(self[offset]))
                }
            }
            initialized = count
        }
    }
}

/// The output buffer of `parallelMap`: each chunk writes only its own slots.
private struct SendableBuffer<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}

