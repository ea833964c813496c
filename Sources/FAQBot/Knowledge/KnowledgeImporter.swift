import FAQStore
import Foundation
import Logging

/// Turns the curated files into a live knowledge version: analyses every
/// text, fits the matching model on it and writes it all in one transaction.
///
/// A source with any error changes nothing (the previous knowledge stays
/// live); a source identical to the live version is a no-op.
///
/// ```swift
/// let source = try KnowledgeSource.load(faqFile: "Knowledge/faq.md")
/// let outcome = try KnowledgeImporter(database: database).importKnowledge(source)
/// print(outcome.version.number)
/// ```
public struct KnowledgeImporter: Sendable {
    /// Bumped whenever analysis or scoring code changes what an import produces,
    /// so that re-importing an unchanged file after an upgrade still rebuilds.
    static let engineRevision = 6

    /// The database the knowledge is written to.
    public let database: FAQDatabase
    /// Where the duration of each stage is logged (at `debug`).
    public var logger: Logger

    /// Creates an importer writing to `database`.
    public init(database: FAQDatabase, logger: Logger = Logger(label: "mx.gob.pjbc.faqbot.import")) {
        self.database = database
        self.logger = logger
    }

    /// Imports an already loaded source.
    ///
    /// - Throws: `KnowledgeFileError.invalid` when the source has errors; `StoreError` on database failure.
    @discardableResult
    public func importKnowledge(_ source: KnowledgeSource) throws -> ImportOutcome {
        guard !source.hasErrors else { throw KnowledgeFileError.invalid(diagnostics: source.diagnostics) }
        let settings = KnowledgeSettings(analysis: source.settings, detectors: source.detectors, texts: source.texts,
                                         routing: source.routing, officeHours: source.officeHours)
        let clock = ContinuousClock()
        let started = clock.now
        let logger = logger
        @Sendable func logStage(_ stage: String, since start: ContinuousClock.Instant) {
            logger.debug("import stage", metadata: ["stage": "\(stage)", "seconds": "\(Self.seconds(clock.now - start))"])
        }
        let hash = try Self.contentHash(source: source, settings: settings)
        if let current = try database.currentVersion(), current.contentHash == hash {
            return .unchanged(current)
        }
        logStage("hash", since: started)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let analysisSettings = settings.analysis
        // Three things overlap: the analysis (every core, chunk by chunk), the writer storing each
        // chunk as soon as it is analysed, and the fit once the whole analysis is done. The
        // transaction waits for the fitted model before it commits.
        let stageStart = clock.now
        let analysis = PipelinedAnalysis(source.entries, analyzer: Analyzer(settings: analysisSettings))
        let negatives = source.negatives, calibration = source.calibration, detectors = source.detectors
        let fitting = BackgroundWork {
            var builder = KnowledgeIndex.Builder()
            var chunk = 0
            while let entries = analysis.chunk(chunk) {
                builder.append(entries)
                chunk += 1
            }
            logStage("analysis", since: stageStart)
            let fitted = Self.fit(KnowledgeIndex(builder), negatives: negatives, calibration: calibration,
                                  settings: analysisSettings, detectors: detectors)
            logStage("analysis and fit", since: stageStart)
            return fitted
        }
        let outcome = try database.replaceKnowledge(entryBatches: { analysis.next() }, settings: try encoder.encode(settings),
                                                    contentHash: hash, sourcePath: source.faqPath) {
            logStage("entries written", since: stageStart)
            let fitted = fitting.wait()
            return FAQDatabase.FittedPart(negatives: fitted.negatives, model: try encoder.encode(fitted.model))
        }
        logStage("analysis, write and fit, committed", since: stageStart)
        logStage("total", since: started)
        return outcome
    }

    private static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.3f", Double(seconds) + Double(attoseconds) / 1e18)
    }

    /// Where `faq.md` is when a program runs from the repository or an installation folder.
    public static let defaultKnowledgeFile = "Knowledge/faq.md"

    /// Imports `faqFile` if the database holds no knowledge yet (contract section 7), so that a first
    /// start needs no separate import.
    ///
    /// - Returns: `true` when it imported; `false` when the database already had knowledge or the
    ///   file does not exist.
    /// - Throws: as `importFile`, when the file has errors or the database fails.
    @discardableResult
    public func importIfEmpty(_ faqFile: String = KnowledgeImporter.defaultKnowledgeFile) throws -> Bool {
        guard try database.currentVersion() == nil, FileManager.default.fileExists(atPath: faqFile) else { return false }
        try importFile(faqFile)
        return true
    }

    /// Loads `faqFile` with its siblings and imports it.
    ///
    /// - Returns: the outcome and the warnings (an import with errors throws instead).
    @discardableResult
    public func importFile(_ faqFile: String) throws -> (outcome: ImportOutcome, warnings: [KnowledgeDiagnostic]) {
        let source = try KnowledgeSource.load(faqFile: faqFile)
        return (try importKnowledge(source), source.diagnostics.filter { $0.severity == .warning })
    }

    /// Analyses the out-of-scope and calibration messages and fits the model.
    ///
    /// - Parameters:
    ///   - entriesOnly: the index of the analysed entries, without negatives.
    ///   - negatives: messages no entry answers (`fuera-de-alcance.md`).
    ///   - calibration: messages with the entry answering each (`calibracion.md`); a message
    ///     naming an id the index lacks is left out.
    ///   - settings: the analysis settings.
    ///   - detectors: what the detectors look for: a calibration message is matched as the
    ///     engine matches it, without its greeting or thanks.
    static func fit(_ entriesOnly: KnowledgeIndex, negatives: [String], calibration: [CalibrationMessage] = [],
                    settings: AnalysisSettings, detectors: DetectorLexicon = .empty)
        -> (negatives: [AnalyzedPhrase], model: MatchModel) {
        // Negatives are analysed as messages are when serving: with typo
        // correction against the vocabulary the index will have.
        let serving = Analyzer(settings: settings, vocabulary: entriesOnly.vocabulary)
        let analyzedNegatives = negatives.parallelMap { serving.analyze($0) }
        let index = entriesOnly.withNegatives(analyzedNegatives.map(\.indexText))
        let messageDetectors = MessageDetectors(lexicon: detectors)
        var positionOfID: [String: Int] = [:]
        for (position, entry) in index.entries.enumerated() where positionOfID[entry.id] == nil {
            positionOfID[entry.id] = position
        }
        let labeled = calibration.compactMap { message in positionOfID[message.entryID].map { (message.text, $0) } }
        let calibrationAnalyzed = labeled.parallelMap { pair -> (analyzed: AnalyzedText, entry: Int) in
            var analyzed = serving.analyze(pair.0)
            if let courtesy = messageDetectors.detect(analyzed).courtesy {
                analyzed = serving.analyze(courtesy.remainder.joined(separator: " "))
            }
            return (analyzed, pair.1)
        }
        let classifier = fitClassifier(index, analyzer: serving, calibration: calibrationAnalyzed,
                                       negatives: analyzedNegatives)
        let calibrationQueries = calibrationAnalyzed.enumerated().map { offset, message in
            (query: index.query(for: message.analyzed.terms, probabilities: classifier?.calibration[offset]),
             entry: message.entry)
        }
        var trainer = ModelTrainer(index: index)
        trainer.classifier = classifier?.classifier
        trainer.heldOutProbabilities = classifier?.heldOut
        let negativeQueries = analyzedNegatives.enumerated().map { offset, analyzed in
            index.query(for: analyzed.terms, probabilities: classifier?.negatives[offset])
        }
        let model = trainer.fit(negatives: negativeQueries, calibration: calibrationQueries)
        return (analyzedNegatives.map { AnalyzedPhrase(text: $0.original, analyzed: $0.indexText) }, model)
    }

    /// Fits the entry classifier on every question and variant, analysed as messages are, on
    /// the calibration messages (the wording closest to real traffic), and on the out-of-scope
    /// messages as one more class after the entries (`EntryClassifier.outOfScopeClass`).
    ///
    /// - Parameters:
    ///   - calibration: the calibration messages as matched (without their courtesy), with their entries.
    ///   - negatives: the analysed out-of-scope messages.
    /// - Returns: the classifier and the held-out probabilities: of each entry's rows by entry position
    ///   and row, of each calibration message and of each negative, in order; `nil` when the base is
    ///   too small or too large for one (`EntryClassifierTrainer.fit`).
    private static func fitClassifier(_ index: KnowledgeIndex, analyzer: Analyzer,
                                      calibration: [(analyzed: AnalyzedText, entry: Int)], negatives: [AnalyzedText])
        -> (classifier: EntryClassifier, heldOut: [[[Float]]], calibration: [[Float]], negatives: [[Float]])? {
        let texts = index.entries.enumerated().flatMap { position, entry in
            ([entry.question] + entry.variants).map { (position, $0) }
        }
        guard texts.count * index.entries.count <= EntryClassifierTrainer.maximumWeights else { return nil }
        let rows = texts.parallelMap { position, text in
            EntryClassifierTrainer.Row(features: SubwordFeatures(words: analyzer.analyze(text).words), entry: position)
        }
        let calibrationRows = calibration.map {
            EntryClassifierTrainer.Row(features: SubwordFeatures(words: $0.analyzed.words), entry: $0.entry)
        }
        let outOfScope = index.entries.count
        let negativeRows = negatives.map { EntryClassifierTrainer.Row(features: SubwordFeatures(words: $0.words), entry: outOfScope) }
        guard let fitted = EntryClassifierTrainer().fit(rows: rows + calibrationRows + negativeRows,
                                                        classCount: index.entries.count + 1)
        else { return nil }
        var heldOut: [[[Float]]] = Array(repeating: [], count: index.entries.count)
        for (row, probabilities) in zip(rows, fitted.heldOut) { heldOut[row.entry].append(probabilities) }
        let calibrationEnd = rows.count + calibrationRows.count
        return (fitted.classifier, heldOut, Array(fitted.heldOut[rows.count..<calibrationEnd]),
                Array(fitted.heldOut[calibrationEnd...]))
    }

    /// FNV-1a (64 bits) of everything an import depends on; enough to tell "unchanged".
    ///
    /// The entries' long texts (question, variants, answer) and the negatives are hashed
    /// directly, each followed by a separator byte; the entries' metadata and the settings
    /// through their JSON (so that a new field is covered without touching this function).
    static func contentHash(source: KnowledgeSource, settings: KnowledgeSettings) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        func json<T: Encodable>(_ value: T) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
        var hash = FNV1a()
        hash.add("revision \(engineRevision)")
        // All entries' metadata in one encoding: one `encode` call per entry cost more than the rest of the hash.
        hash.add(try json(source.entries.map(\.withoutTexts)))
        for entry in source.entries {
            hash.add(entry.question)
            for variant in entry.variants { hash.add(variant) }
            hash.add(entry.answer)
        }
        for negative in source.negatives { hash.add(negative) }
        hash.add("calibration")
        for message in source.calibration {
            hash.add(message.entryID)
            hash.add(message.text)
        }
        hash.add(try json(settings))
        return String(hash.value, radix: 16)
    }
}

/// The 64-bit FNV-1a hash of a sequence of texts, each ended by a 0xFF byte (never in UTF-8).
private struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes { mix(byte) }
        }
        mix(0xFF)
    }

    private mutating func mix(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x100_0000_01b3
    }
}

private extension KnowledgeEntry {
    /// The entry's metadata alone (its long texts are hashed directly).
    var withoutTexts: KnowledgeEntry {
        var copy = self
        copy.question = ""
        copy.variants = []
        copy.answer = ""
        return copy
    }

}
