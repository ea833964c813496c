/// Runs every message detector on an analysed message: complaint, case question, person
/// requested, suggestion, small talk, city, court and case number.
///
/// Build it once per lexicon (it compiles the patterns into an index); `detect` is pure,
/// allocation-light and takes a few microseconds. It reads `AnalyzedText.words` (and the
/// tokens for case numbers, the original text for shouting); it does not decide: the
/// decision policy weighs the signals against retrieval.
///
/// ```swift
/// let lexicon = DetectorLexiconParser().parse(text, file: "Knowledge/detectores.md").value
/// let detectors = MessageDetectors(lexicon: lexicon)
/// let result = detectors.detect(analyzer.analyze("xq nadie contesta en el jdo 3o civil de tj??"))
/// result.complaint.fired   // true (evidence: ["porque nadie contesta"])
/// result.court             // "juzgado tercero civil"
/// result.city              // "Tijuana"
/// ```
public struct MessageDetectors: Sendable {
    private let index: PatternIndex
    private let complaint = EvidenceScorer(evidence: .complaintEvidence, attenuators: .complaintAttenuator,
                                           negations: .complaintNegation, otherParties: .complaintOtherParty,
                                           institution: .complaintInstitution)
    private let caseQuestion = EvidenceScorer(evidence: .caseEvidence, attenuators: .caseAttenuator,
                                              negations: .caseNegation)
    private let requested = EvidenceScorer(evidence: .requestedEvidence, attenuators: .requestedAttenuator,
                                           negations: .requestedNegation)
    private let suggestion = EvidenceScorer(evidence: .suggestionEvidence, attenuators: .suggestionAttenuator,
                                            negations: .suggestionNegation)
    private let tone = ToneEvidence()
    private let caseNumbers = CaseNumberExtractor()
    private let cities: CityDetector
    private let courts: CourtExtractor
    private let smallTalk = SmallTalkDetector()
    private let personNamedAlone = PersonNamedAlone()
    private let complaintModel: ExampleClassifier?
    private let caseModel: ExampleClassifier?
    private let requestedModel: ExampleClassifier?
    private let suggestionModel: ExampleClassifier?

    /// Compiles `lexicon` (usually parsed from `Knowledge/detectores.md`).
    public init(lexicon: DetectorLexicon) {
        index = PatternIndex(lexicon)
        cities = CityDetector(cities: lexicon.cities)
        courts = CourtExtractor(courts: lexicon.courts, organs: lexicon.courtOrgans,
                                ordinals: lexicon.ordinals, subjects: lexicon.subjects)
        // The general messages are learnt by every model: their features are computed once.
        let general = lexicon.generalMessages.map(ExampleClassifier.trainingFeatures)
        func model(_ examples: SignalExamples?, _ label: String) -> ExampleClassifier? {
            examples.flatMap {
                ExampleClassifier(positives: $0.positives.map(ExampleClassifier.trainingFeatures),
                                  others: $0.others.map(ExampleClassifier.trainingFeatures) + general, label: label)
            }
        }
        complaintModel = model(lexicon.complaintExamples, ExampleClassifier.complaintLabel)
        caseModel = model(lexicon.caseExamples, ExampleClassifier.caseLabel)
        requestedModel = model(lexicon.requestedExamples, ExampleClassifier.requestedLabel)
        suggestionModel = model(lexicon.suggestionExamples, ExampleClassifier.suggestionLabel)
    }

    /// Words that say a problem is still there: "ya intenté y no puedo, gracias" is not a closing thanks.
    private static let unresolvedWords: Set<String> = ["no", "nunca", "nada", "sigue", "sigo", "todavia", "aun", "pero", "error"]

    /// A thanks that reports the problem solved ("ya quedó, ya pude entrar al sistema, gracias"):
    /// thanks, a "ya" of something done, no question and nothing still failing. Topic words
    /// around it ("entrar al tribunal electrónico") do not make it a question.
    private static func isResolvedThanks(matches: [PatternMatch], message: MessageWords, hasQuestionMark: Bool) -> Bool {
        guard !hasQuestionMark, message.words.contains("ya"), matches.contains(where: { $0.group == .thanks }) else {
            return false
        }
        return !message.words.contains { unresolvedWords.contains($0) }
            && !QuestionCues().asks(message.words, hasQuestionMark: false)
    }

    /// Clears `signal` when no lexicon pattern is among its evidence, only the tone or a learnt model:
    /// `EvidenceScorer` lists the patterns first, so the first label tells.
    private static func dropIfPatternless(_ signal: inout DetectionResult.Signal) {
        guard let first = signal.evidence.first else { return }
        if ToneEvidence.labels.contains(first) || ExampleClassifier.labels.contains(where: first.hasPrefix) { signal = .none }
    }

    /// What the detectors find in one message.
    ///
    /// `smallTalk` is set only when no other signal fired and every word is a greeting,
    /// thanks, goodbye, filler, city or function word (a signal that only a learnt model read, with
    /// no pattern nor tone, does not count then); `courtesy` when such a formula comes with other
    /// words (see `SmallTalkDetector`).
    public func detect(_ analyzed: AnalyzedText) -> DetectionResult {
        let message = MessageWords(analyzed.words)
        let matches = index.matches(in: message)
        var result = DetectionResult()
        let features = ExampleClassifier.features(analyzed.words)
        let learnt = (complaint: complaintModel?.evidence(features: features), caseQuestion: caseModel?.evidence(features: features),
                      requested: requestedModel?.evidence(features: features),
                      suggestion: suggestionModel?.evidence(features: features))
        result.complaint = complaint.signal(from: matches, in: message, index: index,
                                            extra: tone.evidence(in: analyzed.original), model: learnt.complaint)
        result.caseQuestion = caseQuestion.signal(from: matches, in: message, index: index, model: learnt.caseQuestion)
        result.requested = requested.signal(from: matches, in: message, index: index, model: learnt.requested)
        result.suggestion = suggestion.signal(from: matches, in: message, index: index, model: learnt.suggestion)
        let reading = smallTalk.read(matches: matches, in: message, hasQuestionMark: analyzed.hasQuestionMark)
        // A message the lexicon reads as nothing but small talk stays small talk when only a learnt model (or
        // the tone), with no pattern, reads a signal in it: «mil gracias, muy amables todos» is a thanks.
        if case .smallTalk = reading {
            Self.dropIfPatternless(&result.complaint)
            Self.dropIfPatternless(&result.caseQuestion)
            Self.dropIfPatternless(&result.requested)
            Self.dropIfPatternless(&result.suggestion)
        }
        if !result.requested.fired, let alone = personNamedAlone.signal(matches: matches, in: message, index: index) {
            result.requested = alone
        }
        result.caseNumber = caseNumbers.caseNumber(tokens: analyzed.tokens, matches: matches, in: message, index: index)
        result.court = courts.court(matches: matches, in: message)
        result.city = cities.city(matches: matches)
        let anySignal = result.complaint.fired || result.caseQuestion.fired || result.requested.fired
            || result.suggestion.fired
        if !anySignal {
            if case .smallTalk(let kind) = reading {
                result.smallTalk = kind
            } else if message.count == 0, SmallTalkDetector.isAcknowledgingEmoji(analyzed.original) {
                result.smallTalk = .thanks
            } else if Self.isResolvedThanks(matches: matches, message: message, hasQuestionMark: analyzed.hasQuestionMark) {
                result.smallTalk = .thanks
            } else if case .courtesy(let courtesy) = reading {
                result.courtesy = courtesy
            }
        }
        return result
    }
}
