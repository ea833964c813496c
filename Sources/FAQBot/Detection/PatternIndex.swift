/// Every pattern of a lexicon, compiled for one pass over a message.
///
/// The lexicon's words are interned as integers, patterns are stored flat, and each pattern
/// is filed under its first element, so that matching a message is one dictionary look-up
/// per word plus integer comparisons: no reference counting in the inner loop.
struct PatternIndex: Sendable {
    /// A pattern element with its word interned.
    private enum Element: Sendable, Equatable {
        case word(Int32)
        /// Index into `prefixes`.
        case prefix(Int32)
        case anyWord
        case number
        case caseNumber
    }

    private struct Entry: Sendable {
        let group: PatternGroup
        let item: Int
        let variant: Int
        let weight: Double
        /// `elements[first..<first + count]`.
        let first: Int
        let count: Int
    }

    private var patterns: [LexiconPattern] = []
    private var entries: [Entry] = []
    private var elements: [Element] = []
    private var prefixes: [String] = []
    /// Lexicon word → its number.
    private var wordIDs: [String: Int32] = [:]
    /// Word number → entries whose first element is that word.
    private var byWord: [[Int]] = []
    /// First `keyLength` characters of a prefix → entries whose first element is that prefix.
    private var byPrefix: [Substring: [Int]] = [:]
    private var numberFirst: [Int] = []
    private var caseNumberFirst: [Int] = []

    private static let keyLength = LexiconPatternCompiler.minimumPrefixLength

    init(_ lexicon: DetectorLexicon) {
        add(lexicon.complaint, evidence: .complaintEvidence, attenuators: .complaintAttenuator, negations: .complaintNegation)
        add(lexicon.caseQuestion, evidence: .caseEvidence, attenuators: .caseAttenuator, negations: .caseNegation)
        add(lexicon.requested, evidence: .requestedEvidence, attenuators: .requestedAttenuator, negations: .requestedNegation)
        add(lexicon.suggestion, evidence: .suggestionEvidence, attenuators: .suggestionAttenuator,
            negations: .suggestionNegation)
        add(lexicon.greetings, as: .greeting)
        add(lexicon.thanks, as: .thanks)
        add(lexicon.goodbyes, as: .goodbye)
        add(lexicon.fillers, as: .filler)
        add(lexicon.caseNumberPatterns, as: .caseNumber)
        add(lexicon.cities, as: .city)
        add(lexicon.courts, as: .court)
        add(lexicon.courtOrgans, as: .courtOrgan)
        add(lexicon.ordinals, as: .ordinal)
        add(lexicon.subjects, as: .subject)
    }

    /// The pattern behind a match.
    func pattern(of match: PatternMatch) -> LexiconPattern {
        patterns[match.entry]
    }

    /// Every match of every pattern, by start position (a pattern that occurs twice matches twice).
    func matches(in message: MessageWords) -> [PatternMatch] {
        let count = message.count
        var ids = [Int32](repeating: -1, count: count)
        for position in 0..<count {
            if let id = wordIDs[message.words[position]] { ids[position] = id }
        }
        var found: [PatternMatch] = []
        for start in 0..<count {
            let id = ids[start]
            if id >= 0 { collect(byWord[Int(id)], at: start, ids: ids, message: message, into: &found) }
            switch message.kinds[start] {
            case .word:
                let word = message.words[start]
                if !byPrefix.isEmpty, word.utf8.count >= Self.keyLength,
                   let list = byPrefix[word.prefix(Self.keyLength)] {
                    collect(list, at: start, ids: ids, message: message, into: &found)
                }
            case .number: collect(numberFirst, at: start, ids: ids, message: message, into: &found)
            case .caseNumber: collect(caseNumberFirst, at: start, ids: ids, message: message, into: &found)
            }
        }
        return found
    }

    private func collect(_ list: [Int], at start: Int, ids: [Int32], message: MessageWords,
                         into found: inout [PatternMatch]) {
        for index in list {
            let entry = entries[index]
            let end = start + entry.count
            guard end <= ids.count else { continue }
            var matched = true
            for offset in 0..<entry.count where !matches(elements[entry.first + offset], at: start + offset,
                                                         ids: ids, message: message) {
                matched = false
                break
            }
            if matched {
                found.append(PatternMatch(group: entry.group, item: entry.item, variant: entry.variant, entry: index,
                                          weight: entry.weight, start: start, end: end))
            }
        }
    }

    private func matches(_ element: Element, at position: Int, ids: [Int32], message: MessageWords) -> Bool {
        switch element {
        case .word(let id): return ids[position] == id
        case .prefix(let prefix):
            return message.kinds[position] == .word && message.words[position].hasPrefix(prefixes[Int(prefix)])
        case .anyWord: return true
        case .number:
            return message.kinds[position] == .number
                && message.words[position].utf8.count <= PatternElement.maximumNumberDigits
        case .caseNumber: return message.kinds[position] == .caseNumber
        }
    }

    private mutating func add(_ lexicon: SignalLexicon, evidence: PatternGroup, attenuators: PatternGroup,
                              negations: PatternGroup) {
        add(lexicon.evidence, as: evidence)
        add(lexicon.attenuators, as: attenuators)
        add(lexicon.negations, as: negations)
    }

    private mutating func add(_ list: [LexiconPattern], as group: PatternGroup) {
        for (item, pattern) in list.enumerated() { add(pattern, group: group, item: item, variant: 0) }
    }

    private mutating func add(_ names: [CanonicalName], as group: PatternGroup) {
        for (item, name) in names.enumerated() {
            for (variant, pattern) in name.variants.enumerated() { add(pattern, group: group, item: item, variant: variant) }
        }
    }

    private mutating func add(_ pattern: LexiconPattern, group: PatternGroup, item: Int, variant: Int) {
        guard let first = pattern.elements.first else { return }
        let index = entries.count
        entries.append(Entry(group: group, item: item, variant: variant, weight: pattern.weight,
                             first: elements.count, count: pattern.elements.count))
        patterns.append(pattern)
        for element in pattern.elements { elements.append(intern(element)) }
        switch first {
        case .word(let word): byWord[Int(intern(word: word))].append(index)
        case .prefix(let start):
            // The compiler guarantees at least `keyLength` characters; shorter ones could never match a key.
            guard start.count >= Self.keyLength else { return }
            byPrefix[Substring(start.prefix(Self.keyLength)), default: []].append(index)
        case .number: numberFirst.append(index)
        case .caseNumber: caseNumberFirst.append(index)
        case .anyWord: break
        }
    }

    private mutating func intern(_ element: PatternElement) -> Element {
        switch element {
        case .word(let word): return .word(intern(word: word))
        case .prefix(let start):
            prefixes.append(start)
            return .prefix(Int32(prefixes.count - 1))
        case .anyWord: return .anyWord
        case .number: return .number
        case .caseNumber: return .caseNumber
        }
    }

    private mutating func intern(word: String) -> Int32 {
        if let id = wordIDs[word] { return id }
        let id = Int32(byWord.count)
        wordIDs[word] = id
        byWord.append([])
        return id
    }
}
