import FAQStore

/// Collects the items and diagnostics of `DetectorLexiconParser` as it reads the file.
struct DetectorLexiconBuilder: Sendable {
    private let file: String
    private var lexicon = DetectorLexicon()
    private var diagnostics: [KnowledgeDiagnostic] = []
    /// Section → folded pattern or name → the line where it first appeared (for duplicates).
    private var seen: [DetectorLexiconSection: [String: Int]] = [:]
    private var openedSections: Set<DetectorLexiconSection> = []

    init(file: String) {
        self.file = file
    }

    mutating func error(_ message: String, line: Int) {
        diagnostics.append(KnowledgeDiagnostic(file: file, line: line, severity: .error, message: message))
    }

    mutating func warning(_ message: String, line: Int) {
        diagnostics.append(KnowledgeDiagnostic(file: file, line: line, severity: .warning, message: message))
    }

    mutating func open(_ section: DetectorLexiconSection?) {
        if let section { openedSections.insert(section) }
    }

    /// Adds a pattern to a pattern section, warning about repeats.
    mutating func add(_ pattern: LexiconPattern, to section: DetectorLexiconSection, line: Int) {
        guard firstTime(key(of: pattern.elements), in: section, what: "el patrón «\(pattern.text)»", line: line) else {
            return
        }
        switch section {
        case .complaint: lexicon.complaint.evidence.append(pattern)
        case .complaintAttenuator: lexicon.complaint.attenuators.append(pattern)
        case .complaintNegation: lexicon.complaint.negations.append(pattern)
        case .complaintOtherParty: lexicon.complaintOtherParties.append(pattern)
        case .complaintInstitution: lexicon.complaintInstitution.append(pattern)
        case .caseQuestion: lexicon.caseQuestion.evidence.append(pattern)
        case .caseAttenuator: lexicon.caseQuestion.attenuators.append(pattern)
        case .caseNegation: lexicon.caseQuestion.negations.append(pattern)
        case .requested: lexicon.requested.evidence.append(pattern)
        case .requestedAttenuator: lexicon.requested.attenuators.append(pattern)
        case .requestedNegation: lexicon.requested.negations.append(pattern)
        case .suggestion: lexicon.suggestion.evidence.append(pattern)
        case .suggestionAttenuator: lexicon.suggestion.attenuators.append(pattern)
        case .suggestionNegation: lexicon.suggestion.negations.append(pattern)
        case .greeting: lexicon.greetings.append(pattern)
        case .thanks: lexicon.thanks.append(pattern)
        case .goodbye: lexicon.goodbyes.append(pattern)
        case .filler: lexicon.fillers.append(pattern)
        case .acknowledgement: lexicon.acknowledgements.append(pattern)
        case .requestedAlone: lexicon.requestedAlone.append(pattern)
        case .caseNumber: lexicon.caseNumberPatterns.append(pattern)
        case .cities, .courts, .courtOrgans, .ordinals, .subjects, .wordClasses:
            assertionFailure("names and classes are not patterns")
        }
    }

    /// Adds the patterns one line expanded to (its word classes' combinations): a combination
    /// already in the section is left out quietly, and the line is reported only when all are.
    mutating func add(expansions: [LexiconPattern], to section: DetectorLexiconSection, line: Int) {
        guard expansions.count > 1, let first = expansions.first else {
            for pattern in expansions { add(pattern, to: section, line: line) }
            return
        }
        var keys: Set<String> = []
        let fresh = expansions.filter {
            let key = key(of: $0.elements)
            return seen[section]?[key] == nil && keys.insert(key).inserted
        }
        guard !fresh.isEmpty else {
            warning("todas las combinaciones de «\(first.text)» ya están en «\(section.rawValue)»: se ignora", line: line)
            return
        }
        for pattern in fresh { add(pattern, to: section, line: line) }
    }

    /// Adds a name to a name section, warning about repeated names.
    mutating func add(_ name: CanonicalName, to section: DetectorLexiconSection, line: Int) {
        guard firstTime("=" + CharacterFolding.fold(name.name.lowercased()), in: section, what: "el nombre «\(name.name)»", line: line) else {
            return
        }
        switch section {
        case .cities: lexicon.cities.append(name)
        case .courts: lexicon.courts.append(name)
        case .courtOrgans: lexicon.courtOrgans.append(name)
        case .ordinals: lexicon.ordinals.append(name)
        case .subjects: lexicon.subjects.append(name)
        default: assertionFailure("patterns go through add(_:LexiconPattern…)")
        }
    }

    /// The lexicon and every diagnostic, sorted by line, with warnings for missing sections.
    func result() -> ParseResult<DetectorLexicon> {
        var all = diagnostics
        for section in DetectorLexiconSection.expected where !openedSections.contains(section) {
            all.append(KnowledgeDiagnostic(file: file, line: 1, severity: .warning,
                                           message: "falta la sección «## \(section.rawValue)»: ese detector no se activará"))
        }
        let sorted = all.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        return ParseResult(value: lexicon, diagnostics: sorted)
    }

    private mutating func firstTime(_ key: String, in section: DetectorLexiconSection, what: String, line: Int) -> Bool {
        if let previous = seen[section]?[key] {
            warning("\(what) se repite en «\(section.rawValue)» (ya está en la línea \(previous)): se ignora", line: line)
            return false
        }
        seen[section, default: [:]][key] = line
        return true
    }

    private func key(of elements: [PatternElement]) -> String {
        elements.map { element in
            switch element {
            case .word(let word): word
            case .prefix(let start): start + "*"
            case .suffix(let end): "*" + end
            case .anyWord: "*"
            case .gap: "..."
            case .number: "<numero>"
            case .caseNumber: "<expediente>"
            }
        }.joined(separator: " ")
    }
}
