/// Which list of the lexicon a compiled pattern came from.
enum PatternGroup: Int, Sendable, Hashable, CaseIterable {
    case complaintEvidence, complaintAttenuator, complaintNegation
    case caseEvidence, caseAttenuator, caseNegation
    case requestedEvidence, requestedAttenuator, requestedNegation
    case suggestionEvidence, suggestionAttenuator, suggestionNegation
    case greeting, thanks, goodbye, filler
    case caseNumber
    case city, court, courtOrgan, ordinal, subject
}
