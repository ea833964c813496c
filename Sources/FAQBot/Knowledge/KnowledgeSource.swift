import FAQStore
import Foundation

/// Everything staff curate in the `Knowledge/` folder, parsed and checked.
///
/// `faq.md` is given; its siblings are read when present:
/// `sinonimos.md`, `abreviaturas.md`, `palabras-vacias.md` (analysis settings)
/// `fuera-de-alcance.md` (messages no entry answers, for calibration),
/// `calibracion.md` (messages as real traffic writes them, with the entry answering each),
/// `detectores.md` (complaint, case, request… patterns), `quejas.md`, `casos.md`, `personas.md`
/// and `sugerencias.md` (examples for the classifiers of each signal), `rutas.md` (areas and
/// priorities of handoffs), `textos.md` (the bot's own texts) and `horario.md` (office hours).
///
/// The files that hold the language rather than one institution's topics (synonyms,
/// abbreviations, stop words, detectors and texts, `SiblingFile.languageFiles`) fall back
/// to the shipped `Knowledge/` folder when the base's own folder lacks them, so that the
/// same engine runs on another knowledge base with its small talk, complaints and
/// requests for a person still recognised; `defaultsUsed` says which were taken.
///
/// ```swift
/// let source = try KnowledgeSource.load(faqFile: "Knowledge/faq.md")
/// if source.hasErrors { source.diagnostics.forEach { print($0) } }
/// ```
public struct KnowledgeSource: Sendable {
    /// The names of the optional files next to `faq.md`.
    public enum SiblingFile {
        /// Synonym groups.
        public static let synonyms = "sinonimos.md"
        /// Abbreviations and their expansions.
        public static let abbreviations = "abreviaturas.md"
        /// Stop words added to or kept from the Snowball list.
        public static let stopWords = "palabras-vacias.md"
        /// Messages no entry answers (calibration negatives).
        public static let outOfScope = "fuera-de-alcance.md"
        /// Messages written as real traffic is, under the id of the entry answering them (calibration positives).
        public static let calibration = "calibracion.md"
        /// Patterns of the complaint, case, request and suggestion detectors.
        public static let detectors = "detectores.md"
        /// Complaints and messages that are not, for the complaint classifier.
        public static let complaintExamples = "quejas.md"
        /// Questions about one case file and general questions, for the case classifier.
        public static let caseExamples = "casos.md"
        /// Requests for a person and look-alikes, for the classifier of requests.
        public static let requestedExamples = "personas.md"
        /// Suggestions and look-alikes, for the suggestion classifier.
        public static let suggestionExamples = "sugerencias.md"
        /// The bot's own texts.
        public static let texts = "textos.md"
        /// Areas and priorities of handoffs.
        public static let routing = "rutas.md"
        /// Office hours, non-working days and the time zone.
        public static let officeHours = "horario.md"

        /// The files about the language, not the institution: a base without its own takes the shipped ones.
        public static let languageFiles: Set<String> = [synonyms, abbreviations, stopWords, detectors, complaintExamples,
                                                        caseExamples, requestedExamples, suggestionExamples, texts]
    }

    /// The shipped knowledge folder: `FAQ_KNOWLEDGE_DEFAULTS` when set, else `Knowledge/` in the
    /// working directory (where programs run from the repository or an installation folder),
    /// else `nil`.
    public static func shippedFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let candidate = environment["FAQ_KNOWLEDGE_DEFAULTS"]
            ?? (KnowledgeImporter.defaultKnowledgeFile as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder) && isFolder.boolValue
            ? candidate : nil
    }

    /// The path of `faq.md`, as given to `load`.
    public var faqPath: String
    /// The valid entries of `faq.md`, in file order (entries with errors are left out).
    public var entries: [KnowledgeEntry]
    /// The analysis settings (synonyms, abbreviations, stop words).
    public var settings: AnalysisSettings
    /// Messages that no entry answers.
    public var negatives: [String]
    /// Messages with the entry that answers them, for calibrating the confidence.
    public var calibration: [CalibrationMessage]
    /// What the detectors look for.
    public var detectors: DetectorLexicon
    /// The bot's own texts.
    public var texts: BotTexts
    /// Areas and priorities of handoffs.
    public var routing: RoutingRules
    /// When staff attend (`nil` when `horario.md` is missing or gives no hours).
    public var officeHours: OfficeHours?
    /// Every problem of every file, in file order.
    public var diagnostics: [KnowledgeDiagnostic]
    /// The sibling files that were found and read.
    public var filesRead: [String]
    /// The language files taken from the shipped folder because the base's folder lacks them
    /// (their paths, as read).
    public var defaultsUsed: [String] = []

    /// Whether any diagnostic is an error, in which case the source cannot be imported.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Reads and parses `faqFile` and its siblings.
    ///
    /// - Parameters:
    ///   - faqFile: the path of `faq.md`.
    ///   - defaultsFolder: where the language files missing next to `faqFile` are taken from
    ///     (`shippedFolder()` by default; `nil` for none).
    /// - Throws: `KnowledgeFileError.cannotRead` when `faqFile` (or a sibling that exists) cannot be read.
    public static func load(faqFile: String, defaultsFolder: String? = shippedFolder()) throws -> KnowledgeSource {
        let faqURL = URL(fileURLWithPath: faqFile)
        let folder = faqURL.deletingLastPathComponent()
        let faq = FAQFileParser().parse(try read(faqURL.path), file: faqFile)
        var diagnostics = faq.diagnostics
        var filesRead = [faqFile]
        var defaultsUsed: [String] = []
        let defaults = defaultsFolder.map { URL(fileURLWithPath: $0).standardizedFileURL }
            .flatMap { $0.path == folder.standardizedFileURL.path ? nil : $0 }

        func sibling<Value>(_ name: String, _ parse: (String, String) -> ParseResult<Value>) throws -> Value? {
            var path = folder.appendingPathComponent(name).path
            var display = faqFile.contains("/") ? (faqFile as NSString).deletingLastPathComponent + "/" + name : name
            if !FileManager.default.fileExists(atPath: path) {
                guard SiblingFile.languageFiles.contains(name), let defaults, let defaultsFolder,
                      FileManager.default.fileExists(atPath: defaults.appendingPathComponent(name).path)
                else { return nil }
                path = defaults.appendingPathComponent(name).path
                display = (defaultsFolder as NSString).appendingPathComponent(name)
                defaultsUsed.append(display)
            }
            let result = parse(try read(path), display)
            diagnostics += result.diagnostics
            filesRead.append(display)
            return result.value
        }

        let synonyms = try sibling(SiblingFile.synonyms) { SynonymFileParser().parse($0, file: $1) } ?? []
        let abbreviations = try sibling(SiblingFile.abbreviations) { AbbreviationFileParser().parse($0, file: $1) } ?? []
        let stopWords = try sibling(SiblingFile.stopWords) { WordListFileParser().parse($0, file: $1) }
        let negatives = try sibling(SiblingFile.outOfScope) { PhraseListParser().parse($0, file: $1) } ?? []
        let entryIDs = Set(faq.value.map(\.id))
        let calibration = try sibling(SiblingFile.calibration) {
            CalibrationFileParser(entryIDs: entryIDs).parse($0, file: $1)
        } ?? []
        var detectors = try sibling(SiblingFile.detectors) { DetectorLexiconParser().parse($0, file: $1) } ?? .empty
        detectors.complaintExamples = try sibling(SiblingFile.complaintExamples) {
            SignalExamplesParser.complaint.parse($0, file: $1)
        }
        detectors.caseExamples = try sibling(SiblingFile.caseExamples) { SignalExamplesParser.caseQuestion.parse($0, file: $1) }
        detectors.requestedExamples = try sibling(SiblingFile.requestedExamples) {
            SignalExamplesParser.requested.parse($0, file: $1)
        }
        detectors.suggestionExamples = try sibling(SiblingFile.suggestionExamples) {
            SignalExamplesParser.suggestion.parse($0, file: $1)
        }
        let texts = try sibling(SiblingFile.texts) { BotTextsFileParser().parse($0, file: $1) } ?? .defaults
        let routing = try sibling(SiblingFile.routing) { RoutingRulesParser().parse($0, file: $1) } ?? .empty
        let officeHours = try sibling(SiblingFile.officeHours) { OfficeHoursParser().parse($0, file: $1) } ?? nil

        // Every question the knowledge answers, and every message no entry answers, is no complaint, case
        // question, request for a person nor suggestion: every classifier learns them beside its file's own
        // «no es …». Stored once; an even sample of at most `knowledgeNegativeLimit`, so that a base of
        // 10,000 entries does not store and learn 100,000 of them.
        let questions = faq.value.flatMap { [$0.question] + $0.variants } + calibration.map(\.text) + negatives.map(\.text)
        detectors.generalMessages = Self.evenSample(questions, limit: Self.knowledgeNegativeLimit)

        var abbreviationTable: [String: [String]] = [:]
        for abbreviation in abbreviations { abbreviationTable[abbreviation.short] = abbreviation.expansion }
        let settings = AnalysisSettings(abbreviations: abbreviationTable,
                                        addedStopWords: stopWords?.add ?? [],
                                        keptStopWords: stopWords?.keep ?? [],
                                        synonymGroups: synonyms.map(\.terms))
        return KnowledgeSource(faqPath: faqFile, entries: faq.value, settings: settings,
                               negatives: negatives.map(\.text), calibration: calibration, detectors: detectors, texts: texts,
                               routing: routing, officeHours: officeHours, diagnostics: diagnostics, filesRead: filesRead,
                               defaultsUsed: defaultsUsed)
    }

    /// How many of the knowledge's own questions the classifiers learn as not showing their signal, at most.
    static let knowledgeNegativeLimit = 3_000

    /// `limit` items taken at even steps (all of them when there are fewer).
    static func evenSample<T>(_ items: [T], limit: Int) -> [T] {
        guard items.count > limit, limit > 0 else { return items }
        let step = Double(items.count) / Double(limit)
        return (0..<limit).map { items[Int(Double($0) * step)] }
    }

    private static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw KnowledgeFileError.cannotRead(path: path)
        }
        // Invalid UTF-8 is repaired (U+FFFD) rather than refused: the parser then points at the line.
        return String(decoding: data, as: UTF8.self)
    }
}

/// A knowledge file that cannot be used at all.
public enum KnowledgeFileError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The file does not exist or cannot be read.
    case cannotRead(path: String)
    /// The files have errors; nothing was imported and the previous knowledge stays live.
    case invalid(diagnostics: [KnowledgeDiagnostic])

    /// The Spanish explanation for staff, listing every error.
    public var description: String {
        switch self {
        case let .cannotRead(path):
            return "No se pudo leer el archivo «\(path)». Revise que exista y que tenga permiso de lectura."
        case let .invalid(diagnostics):
            let errors = diagnostics.filter { $0.severity == .error }
            return "El conocimiento tiene \(errors.count) error(es); no se importó nada y sigue vigente la versión anterior:\n"
                + errors.map(\.description).joined(separator: "\n")
        }
    }

    /// The same as `description`, for `LocalizedError`.
    public var errorDescription: String? { description }
}
