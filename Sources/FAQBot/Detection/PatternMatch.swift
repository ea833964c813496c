/// One place where a lexicon pattern matched the words of a message.
///
/// Plain integers only (no strings or arrays), so that collecting and sorting matches costs
/// no reference counting; `PatternIndex.pattern(of:)` gives the pattern itself.
struct PatternMatch: Sendable, Hashable {
    /// The list the pattern belongs to.
    let group: PatternGroup
    /// Its position in that list (for names: the name's position, whatever the variant).
    let item: Int
    /// For names, which variant matched (0 is the name itself); 0 otherwise.
    let variant: Int
    /// The pattern's entry in the `PatternIndex` (the same for every match of one pattern).
    let entry: Int
    let weight: Double
    /// The matched words: `start..<end` in `MessageWords`.
    let start: Int
    let end: Int

    func overlaps(_ other: PatternMatch) -> Bool {
        start < other.end && other.start < end
    }
}
