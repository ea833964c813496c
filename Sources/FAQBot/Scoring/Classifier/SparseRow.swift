/// A TF-IDF vector over the classifier's features: feature indices with their values.
struct SparseRow: Sendable {
    var indices: [Int32] = []
    var values: [Float] = []

    /// Whether no known feature was found.
    var isEmpty: Bool { indices.isEmpty }
}
