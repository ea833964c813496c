/// Whether a message is nothing but a greeting, thanks or goodbye.
///
/// Every word must be covered by a pattern of `## saludo`, `## agradecimiento`,
/// `## despedida` or `## relleno` («ok», «licenciado», «ya quedó»), taking at each
/// position the longest pattern; at least one must be small talk proper (a message of
/// fillers alone, like «ok», is not). A question mark does not matter («¿hola?»): a real
/// question has words outside these lists.
///
/// When several kinds appear, the one that closes the conversation most wins:
/// goodbye, then thanks, then greeting («gracias, bye» → goodbye; «hola, gracias» → thanks).
struct SmallTalkDetector: Sendable {
    /// Kinds in order of precedence, with their groups.
    private static let kinds: [(group: PatternGroup, kind: DetectionResult.SmallTalk)] = [
        (.goodbye, .goodbye), (.thanks, .thanks), (.greeting, .greeting),
    ]

    func smallTalk(matches: [PatternMatch], in message: MessageWords) -> DetectionResult.SmallTalk? {
        guard message.count > 0 else { return nil }
        var byStart: [Int: [PatternMatch]] = [:]
        for match in matches
        where match.group == .greeting || match.group == .thanks || match.group == .goodbye || match.group == .filler {
            byStart[match.start, default: []].append(match)
        }
        var found: Set<PatternGroup> = []
        var position = 0
        while position < message.count {
            guard let here = byStart[position] else { return nil }
            // Longest first; at equal length small talk proper before fillers.
            guard let best = here.max(by: { ($0.end, $0.group != .filler ? 1 : 0) < ($1.end, $1.group != .filler ? 1 : 0) })
            else { return nil }
            for match in here where match.end == best.end { found.insert(match.group) }
            position = best.end
        }
        return Self.kinds.first { found.contains($0.group) }?.kind
    }
}
