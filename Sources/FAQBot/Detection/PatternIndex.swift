/// Every pattern of a lexicon, compiled for one pass over a message.
///
/// The lexicon's words are interned as integers, patterns are stored flat, and each pattern
/// is filed under its first element, so that matching a message is one dictionary look-up
/// per word plus integer comparisons: no reference counting in the inner loop.
///
/// In the weighted sections (queja, caso, persona, sugerencia and their modifiers) an
/// intensifier of the message («muy», «bien», «super»…) may come between two words of a
/// pattern without breaking it: `me trato mal` also matches «me trató muy mal» and
/// «me trató bien bien mal». The match then spans the skipped words.
struct PatternIndex: Sendable {
    /// Words that only intensify the next one: skipped between the words of a weighted pattern.
    static let intensifiers: Set<String> = [
        "muy", "tan", "bien", "super", "re", "requete", "bastante", "demasiado", "mega", "sumamente",
        "extremadamente", "realmente", "verdaderamente", "bastantito", "muchisimo",
    ]
    /// At most this many intensifiers skipped in one match («bien bien mal»).
    static let maximumSkippedIntensifiers = 2
    /// A `...` of a pattern stands for at most this many words.
    static let maximumGap = PatternElement.maximumGap

    /// A pattern element with its word interned.
    private enum Element: Sendable, Equatable {
        case word(Int32)
        /// Index into `prefixes`.
        case prefix(Int32)
        /// Index into `suffixes`.
        case suffix(Int32)
        case anyWord
        /// `...`: up to `maximumGap` words.
        case gap
        case number
        case caseNumber
    }

    private struct Entry: Sendable {
        let group: PatternGroup
        let item: Int
        let variant: Int
        let weight: Double
        /// Whether intensifiers of the message may come between the pattern's words.
        let skipsIntensifiers: Bool
        /// The fewest message words the pattern can match (a gap may match none).
        let minimumLength: Int
        /// `elements[first..<first + count]`.
        let first: Int
        let count: Int
    }

    private var patterns: [LexiconPattern] = []
    private var entries: [Entry] = []
    private var elements: [Element] = []
    private var prefixes: [String] = []
    private var suffixes: [String] = []
    /// Lexicon word → its number.
    private var wordIDs: [String: Int32] = [:]
    /// Word number → entries whose first element is that word.
    private var byWord: [[Int]] = []
    /// First `keyLength` characters of a prefix → entries whose first element is that prefix.
    private var byPrefix: [Substring: [Int]] = [:]
    private var numberFirst: [Int] = []
    /// Entries whose first element is a word ending (`*ran`): tried at every word.
    private var suffixFirst: [Int] = []
    private var caseNumberFirst: [Int] = []

    private static let keyLength = LexiconPatternCompiler.minimumPrefixLength

    init(_ lexicon: DetectorLexicon) {
        add(lexicon.complaint, evidence: .complaintEvidence, attenuators: .complaintAttenuator, negations: .complaintNegation)
        add(lexicon.caseQuestion, evidence: .caseEvidence, attenuators: .caseAttenuator, negations: .caseNegation)
        add(lexicon.requested, evidence: .requestedEvidence, attenuators: .requestedAttenuator, negations: .requestedNegation)
        add(lexicon.suggestion, evidence: .suggestionEvidence, attenuators: .suggestionAttenuator,
            negations: .suggestionNegation)
        add(lexicon.complaintOtherParties, as: .complaintOtherParty)
        add(lexicon.complaintInstitution, as: .complaintInstitution)
        add(lexicon.greetings, as: .greeting)
        add(lexicon.thanks, as: .thanks)
        add(lexicon.goodbyes, as: .goodbye)
        add(lexicon.fillers, as: .filler)
        add(lexicon.acknowledgements, as: .acknowledgement)
        add(lexicon.requestedAlone, as: .requestedAlone)
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
        var intensifier = [Bool](repeating: false, count: count)
        for position in 0..<count {
            let word = message.words[position]
            if let id = wordIDs[word] { ids[position] = id }
            if Self.intensifiers.contains(word) { intensifier[position] = true }
        }
        let scan = Scan(ids: ids, intensifier: intensifier, message: message)
        var found: [PatternMatch] = []
        for start in 0..<count {
            let id = ids[start]
            if id >= 0 { collect(byWord[Int(id)], at: start, scan: scan, into: &found) }
            switch message.kinds[start] {
            case .word:
                let word = message.words[start]
                if !suffixFirst.isEmpty { collect(suffixFirst, at: start, scan: scan, into: &found) }
                if !byPrefix.isEmpty, word.utf8.count >= Self.keyLength,
                   let list = byPrefix[word.prefix(Self.keyLength)] {
                    collect(list, at: start, scan: scan, into: &found)
                }
            case .number: collect(numberFirst, at: start, scan: scan, into: &found)
            case .caseNumber: collect(caseNumberFirst, at: start, scan: scan, into: &found)
            }
        }
        return found
    }

    /// What `matches(in:)` computes once per message.
    private struct Scan {
        let ids: [Int32]
        /// Whether each word is an intensifier.
        let intensifier: [Bool]
        let message: MessageWords
    }

    private func collect(_ list: [Int], at start: Int, scan: Scan, into found: inout [PatternMatch]) {
        let count = scan.ids.count
        for index in list {
            let entry = entries[index]
            guard start + entry.minimumLength <= count,
                  let end = end(of: entry, from: 0, at: start, skipped: 0, scan: scan)
            else { continue }
            found.append(PatternMatch(group: entry.group, item: entry.item, variant: entry.variant, entry: index,
                                      weight: entry.weight, start: start, end: end))
        }
    }

    /// Where the match of `entry` ends when its elements from `offset` on are matched at
    /// `position`, or `nil`. A gap (`...`) tries the shortest stretch first.
    private func end(of entry: Entry, from offset: Int, at position: Int, skipped: Int, scan: Scan) -> Int? {
        guard offset < entry.count else { return position }
        let count = scan.ids.count
        let element = elements[entry.first + offset]
        if element == .gap {
            var next = position
            while next < count, next <= position + Self.maximumGap {
                if let end = end(of: entry, from: offset + 1, at: next, skipped: skipped, scan: scan) { return end }
                next += 1
            }
            return nil
        }
        var position = position
        var skipped = skipped
        // Intensifiers are skipped only between words, and never where any word will do.
        if offset > 0, entry.skipsIntensifiers, element != .anyWord {
            while position < count, skipped < Self.maximumSkippedIntensifiers, scan.intensifier[position],
                  !matches(element, at: position, scan: scan) {
                position += 1
                skipped += 1
            }
        }
        guard position < count, matches(element, at: position, scan: scan) else { return nil }
        return end(of: entry, from: offset + 1, at: position + 1, skipped: skipped, scan: scan)
    }

    private func matches(_ element: Element, at position: Int, scan: Scan) -> Bool {
        let message = scan.message
        switch element {
        case .word(let id): return scan.ids[position] == id
        case .prefix(let prefix):
            return message.kinds[position] == .word && message.words[position].hasPrefix(prefixes[Int(prefix)])
        case .suffix(let suffix):
            let ending = suffixes[Int(suffix)]
            let word = message.words[position]
            return message.kinds[position] == .word && word.utf8.count > ending.utf8.count && word.hasSuffix(ending)
        case .anyWord: return true
        case .gap: return true
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
                             skipsIntensifiers: group.isWeighted,
                             minimumLength: pattern.elements.filter { $0 != .gap }.count,
                             first: elements.count, count: pattern.elements.count))
        patterns.append(pattern)
        for element in pattern.elements { elements.append(intern(element)) }
        switch first {
        case .word(let word): byWord[Int(intern(word: word))].append(index)
        case .prefix(let start):
            // The compiler guarantees at least `keyLength` characters; shorter ones could never match a key.
            guard start.count >= Self.keyLength else { return }
            byPrefix[Substring(start.prefix(Self.keyLength)), default: []].append(index)
        case .suffix: suffixFirst.append(index)
        case .number: numberFirst.append(index)
        case .caseNumber: caseNumberFirst.append(index)
        case .anyWord, .gap: break
        }
    }

    private mutating func intern(_ element: PatternElement) -> Element {
        switch element {
        case .word(let word): return .word(intern(word: word))
        case .prefix(let start):
            prefixes.append(start)
            return .prefix(Int32(prefixes.count - 1))
        case .suffix(let end):
            suffixes.append(end)
            return .suffix(Int32(suffixes.count - 1))
        case .anyWord: return .anyWord
        case .gap: return .gap
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
