import Dispatch
import FAQStore
import Synchronization

/// The analysis of an import's entries, running on every core in the background,
/// chunk by chunk: the writer and the fit each take the chunks in file order as each
/// is ready (the writer stores one, the fit indexes it, while the next is analysed).
final class PipelinedAnalysis: Sendable {
    private let ranges: [Range<Int>]
    /// Left when its chunk is ready (the writer and the fit wait on it).
    private let chunkReady: [DispatchGroup]
    private let results = Mutex<[Int: [IndexedEntry]]>([:])
    private let nextChunk = Mutex(0)

    /// Starts analysing `entries` at once.
    ///
    /// - Parameter chunkSize: entries per chunk (small enough that the first is ready soon).
    init(_ entries: [KnowledgeEntry], analyzer: Analyzer, chunkSize: Int = 200) {
        let ranges = stride(from: 0, to: entries.count, by: chunkSize).map { $0..<min($0 + chunkSize, entries.count) }
        self.ranges = ranges
        chunkReady = ranges.map { _ in
            let group = DispatchGroup()
            group.enter()
            return group
        }
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            // Dispatch hands out iterations in increasing order: early chunks finish first.
            DispatchQueue.concurrentPerform(iterations: ranges.count) { chunk in
                let analyzed = entries[ranges[chunk]].map { entry in
                    IndexedEntry(entry: entry,
                                 analyzedQuestion: analyzer.indexText(entry.question),
                                 analyzedVariants: entry.variants.map { analyzer.indexText($0) },
                                 analyzedAnswer: analyzer.indexText(entry.answer))
                }
                results.withLock { $0[chunk] = analyzed }
                chunkReady[chunk].leave()
            }
        }
    }

    /// The next chunk in file order, waiting until it is analysed; `nil` after the last. For the writer.
    func next() -> [IndexedEntry]? {
        let chunk = nextChunk.withLock { next in defer { next += 1 }; return next }
        return self.chunk(chunk)
    }

    /// Chunk `chunk` (0 first), waiting until it is analysed; `nil` past the last.
    func chunk(_ chunk: Int) -> [IndexedEntry]? {
        guard chunk < ranges.count else { return nil }
        chunkReady[chunk].wait()
        return results.withLock { $0[chunk] }
    }


}
