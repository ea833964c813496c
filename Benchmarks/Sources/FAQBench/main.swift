// faq-bench: the command-line side of the benchmarks (see Benchmarks/run.sh).
//
//   faq-bench validate FAQ.md                  parse + check like `faq-admin validate`; exit 1 on errors
//   faq-bench import FAQ.md DB                 import into a new DB: time per stage, DB size, memory
//   faq-bench import-without-fit FAQ.md DB --model-from FITTED_DB
//                                              the same minus the model fit (reuses FITTED_DB's model)
//   faq-bench serve DB [--messages FILE] [--dev] [--rounds N]
//                                              memory of a serving process and decision latency
//   faq-bench stages DB [--messages FILE] [--dev] [--rounds N]
//                                              latency of each stage of a decision, separately
//   faq-bench handle [--conversations N] [--messages N]
//                                              ChatBot.handle throughput on a fresh database
//   faq-bench decide-loop DB --seconds S [...]  decide in a loop (to attach a profiler)
//   faq-bench memory-probe DB                  what the loaded knowledge texts weigh in memory
import BenchSupport
import FAQBot
import FAQStore
import Foundation
import Logging

@inline(never)
func consume<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

struct Arguments {
    var positional: [String] = []
    var options: [String: String] = [:]
    var flags: Set<String> = []

    init(_ raw: ArraySlice<String>) {
        var iterator = raw.makeIterator()
        while let argument = iterator.next() {
            if argument.hasPrefix("--") {
                let name = String(argument.dropFirst(2))
                if ["dev"].contains(name) {
                    flags.insert(name)
                } else if let value = iterator.next() {
                    options[name] = value
                }
            } else {
                positional.append(argument)
            }
        }
    }

    func int(_ name: String, _ fallback: Int) -> Int { options[name].flatMap(Int.init) ?? fallback }
    func double(_ name: String, _ fallback: Double) -> Double { options[name].flatMap(Double.init) ?? fallback }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
}

func messages(_ arguments: Arguments) throws -> [String] {
    var result: [String] = []
    if let file = arguments.options["messages"] { result += try MessageSets.lines(path: file) }
    if arguments.flags.contains("dev") || result.isEmpty { result += try MessageSets.devTexts() }
    if arguments.options["messages"] != nil, arguments.flags.contains("dev") {
        // Interleave the file's messages with dev.tsv's, as the ordo-one benchmarks do.
        let own = try MessageSets.lines(path: arguments.options["messages"]!)
        let dev = try MessageSets.devTexts()
        result = []
        for index in 0..<max(own.count, dev.count) {
            if index < own.count { result.append(own[index]) }
            if index < dev.count { result.append(dev[index]) }
        }
    }
    if let limit = arguments.options["limit"].flatMap(Int.init) { result = Array(result.prefix(limit)) }
    return result
}

// MARK: - validate

func validate(_ arguments: Arguments) throws {
    guard let faq = arguments.positional.first else { fail("usage: faq-bench validate FAQ.md") }
    let started = monotonicSeconds()
    let source = try KnowledgeSource.load(faqFile: faq)
    let elapsed = monotonicSeconds() - started
    let errors = source.diagnostics.filter { $0.severity == .error }
    let warnings = source.diagnostics.filter { $0.severity == .warning }
    let variants = source.entries.reduce(0) { $0 + $1.variants.count }
    print("validate \(faq): \(source.entries.count) entries, \(variants) variants, \(source.negatives.count) out-of-scope "
        + "messages, \(errors.count) errors, \(warnings.count) warnings (\(LatencySummary.format(elapsed)))")
    for diagnostic in (errors + warnings).prefix(10) { print("  \(diagnostic)") }
    if !errors.isEmpty { exit(1) }
}

// MARK: - import

/// One line with what the project's parser found, and the first problems.
func printValidation(_ source: KnowledgeSource, file: String) {
    let errors = source.diagnostics.filter { $0.severity == .error }
    let warnings = source.diagnostics.filter { $0.severity == .warning }
    let variants = source.entries.reduce(0) { $0 + $1.variants.count }
    print("validated \(file): \(source.entries.count) entries, \(variants) variants, \(source.negatives.count) "
        + "out-of-scope messages, \(errors.count) errors, \(warnings.count) warnings")
    for diagnostic in (errors + warnings).prefix(10) { print("  \(diagnostic)") }
}

func importKnowledge(_ arguments: Arguments) throws {
    guard arguments.positional.count == 2 else { fail("usage: faq-bench import FAQ.md DB") }
    let (faq, path) = (arguments.positional[0], arguments.positional[1])
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    let rssBefore = ProcessMemory.residentKiB
    let started = monotonicSeconds()
    let source = try KnowledgeSource.load(faqFile: faq)
    let parsed = monotonicSeconds()
    printValidation(source, file: faq)
    guard !source.hasErrors else { throw KnowledgeFileError.invalid(diagnostics: source.diagnostics) }
    var entryCount = 0
    var committed = 0.0
    do {
        let database = try FAQDatabase(path: path)
        let outcome = try KnowledgeImporter(database: database).importKnowledge(source)
        entryCount = source.entries.count
        consume(outcome)
        committed = monotonicSeconds()
    }
    // The database is closed here (last connection gone: SQLite checkpoints and removes the WAL).
    let finished = monotonicSeconds()
    let bytes = Fixtures.databaseBytes(path: path)
    let faqBytes = (try? FileManager.default.attributesOfItem(atPath: faq)[.size] as? NSNumber)?.intValue ?? 0
    print(String(format: "import %@: %d entries; parse+validate %.2f s, analyse+fit+write %.2f s, total %.2f s; "
            + "faq.md %.1f MiB, database %.1f MiB; RSS before %@, peak %@ (closing the database: %.2f s of it)",
        faq, entryCount, parsed - started, finished - parsed, finished - started,
        Double(faqBytes) / 1_048_576, Double(bytes) / 1_048_576,
        ProcessMemory.describe(rssBefore), ProcessMemory.describe(ProcessMemory.peakResidentKiB), finished - committed))
}

// MARK: - import without fitting

/// Writes a knowledge base the way `KnowledgeImporter` does, but reuses the fitted
/// model (and settings) of another database instead of fitting one: times the
/// stages of an import other than the fit (parse, analysis, write), and builds a
/// serving database for sizes whose full import is out of reach (100,000 entries).
func importWithoutFit(_ arguments: Arguments) throws {
    guard arguments.positional.count == 2, let modelSource = arguments.options["model-from"] else {
        fail("usage: faq-bench import-without-fit FAQ.md DB --model-from FITTED_DB")
    }
    let (faq, path) = (arguments.positional[0], arguments.positional[1])
    guard let fitted = try Fixtures.existingDatabase(path: modelSource).loadKnowledge() else {
        fail("\(modelSource) has no knowledge")
    }
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    let started = monotonicSeconds()
    let source = try KnowledgeSource.load(faqFile: faq)
    printValidation(source, file: faq)
    guard !source.hasErrors else { throw KnowledgeFileError.invalid(diagnostics: source.diagnostics) }
    let parsed = monotonicSeconds()
    // The same analysis as KnowledgeImporter.prepare: entries without typo correction,
    // negatives with correction against the vocabulary the index will have.
    let plain = Analyzer(settings: source.settings)
    let indexed = source.entries.map { entry in
        IndexedEntry(entry: entry, analyzedQuestion: plain.analyze(entry.question).indexText,
                     analyzedVariants: entry.variants.map { plain.analyze($0).indexText },
                     analyzedAnswer: plain.analyze(entry.answer).indexText)
    }
    var vocabulary: [String: Int] = [:]
    for entry in indexed {
        for row in [entry.analyzedQuestion, entry.analyzedAnswer] + entry.analyzedVariants {
            for term in Set(row.split(separator: " ")) { vocabulary[String(term), default: 0] += 1 }
        }
    }
    let serving = Analyzer(settings: source.settings, vocabulary: vocabulary)
    let negatives = source.negatives.map { AnalyzedPhrase(text: $0, analyzed: serving.analyze($0).indexText) }
    let analyzed = monotonicSeconds()
    do {
        let database = try FAQDatabase(path: path)
        consume(try database.replaceKnowledge(entries: indexed, negatives: negatives, settings: fitted.settings,
                                              model: fitted.model, contentHash: "bench-\(Int(started))",
                                              sourcePath: faq))
    }
    let written = monotonicSeconds()
    print(String(format: "import-without-fit %@: %d entries; parse+validate %.2f s, analysis %.2f s, write %.2f s "
            + "(model of %@ reused, not fitted); database %.1f MiB; peak RSS %@",
        faq, indexed.count, parsed - started, analyzed - parsed, written - analyzed, modelSource,
        Double(Fixtures.databaseBytes(path: path)) / 1_048_576, ProcessMemory.describe(ProcessMemory.peakResidentKiB)))
}

// MARK: - serve

func serve(_ arguments: Arguments) throws {
    guard let path = arguments.positional.first else { fail("usage: faq-bench serve DB [--messages FILE] [--dev]") }
    let texts = try messages(arguments)
    let rounds = arguments.int("rounds", 3)
    let rssStart = ProcessMemory.residentKiB
    let database = try Fixtures.existingDatabase(path: path)
    let engine = FAQEngine(database: database)
    let loadStarted = monotonicSeconds()
    let first = engine.decide(texts[0])
    let loadTime = monotonicSeconds() - loadStarted
    consume(first)
    let rssLoaded = ProcessMemory.residentKiB
    // RSS once glibc has returned the pages freed after loading (what the snapshot itself holds).
    let rssTrimmed = ProcessMemory.trimHeap() ? ProcessMemory.residentKiB : nil
    var latencies: [Double] = []
    latencies.reserveCapacity(texts.count * rounds)
    let started = monotonicSeconds()
    var actions: [String: Int] = [:]
    for round in 0..<rounds {
        for text in texts {
            let t0 = monotonicSeconds()
            let decision = engine.decide(text, channelCity: "Tijuana")
            latencies.append(monotonicSeconds() - t0)
            if round == 0 { actions[decision.action.rawValue, default: 0] += 1 }
        }
    }
    let elapsed = monotonicSeconds() - started
    let version = engine.knowledgeVersion()
    print("serve \(path): \(version?.entryCount ?? 0) entries; first decision (loads the snapshot) "
        + "\(LatencySummary.format(loadTime)); RSS at start \(ProcessMemory.describe(rssStart)), after loading "
        + "\(ProcessMemory.describe(rssLoaded)) (after malloc_trim \(ProcessMemory.describe(rssTrimmed))), after \(latencies.count) decisions "
        + "\(ProcessMemory.describe(ProcessMemory.residentKiB)), peak (VmHWM) \(ProcessMemory.describe(ProcessMemory.peakResidentKiB))")
    print("  decide: \(LatencySummary(seconds: latencies).formatted); "
        + String(format: "%.0f decisions/s", Double(latencies.count) / elapsed))
    print("  actions (first round): " + actions.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
}

// MARK: - memory probe

/// What the loaded knowledge weighs in memory, by part: the stored rows (texts and
/// analysed texts), then the entries alone (what KnowledgeIndex keeps as `entries`).
func memoryProbe(_ arguments: Arguments) throws {
    guard let path = arguments.positional.first else { fail("usage: faq-bench memory-probe DB") }
    let database = try Fixtures.existingDatabase(path: path)
    ProcessMemory.trimHeap()
    let start = ProcessMemory.residentKiB ?? 0
    var stored = try database.loadKnowledge()
    ProcessMemory.trimHeap()
    let withStored = ProcessMemory.residentKiB ?? 0
    let entries = stored?.entries.map(\.entry) ?? []
    let count = entries.count
    stored = nil
    ProcessMemory.trimHeap()
    let entriesOnly = ProcessMemory.residentKiB ?? 0
    var variantsOnly = entries.map(\.variants)
    consume(entries)
    ProcessMemory.trimHeap()
    let afterEntries = ProcessMemory.residentKiB ?? 0
    consume(variantsOnly)
    variantsOnly = []
    ProcessMemory.trimHeap()
    let afterVariants = ProcessMemory.residentKiB ?? 0
    print(String(format: "memory-probe %@ (%d entries): StoredKnowledge (texts + analysed texts) %.1f MiB; "
            + "KnowledgeEntry values alone %.1f MiB, of which variant texts %.1f MiB",
        path, count, Double(withStored - start) / 1024, Double(entriesOnly - start) / 1024,
        Double(afterEntries - afterVariants) / 1024))
}

// MARK: - stages

/// Times the public stages of a decision separately: what each costs per message.
func stages(_ arguments: Arguments) throws {
    guard let path = arguments.positional.first else { fail("usage: faq-bench stages DB") }
    let texts = try messages(arguments)
    let rounds = arguments.int("rounds", 3)
    let database = try Fixtures.existingDatabase(path: path)
    let engine = FAQEngine(database: database)
    consume(engine.decide(texts[0]))
    let analyzer = try Fixtures.servingAnalyzer(database: database,
                                                faqFile: arguments.options["faq"] ?? BenchPaths.shippedFAQ)
    var bareAnalyze: [Double] = [], analyze: [Double] = [], version: [Double] = [], search: [Double] = [], hits: [Double] = [], decide: [Double] = []
    for _ in 0..<rounds {
        for text in texts {
            var t0 = monotonicSeconds()
            consume(analyzer.analyze(text))
            bareAnalyze.append(monotonicSeconds() - t0)
            t0 = monotonicSeconds()
            let analyzed = engine.analyze(text)
            analyze.append(monotonicSeconds() - t0)
            t0 = monotonicSeconds()
            consume(try database.liveVersionNumber())
            version.append(monotonicSeconds() - t0)
            // FTS5 is not served any more; it is timed on the first 100 messages only (up to 2 s each at 100,000 entries).
            if search.count < 100 {
                t0 = monotonicSeconds()
                let found = try database.search(terms: analyzed.terms)
                search.append(monotonicSeconds() - t0)
                hits.append(Double(found.count))
            }
            t0 = monotonicSeconds()
            consume(engine.decide(text))
            decide.append(monotonicSeconds() - t0)
        }
    }
    let rows = Set(hits).count == 1 ? "\(Int(hits[0]))" : String(format: "mean %.0f", hits.reduce(0, +) / Double(hits.count))
    print("stages \(path) (\(engine.knowledgeVersion()?.entryCount ?? 0) entries, \(texts.count) messages × \(rounds)):")
    print("  Analyzer.analyze (the chain alone)         \(LatencySummary(seconds: bareAnalyze).formatted)")
    print("  FAQEngine.analyze (chain + version check)  \(LatencySummary(seconds: analyze).formatted)")
    print("  liveVersionNumber (the per-message check) \(LatencySummary(seconds: version).formatted)")
    print("  FTS5 search, for comparison (not served; rows \(rows)) \(LatencySummary(seconds: search).formatted)")
    print("  decide (everything)                        \(LatencySummary(seconds: decide).formatted)")
}

/// Decides (or, with `--stage analyze`, only analyses) in a loop for a while:
/// a steady workload to attach `perf` to.
func decideLoop(_ arguments: Arguments) throws {
    guard let path = arguments.positional.first else { fail("usage: faq-bench decide-loop DB --seconds S [--stage analyze]") }
    let texts = try messages(arguments)
    let seconds = arguments.double("seconds", 10)
    let analyzeOnly = arguments.options["stage"] == "analyze"
    let engine = FAQEngine(database: try Fixtures.existingDatabase(path: path))
    consume(engine.decide(texts[0]))
    let started = monotonicSeconds()
    var count = 0
    while monotonicSeconds() - started < seconds {
        let text = texts[count % texts.count]
        if analyzeOnly { consume(engine.analyze(text)) } else { consume(engine.decide(text, channelCity: "Tijuana")) }
        count += 1
    }
    print(String(format: "decide-loop (%@): %d calls in %.1f s (%.0f/s)", analyzeOnly ? "analyze" : "decide", count, seconds,
                 Double(count) / seconds))
}

// MARK: - handle

/// ChatBot.handle throughput with persistence, `conversations` at once, on a fresh database.
func handle(_ arguments: Arguments) async throws {
    let conversations = arguments.int("conversations", 8)
    let total = arguments.int("messages", 4_000)
    let mix = try MessageSets.handleMix()
    let fixture = try Fixtures.freshDatabase(label: "handle")
    defer { try? FileManager.default.removeItem(at: fixture.directory) }
    let bot = ChatBot(database: fixture.database)
    _ = try await bot.handle(IncomingMessage(id: "warm-up", sender: "warm-up", text: mix[0], channel: .tijuana))
    let driver = HandleDriver(bot: bot, mix: mix)
    let started = monotonicSeconds()
    let result = try await driver.run(conversations: conversations, messages: total, batch: 0)
    let elapsed = monotonicSeconds() - started
    print(String(format: "handle: %d conversations, %d messages in %.2f s = %.0f messages/s", conversations, total,
                 elapsed, Double(total) / elapsed))
    print("  per message: \(LatencySummary(seconds: result.latencies).formatted)")
    print("  actions: " + result.actions.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        + "; tickets opened \(result.ticketsOpened)")
    print("  database after: \(String(format: "%.1f MiB", Double(Fixtures.databaseBytes(path: fixture.database.path)) / 1_048_576))")
}

// MARK: - main

// Like faq-admin: log to standard error at FAQ_LOG_LEVEL (default info; `debug` shows the import's stages).
LoggingSystem.bootstrap { label in
    var handler = StreamLogHandler.standardError(label: label)
    handler.logLevel = ProcessInfo.processInfo.environment["FAQ_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
    return handler
}
let arguments = Arguments(CommandLine.arguments.dropFirst(2))
do {
    switch CommandLine.arguments.dropFirst().first {
    case "validate": try validate(arguments)
    case "import": try importKnowledge(arguments)
    case "import-without-fit": try importWithoutFit(arguments)
    case "serve": try serve(arguments)
    case "stages": try stages(arguments)
    case "memory-probe": try memoryProbe(arguments)
    case "decide-loop": try decideLoop(arguments)
    case "handle": try await handle(arguments)
    default: fail("usage: faq-bench validate|import|serve|stages|decide-loop|handle … (see the header of main.swift)")
    }
} catch {
    fail("faq-bench: \(error)")
}
