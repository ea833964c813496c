/// The metrics of `shared/eval/score.py`, with the same definitions, plus the
/// confusions and misses staff need to see what to fix.
public struct EvaluationMetrics: Sendable, Codable {
    /// Number of rows scored.
    public var rows: Int
    /// Rows expecting an entry: answered with a right entry.
    public var inScopeAccuracy: Double?
    /// … answered right, or a right entry among the clarify options.
    public var inScopeReached: Double?
    /// … `top` is a right entry, whatever the action (the ranking alone).
    public var top1InScope: Double?
    /// All rows: answered with an entry that is not right.
    public var falseAnswerRate: Double?
    /// Rows expecting `handoff:unmatched`: handed off (any reason).
    public var oosHandoffRate: Double?
    /// Handoffs with reason `complaint`: the row expects `handoff:complaint`.
    public var complaintPrecision: Double?
    /// Rows expecting `handoff:complaint`: handed off with reason `complaint`.
    public var complaintRecall: Double?
    /// Rows expecting `handoff:case`: handed off with reason `case`.
    public var caseRecall: Double?
    /// Rows expecting `handoff:requested`: handed off with reason `requested`.
    public var requestedRecall: Double?
    /// Rows expecting `handoff:suggestion`: handed off with reason `suggestion`.
    public var suggestionRecall: Double?
    /// Rows expecting `smalltalk:KIND`: answered as small talk of a right kind.
    public var smalltalkAccuracy: Double?
    /// Expected calibration error of `confidence` as P(top right), ten bins.
    public var ece: Double?
    /// "expected → given" with counts, most frequent first.
    public var confusions: [Confusion]
    /// Every row not decided right, in file order.
    public var misses: [Miss]

    /// How often rows with one expectation got one wrong decision.
    public struct Confusion: Sendable, Codable, Hashable {
        /// The row's expectations, joined with `|`.
        public var expected: String
        /// The decision: an entry id, `clarify:a,b`, `handoff:REASON` or `smalltalk:KIND`.
        public var given: String
        /// How many rows.
        public var count: Int
    }

    /// One row the bot did not decide right.
    public struct Miss: Sendable, Codable, Hashable {
        /// 1-based line in the evaluation file.
        public var line: Int
        /// The message.
        public var text: String
        /// The row's expectations, joined with `|`.
        public var expected: String
        /// What the bot decided (as in `Confusion.given`).
        public var given: String
        /// The decision's confidence, in [0, 1].
        public var confidence: Double
    }

    enum CodingKeys: String, CodingKey {
        case rows, confusions, misses, ece
        case inScopeAccuracy = "in_scope_accuracy", inScopeReached = "in_scope_reached", top1InScope = "top1_in_scope"
        case falseAnswerRate = "false_answer_rate", oosHandoffRate = "oos_handoff_rate"
        case complaintPrecision = "complaint_precision", complaintRecall = "complaint_recall"
        case caseRecall = "case_recall", requestedRecall = "requested_recall"
        case suggestionRecall = "suggestion_recall", smalltalkAccuracy = "smalltalk_accuracy"
    }

    /// Scores `decisions` (one per row, same order) against `set`.
    public init(set: EvaluationSet, decisions: [Decision]) {
        var inScope = 0, inScopeRight = 0, inScopeReach = 0, inScopeTop = 0, falseAnswers = 0
        var outOfScope = 0, outOfScopeHandedOff = 0
        var complaintTP = 0, complaintFP = 0, complaintFN = 0
        var cases = 0, casesRight = 0, requested = 0, requestedRight = 0, suggestions = 0, suggestionsRight = 0
        var smallTalk = 0, smallTalkRight = 0
        var calibration: [(Double, Bool)] = []
        var confusionCounts: [String: [String: Int]] = [:]
        var misses: [Miss] = []
        for (row, decision) in zip(set.rows, decisions) {
            let entries = row.entries, handoffs = row.handoffs, smalls = row.smallTalk
            let reason = decision.reason?.rawValue
            var right = false
            switch decision.action {
            case .answer:
                right = decision.entry.map(entries.contains) ?? false
                if !right { falseAnswers += 1 }
            case .handoff:
                right = reason.map(handoffs.contains) ?? false || handoffs.contains("unmatched")
            case .smalltalk:
                right = reason.map(smalls.contains) ?? false
            case .clarify:
                right = !Set(decision.options).isDisjoint(with: entries)
            case .silent:
                right = false
            }
            if !entries.isEmpty && handoffs.isEmpty && smalls.isEmpty {
                inScope += 1
                if decision.action == .answer, let entry = decision.entry, entries.contains(entry) { inScopeRight += 1 }
                if right { inScopeReach += 1 }
                if let top = decision.top, entries.contains(top) { inScopeTop += 1 }
            }
            if handoffs.contains("unmatched") && entries.isEmpty {
                outOfScope += 1
                if decision.action == .handoff { outOfScopeHandedOff += 1 }
            }
            if handoffs.contains("case") {
                cases += 1
                if decision.action == .handoff && reason == "case" { casesRight += 1 }
            }
            if handoffs.contains("requested") {
                requested += 1
                if decision.action == .handoff && reason == "requested" { requestedRight += 1 }
            }
            if handoffs.contains("suggestion") {
                suggestions += 1
                if decision.action == .handoff && reason == "suggestion" { suggestionsRight += 1 }
            }
            if !smalls.isEmpty {
                smallTalk += 1
                if decision.action == .smalltalk, let reason, smalls.contains(reason) { smallTalkRight += 1 }
            }
            let saidComplaint = decision.action == .handoff && reason == "complaint"
            let wantComplaint = handoffs.contains("complaint")
            if saidComplaint && wantComplaint { complaintTP += 1 }
            if saidComplaint && !wantComplaint { complaintFP += 1 }
            if wantComplaint && !saidComplaint { complaintFN += 1 }
            if !entries.isEmpty || handoffs.contains("unmatched") {
                calibration.append((decision.confidence, decision.top.map(entries.contains) ?? false))
            }
            if !right {
                let given = Self.label(decision)
                let expected = row.expected.joined(separator: "|")
                confusionCounts[expected, default: [:]][given, default: 0] += 1
                misses.append(Miss(line: row.line, text: row.text, expected: expected, given: given,
                                   confidence: decision.confidence))
            }
        }
        func ratio(_ a: Int, _ b: Int) -> Double? { b == 0 ? nil : Double(a) / Double(b) }
        rows = set.rows.count
        inScopeAccuracy = ratio(inScopeRight, inScope)
        inScopeReached = ratio(inScopeReach, inScope)
        top1InScope = ratio(inScopeTop, inScope)
        falseAnswerRate = ratio(falseAnswers, set.rows.count)
        oosHandoffRate = ratio(outOfScopeHandedOff, outOfScope)
        complaintPrecision = ratio(complaintTP, complaintTP + complaintFP)
        complaintRecall = ratio(complaintTP, complaintTP + complaintFN)
        caseRecall = ratio(casesRight, cases)
        requestedRecall = ratio(requestedRight, requested)
        suggestionRecall = ratio(suggestionsRight, suggestions)
        smalltalkAccuracy = ratio(smallTalkRight, smallTalk)
        ece = calibration.isEmpty ? nil : CalibrationReport.reliability(of: calibration).ece
        confusions = confusionCounts.flatMap { expected, given in
            given.map { Confusion(expected: expected, given: $0.key, count: $0.value) }
        }.sorted { ($0.count, $1.expected, $1.given) > ($1.count, $0.expected, $0.given) }
        self.misses = misses
    }

    /// `answer:id`, `clarify:a,b`, `handoff:reason`, `smalltalk:kind`: how a decision reads in a confusion.
    static func label(_ decision: Decision) -> String {
        switch decision.action {
        case .answer: return decision.entry ?? "answer"
        case .clarify: return "clarify:" + decision.options.joined(separator: ",")
        default: return decision.action.rawValue + ":" + (decision.reason?.rawValue ?? "")
        }
    }
}
