/// Stage 5 of the analysis: maps every member of a synonym group to the group's
/// canonical term(s), on analysed term sequences, longest phrase first.
///
/// Both the knowledge and the messages pass through it, so "clave", "password"
/// and "contraseña" all become the same index term, and "dar de alta" the same
/// as "registrarse".
///
/// ```swift
/// let mapper = SynonymMapper(groups: [(canonical: ["registr"], members: [["dar", "alta"], ["inscrib"]])])
/// mapper.map(["dar", "alta", "tribunal"])   // ["registr", "tribunal"]
/// ```
public struct SynonymMapper: Sendable {
    private struct Rule: Sendable {
        let pattern: [String]
        let replacement: [String]
    }

    /// Rules by their first term, longest pattern first.
    private let rulesByFirstTerm: [String: [Rule]]
    /// Every term that appears in some group (for the typo corrector).
    public let knownTerms: Set<String>

    /// - Parameter groups: each group's canonical term sequence and its members' sequences (already analysed).
    public init(groups: [(canonical: [String], members: [[String]])]) {
        var rules: [String: [Rule]] = [:]
        var known = Set<String>()
        for group in groups where !group.canonical.isEmpty {
            known.formUnion(group.canonical)
            for member in group.members where !member.isEmpty && member != group.canonical {
                known.formUnion(member)
                rules[member[0], default: []].append(Rule(pattern: member, replacement: group.canonical))
            }
        }
        rulesByFirstTerm = rules.mapValues { $0.sorted { $0.pattern.count > $1.pattern.count } }
        knownTerms = known
    }

    /// Replaces every member phrase in `terms` by its group's canonical terms, longest phrase first; other terms pass unchanged.
    public func map(_ terms: [String]) -> [String] {
        guard !rulesByFirstTerm.isEmpty else { return terms }
        var output: [String] = []
        output.reserveCapacity(terms.count)
        var index = 0
        while index < terms.count {
            if let rules = rulesByFirstTerm[terms[index]],
               let rule = rules.first(where: { Self.matches($0.pattern, terms, at: index) }) {
                output.append(contentsOf: rule.replacement)
                index += rule.pattern.count
            } else {
                output.append(terms[index])
                index += 1
            }
        }
        return output
    }

    private static func matches(_ pattern: [String], _ terms: [String], at start: Int) -> Bool {
        guard start + pattern.count <= terms.count else { return false }
        for offset in 0..<pattern.count where terms[start + offset] != pattern[offset] { return false }
        return true
    }
}
