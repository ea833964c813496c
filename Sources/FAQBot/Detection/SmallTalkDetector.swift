/// Whether a message is a greeting, thanks or goodbye, and what else it holds.
///
/// A word is covered by the longest pattern of `## saludo`, `## agradecimiento`,
/// `## despedida` or `## relleno` («ok», «licenciado», «ya quedó») starting at it, or by a
/// city of `## ciudades`; at least one pattern must be small talk proper (a message of
/// fillers alone, like «ok», is not). A question mark does not matter («¿hola?»): a real
/// question has words outside these lists.
///
/// - When every word is covered, or the words left are function words (the Snowball
///   list), the message is small talk: «un abrazo desde Mexicali», «muy amable de su parte».
/// - Otherwise the formula and the words left are reported as a `Courtesy`: the engine
///   matches those words alone, so that «buenas tardes, ¿dónde pago las copias?» is that
///   question and «Buenas tardes, le saluda la secretaria del Lic. Ruiz» is a greeting.
///
/// When several kinds appear, the one that closes the conversation most wins:
/// goodbye, then thanks, then greeting («gracias, bye» → goodbye; «hola, gracias» → thanks).
struct SmallTalkDetector: Sendable {
    /// Kinds in order of precedence, with their groups.
    private static let kinds: [(group: PatternGroup, kind: DetectionResult.SmallTalk)] = [
        (.goodbye, .goodbye), (.thanks, .thanks), (.greeting, .greeting),
    ]
    private static let functionWords = StopWordFilter()
    private let cues = QuestionCues()

    /// What the detector reads in one message.
    enum Reading: Sendable, Hashable {
        /// Nothing but small talk (and words that carry no topic).
        case smallTalk(DetectionResult.SmallTalk)
        /// Small talk around other words.
        case courtesy(DetectionResult.Courtesy)
    }

    func read(matches: [PatternMatch], in message: MessageWords, hasQuestionMark: Bool) -> Reading? {
        guard message.count > 0 else { return nil }
        var byStart: [Int: [PatternMatch]] = [:]
        for match in matches
        where match.group == .greeting || match.group == .thanks || match.group == .goodbye || match.group == .filler
            || match.group == .city {
            byStart[match.start, default: []].append(match)
        }
        var found: Set<PatternGroup> = []
        var remainder: [String] = []
        var position = 0
        while position < message.count {
            // Longest first; at equal length small talk proper before fillers and cities.
            guard let here = byStart[position],
                  let best = here.max(by: { ($0.end, Self.rank($0.group)) < ($1.end, Self.rank($1.group)) })
            else {
                remainder.append(message.words[position])
                position += 1
                continue
            }
            for match in here where match.end == best.end { found.insert(match.group) }
            position = best.end
        }
        guard let kind = Self.kinds.first(where: { found.contains($0.group) })?.kind else { return nil }
        if remainder.isEmpty { return .smallTalk(kind) }
        let asks = cues.asks(remainder, hasQuestionMark: hasQuestionMark)
        if !asks, remainder.allSatisfy({ Self.functionWords.isStopWord(folded: $0) }) {
            return .smallTalk(kind)
        }
        return .courtesy(DetectionResult.Courtesy(kind: kind, remainder: remainder, asks: asks))
    }

    private static func rank(_ group: PatternGroup) -> Int {
        switch group {
        case .greeting, .thanks, .goodbye: 2
        case .filler: 1
        default: 0
        }
    }
}
