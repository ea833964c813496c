/// Which list of the lexicon a compiled pattern came from.
enum PatternGroup: Int, Sendable, Hashable, CaseIterable {
    case complaintEvidence, complaintAttenuator, complaintNegation, complaintOtherParty, complaintInstitution
    case caseEvidence, caseAttenuator, caseNegation
    case requestedEvidence, requestedAttenuator, requestedNegation
    case suggestionEvidence, suggestionAttenuator, suggestionNegation
    case greeting, thanks, goodbye, filler, acknowledgement, requestedAlone
    case caseNumber
    case city, court, courtOrgan, ordinal, subject

    /// The groups of the weighted detectors (evidence, attenuators, negations), where
    /// intensifiers may come between a pattern's words.
    var isWeighted: Bool {
        switch self {
        case .complaintEvidence, .complaintAttenuator, .complaintNegation, .caseEvidence, .caseAttenuator,
             .caseNegation, .requestedEvidence, .requestedAttenuator, .requestedNegation, .suggestionEvidence,
             .suggestionAttenuator, .suggestionNegation:
            true
        case .complaintOtherParty, .complaintInstitution, .greeting, .thanks, .goodbye, .filler, .acknowledgement, .requestedAlone, .caseNumber, .city, .court, .courtOrgan, .ordinal, .subject:
            false
        }
    }
}
