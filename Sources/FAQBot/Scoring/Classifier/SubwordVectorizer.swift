import Foundation

/// Turns `SubwordFeatures` into the TF-IDF vector an `EntryClassifier` reads: the features
/// known from the rows it was fitted on, each with its IDF.
///
/// ```swift
/// let vectorizer = SubwordVectorizer(featureHashes: hashes, idf: idf)
/// let row = vectorizer.vector(of: SubwordFeatures(words: analyzed.words))
/// ```
struct SubwordVectorizer: Sendable, Hashable {
    /// The hash of each feature, sorted: a feature's index is its place here.
    let features: PackedArray<UInt64>
    /// The IDF of each feature, over the rows it was fitted on.
    let idf: PackedArray<Float>
    /// An open-addressing table from a feature hash to its index (`-1`: empty), built from
    /// `features`: a message's few hundred n-grams are each found in one or two probes, where a
    /// binary search of the sorted hashes took the most time of a decision.
    private let slots: [Int32]

    /// - Parameters:
    ///   - featureHashes: sorted, distinct.
    ///   - idf: one per feature.
    init(featureHashes: [UInt64], idf: [Float]) {
        precondition(idf.count == featureHashes.count)
        features = PackedArray(featureHashes)
        self.idf = PackedArray(idf)
        slots = Self.slots(for: featureHashes)
    }

    /// How many features it knows.
    var featureCount: Int { features.elements.count }

    /// The message's TF-IDF vector over the known features: sublinear counts
    /// (1 + ln count) times IDF, the word and the character parts each scaled to length 1.
    func vector(of message: SubwordFeatures) -> SparseRow {
        var row = SparseRow()
        append(message.words, to: &row)
        append(message.characters, to: &row)
        return row
    }

    private func append(_ counted: [(hash: UInt64, count: Int)], to row: inout SparseRow) {
        let start = row.values.count
        var squares: Float = 0
        for (hash, count) in counted {
            guard let index = index(of: hash) else { continue }
            let value = (count == 1 ? 1 : 1 + log(Float(count))) * idf.elements[index]
            row.indices.append(Int32(index))
            row.values.append(value)
            squares += value * value
        }
        guard squares > 0 else { return }
        let norm = squares.squareRoot()
        for slot in start..<row.values.count { row.values[slot] /= norm }
    }

    /// The index of a feature hash, or `nil` for a feature the model never saw.
    private func index(of hash: UInt64) -> Int? {
        features.elements.withUnsafeBufferPointer { hashes in
            slots.withUnsafeBufferPointer { slots in
                let mask = slots.count - 1
                var slot = Int(hash & UInt64(mask))
                while true {
                    let index = slots[slot]
                    if index < 0 { return nil }
                    if hashes[Int(index)] == hash { return Int(index) }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// The lookup table of `hashes`: a power of two at least twice their number, each hash at
    /// its low bits or the next free slot after.
    private static func slots(for hashes: [UInt64]) -> [Int32] {
        var size = 16
        while size < hashes.count * 2 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        let mask = UInt64(size - 1)
        for (index, hash) in hashes.enumerated() {
            var slot = Int(hash & mask)
            while slots[slot] >= 0 { slot = (slot + 1) & Int(mask) }
            slots[slot] = Int32(index)
        }
        return slots
    }
}
