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
/// A message of acknowledgements alone (`## acuse`: «ok», «entendido», «va que va») is a thanks;
/// so is one of acknowledging emoji alone (👍, 👌, 🙏: `isAcknowledgingEmoji`), which the
/// analysis drops.
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
            || match.group == .acknowledgement || match.group == .city {
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
        guard let kind = Self.kinds.first(where: { found.contains($0.group) })?.kind else {
            // «ok», «entendido», «de acuerdo, gracias» without the thanks: an acknowledgement alone
            // closes the conversation as a thanks; with other words it is no small talk at all.
            let onlyAcknowledged = remainder.allSatisfy { Self.functionWords.isStopWord(folded: $0) }
            guard found.contains(.acknowledgement), onlyAcknowledged,
                  !cues.asks(remainder, hasQuestionMark: hasQuestionMark) else { return nil }
            return .smallTalk(.thanks)
        }
        if remainder.isEmpty { return .smallTalk(kind) }
        let asks = cues.asks(remainder, hasQuestionMark: hasQuestionMark)
        if !asks, remainder.allSatisfy({ Self.functionWords.isStopWord(folded: $0) }) {
            return .smallTalk(kind)
        }
        return .courtesy(DetectionResult.Courtesy(kind: kind, remainder: remainder, asks: asks))
    }

    /// Whether `original` holds nothing but acknowledging emoji (👍 👌 🙏 🙌 ✅ 🤝 🙂 😊 and their
    /// skin tones), spaces and punctuation, with at least one emoji: «👍», «👍🏻👍🏻», «🙏!».
    static func isAcknowledgingEmoji(_ original: String) -> Bool {
        var sawEmoji = false
        for scalar in original.unicodeScalars {
            if acknowledgingEmoji.contains(scalar.value) {
                sawEmoji = true
            } else if scalar.properties.isWhitespace || isPunctuation(scalar)
                        || (0x1F3FB...0x1F3FF).contains(scalar.value) || scalar.value == 0xFE0F || scalar.value == 0x200D {
                continue   // spaces, punctuation, skin tones, the emoji presentation selector, joiners
            } else {
                return false
            }
        }
        return sawEmoji
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation:
            true
        default:
            false
        }
    }

    /// 👍 👌 🙏 🙌 ✅ 🤝 🙂 😊 ☺ (👏 is left out: alone it is often irony («una semana para un acuerdo 👏»).
    private static let acknowledgingEmoji: Set<UInt32> = [0x1F44D, 0x1F44C, 0x1F64F, 0x1F64C, 0x2705, 0x1F91D, 0x1F642,
                                                         0x1F60A, 0x263A]

    private static func rank(_ group: PatternGroup) -> Int {
        switch group {
        case .greeting, .thanks, .goodbye: 2
        case .filler, .acknowledgement: 1
        default: 0
        }
    }
}
