/// Fits the `MatchModel` of a knowledge version from its own data.
///
/// Positives: every question and variant, held out in turn (its row is removed
/// from its entry, and words only it uses count as unknown), must find its
/// entry; and the messages of `Knowledge/calibracion.md`, written as real
/// traffic is, must find theirs. Negatives: the messages of
/// `Knowledge/fuera-de-alcance.md`, which no entry answers. From them, in order:
/// 1. the ranker (candidate features → P(right entry)),
/// 2. the calibrators (ranked list → P(top right), P(right among options)),
/// 3. the thresholds that minimise the cost of wrong answers, useless
///    clarifications and handoffs on the same examples.
///
/// Held-out variants are cleaner than real messages (they were written to match),
/// so a confidence fitted on them alone is too high on real traffic. When there are
/// calibration messages, they carry `calibrationShare` of the positives' weight in
/// the calibrators and the thresholds, however few they are.
struct ModelTrainer: Sendable {
    let index: KnowledgeIndex
    /// Upper bound on held-out rows used, so that large knowledge bases import in bounded
    /// time: an even sample of 2,000 pins the answer rate of a threshold to about ±1 %.
    var maximumPositives = 2_000
    /// Candidates per example kept for fitting the ranker, best coverage first.
    var candidatesPerExample = 25
    /// Candidates retrieved per example, the most IDF weight shared first: the same rule as
    /// when serving (`KnowledgeIndex.candidateLimit`), so the model is fitted on what it will see.
    var retrievalLimit = KnowledgeIndex.candidateLimit
    /// The entry classifier, stored with the model; the other examples' queries carry its
    /// probabilities already.
    var classifier: EntryClassifier? = nil
    /// For each entry position and row (question first, then the variants), P(entry | row) from a
    /// classifier fitted without that row: the held-out examples' classifier evidence.
    var heldOutProbabilities: [[[Float]]]? = nil
    /// L2 penalty of the calibrators: their features overlap (score, margin, coverage),
    /// and held-out variants are cleaner than real messages, so weights are kept small.
    static let calibratorPenalty = 1.0
    /// The share of the positives' weight that calibration messages carry when there are any.
    static let calibrationShare = 0.5

    private struct Example: Sendable {
        let query: KnowledgeIndex.Query
        /// The held-out (entry, row), or `nil` for a negative.
        let heldOut: (entry: Int, row: Int)?
        /// For a negative, its position among the negatives (left out of its own similarity).
        var negative: Int? = nil
        /// For a calibration message, the entry that answers it.
        var labeled: Int? = nil

        /// The right entry: the held-out row's or the calibration message's; `nil` for a negative.
        var truth: Int? { heldOut?.entry ?? labeled }
        /// Which of the three kinds of example this is.
        var kind: ExampleWeights.Kind {
            heldOut != nil ? .heldOut : labeled != nil ? .calibration : .negative
        }
    }

    /// An example with the entries retrieved for it.
    private struct Retrieved: Sendable {
        let example: Example
        let candidates: [Int]
    }

    private struct RankerSample: Sendable {
        let vector: [Double]
        let label: Bool
    }

    /// Fits the model.
    ///
    /// - Parameters:
    ///   - negatives: the queries of messages no entry answers.
    ///   - calibration: the queries of messages written as real traffic, with the position of the entry
    ///     answering each.
    /// - Returns: the ranker, the calibrators, the thresholds and their report.
    func fit(negatives: [KnowledgeIndex.Query], calibration: [(query: KnowledgeIndex.Query, entry: Int)] = []) -> MatchModel {
        guard !index.entries.isEmpty else { return .empty }
        let positives = heldOutExamples()
        let entryCount = index.entries.count
        let labeled = calibration.filter { (0..<entryCount).contains($0.entry) }
            .map { Example(query: $0.query, heldOut: nil, labeled: $0.entry) }
        let examples = positives + labeled
            + negatives.enumerated().map { Example(query: $0.element, heldOut: nil, negative: $0.offset) }
        guard !positives.isEmpty else { return .empty }
        // Retrieved once per example; each pass below scores the examples on every core.
        let index = index, retrievalLimit = retrievalLimit
        let candidates = examples.parallelMap { index.candidatePositions(for: $0.query, limit: retrievalLimit) }
        let pairs = zip(examples, candidates).map { Retrieved(example: $0, candidates: $1) }

        var model = MatchModel.empty
        model.classifier = classifier
        model.ranker = fitRanker(pairs)
        let matcher = Matcher(index: index, model: model)
        var confidenceSamples: [[Double]] = []
        var topRight: [Bool] = []
        var reachSamples: [[Double]] = []
        var reachRight: [Bool] = []
        var confidenceWeights: [Double] = []
        var reachWeights: [Double] = []
        let weights = ExampleWeights(heldOut: positives.count, calibration: labeled.count, negatives: negatives.count)
        let outcomes = pairs.parallelMap { pair in
            matcher.match(query: pair.example.query, positions: pair.candidates, leavingOut: pair.example.heldOut,
                          leavingOutNegative: pair.example.negative)
        }
        for (example, outcome) in zip(examples, outcomes) {
            let features = outcome.confidenceFeatures.vector
            let truth = example.truth
            let weight = weights.weight(example.kind)
            confidenceSamples.append(features)
            confidenceWeights.append(weight)
            topRight.append(truth != nil && outcome.ranked.first?.position == truth)
            if outcome.options.count >= 2 {
                reachSamples.append(features)
                reachWeights.append(weight)
                reachRight.append(truth != nil && outcome.options.contains { $0.position == truth })
            }
        }
        model.answerCalibrator = LogisticModel.fit(samples: confidenceSamples, labels: topRight, weights: confidenceWeights,
                                                   penalty: Self.calibratorPenalty)
        model.reachCalibrator = LogisticModel.fit(samples: reachSamples, labels: reachRight, weights: reachWeights,
                                                  penalty: Self.calibratorPenalty)

        let calibrated = Matcher(index: index, model: model)
        let scored = pairs.parallelMap { pair -> Scored in
            let example = pair.example
            let outcome = calibrated.match(query: example.query, positions: pair.candidates,
                                           leavingOut: example.heldOut, leavingOutNegative: example.negative)
            let truth = example.truth
            return Scored(confidence: outcome.confidence, reach: outcome.reach,
                          topRight: truth != nil && outcome.ranked.first?.position == truth,
                          optionsRight: truth != nil && outcome.options.contains { $0.position == truth },
                          hasOptions: outcome.options.count >= 2, kind: example.kind)
        }
        model.policy = choosePolicy(scored, weights: weights)
        model.report = report(scored, policy: model.policy, positives: positives.count, calibration: labeled.count,
                              negatives: negatives.count)
        return model
    }

    // MARK: - Examples

    private func heldOutExamples() -> [Example] {
        let rowsUsingTerm = index.rowsUsingTermWithAnswers
        let table = index.rows
        var pairs: [(Int, Int)] = []
        for position in 0..<table.count {
            for row in 0..<table.rowCount(of: position) where table.rowWeight(of: position, row: row) > 0 {
                pairs.append((position, row))
            }
        }
        if pairs.count > maximumPositives {
            let stride = Double(pairs.count) / Double(maximumPositives)
            pairs = (0..<maximumPositives).map { pairs[Int(Double($0) * stride)] }
        }
        return pairs.map { position, row in
            let terms = table.terms(ofRow: row, entry: position)
            let known = terms.filter { rowsUsingTerm[Int($0)] > 1 }
            let unknownCount = terms.count - known.count
            let weight = known.reduce(0) { $0 + index.idf[Int($1)] } + Double(unknownCount) * index.unseenIDF
            let weightedTerms = terms.map { term in
                (term: index.termNames[Int(term)], idf: known.contains(term) ? index.idf[Int(term)] : index.unseenIDF)
            }
            var query = KnowledgeIndex.Query(known: known, weight: weight, termCount: terms.count,
                                             unknownCount: unknownCount, weightedTerms: weightedTerms)
            query.probabilities = heldOutProbabilities?[position][row]
            return Example(query: query, heldOut: (position, row))
        }
    }

    // MARK: - Ranker

    private func fitRanker(_ pairs: [Retrieved]) -> LogisticModel {
        let table = index.rows, idf = index.idf, candidatesPerExample = candidatesPerExample
        let perExample = pairs.parallelMap { pair -> [RankerSample] in
            let example = pair.example
            var scratch = CandidateFeatures.Scratch()
            var computed = pair.candidates.map { position in
                CandidateFeatures(table: table, idf: idf, position: position, query: example.query,
                                  leavingOut: example.heldOut?.entry == position ? example.heldOut?.row : nil,
                                  scratch: &scratch)
            }
            // Over all the retrieved candidates, as when serving, before keeping the best.
            CandidateFeatures.assignPosteriors(&computed)
            CandidateFeatures.assignClassifier(&computed, positions: pair.candidates, query: example.query)
            var features = Array(zip(pair.candidates, computed))
            features.sort { $0.1.coverage + $0.1.bestRowDice > $1.1.coverage + $1.1.bestRowDice }
            return features.prefix(candidatesPerExample).map {
                RankerSample(vector: $0.1.vector, label: $0.0 == example.truth)
            }
        }
        let samples = perExample.flatMap { example in example.map { $0.vector } }
        let labels = perExample.flatMap { example in example.map { $0.label } }
        return LogisticModel.fit(samples: samples, labels: labels)
    }

    // MARK: - Thresholds

    private struct Scored: Sendable {
        let confidence: Double
        let reach: Double
        let topRight: Bool
        let optionsRight: Bool
        let hasOptions: Bool
        let kind: ExampleWeights.Kind
        var isPositive: Bool { kind != .negative }
    }

    private enum Action { case answerRight, answerWrong, clarifyUseful, clarifyUseless, handoff, handoffRight }

    private func action(_ example: Scored, _ policy: DecisionPolicy) -> Action {
        if example.confidence >= policy.answerThreshold {
            return example.topRight ? .answerRight : .answerWrong
        }
        if example.hasOptions && example.reach >= policy.clarifyThreshold {
            return example.optionsRight ? .clarifyUseful : .clarifyUseless
        }
        return example.isPositive ? .handoff : .handoffRight
    }

    private func cost(_ action: Action) -> Double {
        switch action {
        case .answerRight, .handoffRight: return 0
        case .answerWrong: return DecisionPolicy.wrongAnswerCost
        case .clarifyUseful: return DecisionPolicy.usefulClarifyCost
        case .clarifyUseless: return DecisionPolicy.uselessClarifyCost
        case .handoff: return 1
        }
    }

    /// The thresholds with the least total cost on the examples. The cost of each
    /// answer threshold is averaged with its neighbours (±0.04), so that a
    /// flat stretch of the cost curve does not make the choice jump between imports.
    private func choosePolicy(_ scored: [Scored], weights: ExampleWeights) -> DecisionPolicy {
        let answerSteps = Array(50...95)
        var bestPerAnswer: [(cost: Double, clarify: Double)] = []
        for answerStep in answerSteps {
            var best = (cost: Double.infinity, clarify: 0.6)
            for clarifyStep in stride(from: 30, through: 95, by: 5) {
                let policy = DecisionPolicy(answerThreshold: Double(answerStep) / 100, clarifyThreshold: Double(clarifyStep) / 100)
                let total = scored.reduce(0) { $0 + weights.weight($1.kind) * cost(action($1, policy)) }
                if total < best.cost - 1e-9 { best = (total, policy.clarifyThreshold) }
            }
            bestPerAnswer.append(best)
        }
        var chosen = 0
        var chosenCost = Double.infinity
        for index in answerSteps.indices {
            let window = max(0, index - 4)...min(answerSteps.count - 1, index + 4)
            let smoothed = window.reduce(0) { $0 + bestPerAnswer[$1].cost } / Double(window.count)
            if smoothed < chosenCost - 1e-9 {
                chosenCost = smoothed
                chosen = index
            }
        }
        return DecisionPolicy(answerThreshold: Double(answerSteps[chosen]) / 100, clarifyThreshold: bestPerAnswer[chosen].clarify)
    }

    /// Weights that give the negatives `DecisionPolicy.assumedOutOfScopeShare` of the total and, when
    /// there are calibration messages, `calibrationShare` of the rest to them, keeping the average
    /// weight at 1.
    struct ExampleWeights {
        /// The kinds of example.
        enum Kind: Sendable { case heldOut, calibration, negative }

        let heldOut: Double
        let calibration: Double
        let negative: Double

        init(heldOut heldOutCount: Int, calibration calibrationCount: Int, negatives negativeCount: Int) {
            let total = Double(heldOutCount + calibrationCount + negativeCount)
            let share = DecisionPolicy.assumedOutOfScopeShare
            let positiveWeight = total * (1 - share)
            let calibrationWeight = calibrationCount == 0 || heldOutCount == 0
                ? (calibrationCount == 0 ? 0 : positiveWeight) : positiveWeight * ModelTrainer.calibrationShare
            heldOut = heldOutCount == 0 ? 0 : (positiveWeight - calibrationWeight) / Double(heldOutCount)
            calibration = calibrationCount == 0 ? 0 : calibrationWeight / Double(calibrationCount)
            negative = negativeCount == 0 ? 0 : total * share / Double(negativeCount)
        }

        func weight(_ kind: Kind) -> Double {
            switch kind {
            case .heldOut: heldOut
            case .calibration: calibration
            case .negative: negative
            }
        }
    }

    private func report(_ scored: [Scored], policy: DecisionPolicy, positives: Int, calibration: Int,
                        negatives: Int) -> CalibrationReport {
        var report = CalibrationReport()
        report.positives = positives
        report.calibrationMessages = calibration
        report.negatives = negatives
        let reliability = CalibrationReport.reliability(of: scored.map { ($0.confidence, $0.topRight) })
        report.bins = reliability.bins
        report.expectedCalibrationError = reliability.ece
        func topOne(_ rows: [Scored]) -> Double { rows.isEmpty ? 0 : Double(rows.filter(\.topRight).count) / Double(rows.count) }
        report.topOneAccuracy = topOne(scored.filter { $0.kind == .heldOut })
        if calibration > 0 {
            report.calibrationTopOneAccuracy = topOne(scored.filter { $0.kind == .calibration })
            report.calibrationExpectedError = CalibrationReport.reliability(
                of: scored.filter { $0.kind != .heldOut }.map { ($0.confidence, $0.topRight) }).ece
        }
        for example in scored {
            switch action(example, policy) {
            case .answerRight: report.answeredRight += 1
            case .answerWrong: report.answeredWrong += 1
            case .clarifyUseful, .clarifyUseless: report.clarified += 1
            case .handoff, .handoffRight: report.handedOff += 1
            }
        }
        return report
    }
}
