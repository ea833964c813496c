// The ordo-one benchmark suite of the CHAT PJBC bot core.
//
// Run through `Benchmarks/run.sh`, which first generates the 1,000 / 10,000 /
// 100,000-entry knowledge bases into Benchmarks/.data and imports each into
// its own database (the benchmarks on generated bases open those databases).
//
// ordo-one runs every benchmark in a process of its own, so each setup below
// builds its fixture once and peak memory is the one of that benchmark alone.
import BenchSupport
import Benchmark
import FAQBot
import FAQStore
import Foundation
import Logging

/// Per-benchmark state: the fixture and a cursor over the messages.
/// Only touched by the benchmark's own (sequential) iterations.
final class Cursor<Fixture>: @unchecked Sendable {
    let fixture: Fixture
    let messages: [String]
    var next = 0

    init(fixture: Fixture, messages: [String]) {
        self.fixture = fixture
        self.messages = messages
    }

    /// The next message, cycling.
    func message() -> String {
        defer { next = (next + 1) % messages.count }
        return messages[next]
    }
}

/// Latency of one `handle` call, recorded for every message of an iteration.
let handleLatency = BenchmarkMetric.custom("handle latency per message (µs)", polarity: .prefersSmaller,
                                           useScalingFactor: false)
/// Size of the database an import produced.
let databaseSize = BenchmarkMetric.custom("database size (KiB)", polarity: .prefersSmaller, useScalingFactor: false)
/// VmRSS after loading the knowledge and deciding (from /proc/self/status).
let residentAfterLoad = BenchmarkMetric.custom("VmRSS after load+decide (KiB)", polarity: .prefersSmaller,
                                               useScalingFactor: false)

let benchmarks: @Sendable () -> Void = {
    // The bot logs a line per handled message at info. Here it goes to standard error at FAQ_LOG_LEVEL,
    // by default `warning`: otherwise swift-log's default handler writes every line to standard output,
    // which the benchmark plugin relays, and the `handle` benchmarks measure that relay (all
    // conversations queue on the output's lock). `faq-bench handle` reports both levels.
    LoggingSystem.bootstrap { label in
        var handler = StreamLogHandler.standardError(label: label)
        handler.logLevel = ProcessInfo.processInfo.environment["FAQ_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        return handler
    }
    // Temporary databases of the fixtures are removed when the benchmark process ends.
    Benchmark.teardown = { Fixtures.removeTemporaryDirectories() }

    let perMessage = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .cpuTotal, .peakMemoryResident],
        timeUnits: .microseconds,
        warmupIterations: 50,
        maxDuration: .seconds(8),
        maxIterations: 20_000
    )

    // MARK: Analysis

    // The analysis chain alone (Analyzer.analyze), built as a knowledge snapshot
    // builds it: the shipped settings and the FTS5 vocabulary for typo correction.
    Benchmark("Analysis per message, Analyzer.analyze (dev.tsv, shipped knowledge)", configuration: perMessage) {
        (benchmark: Benchmark, cursor: Cursor<Analyzer>) in
        let analyzer = cursor.fixture
        for _ in benchmark.scaledIterations {
            blackHole(analyzer.analyze(cursor.message()))
        }
    } setup: {
        let fixture = try Fixtures.freshDatabase(label: "analyzer")
        return Cursor(fixture: try Fixtures.servingAnalyzer(database: fixture.database), messages: try MessageSets.devTexts())
    }

    // The public entry point FAQEngine.analyze: the same chain plus the engine's
    // check that the knowledge version is still the live one (a SQLite read).
    Benchmark("Analysis per message, FAQEngine.analyze (dev.tsv, shipped knowledge)", configuration: perMessage) {
        (benchmark: Benchmark, cursor: Cursor<FAQEngine>) in
        let engine = cursor.fixture
        for _ in benchmark.scaledIterations {
            blackHole(engine.analyze(cursor.message()))
        }
    } setup: {
        let fixture = try Fixtures.freshDatabase(label: "analysis")
        let engine = FAQEngine(database: fixture.database)
        _ = engine.decide("hola")
        return Cursor(fixture: engine, messages: try MessageSets.devTexts())
    }

    // MARK: Decision

    Benchmark("Decide per message (dev.tsv, shipped knowledge)", configuration: perMessage) {
        (benchmark: Benchmark, cursor: Cursor<FAQEngine>) in
        let engine = cursor.fixture
        for _ in benchmark.scaledIterations {
            blackHole(engine.decide(cursor.message(), channelCity: "Tijuana"))
        }
    } setup: {
        let fixture = try Fixtures.freshDatabase(label: "decide")
        let engine = FAQEngine(database: fixture.database)
        _ = engine.decide("hola")
        return Cursor(fixture: engine, messages: try MessageSets.devTexts())
    }

    for size in BenchPaths.generatedSizes {
        var configuration = perMessage
        configuration.maxDuration = .seconds(size >= 100_000 ? 20 : 10)
        configuration.warmupIterations = size >= 100_000 ? 2 : size >= 10_000 ? 10 : 50
        // Registered only once run.sh has generated and imported that size.
        configuration.skip = !BenchPaths.hasGeneratedDatabase(entries: size)
        Benchmark("Decide per message (\(size) generated entries)", configuration: configuration) {
            (benchmark: Benchmark, cursor: Cursor<FAQEngine>) in
            let engine = cursor.fixture
            for _ in benchmark.scaledIterations {
                blackHole(engine.decide(cursor.message(), channelCity: "Tijuana"))
            }
        } setup: {
            let database = try Fixtures.existingDatabase(path: BenchPaths.generatedDatabase(entries: size))
            let engine = FAQEngine(database: database)
            _ = engine.decide("hola")
            return Cursor(fixture: engine, messages: try MessageSets.forGeneratedBase(entries: size))
        }
    }

    // MARK: Memory of a serving process

    // Each iteration starts a new engine on the size's database and decides one
    // message: the time to load a knowledge version, and the resident memory of
    // a process serving that size.
    for size in [0] + BenchPaths.generatedSizes {
        let label = size == 0 ? "shipped knowledge" : "\(size) generated entries"
        Benchmark("Load knowledge and decide once (\(label))",
                  configuration: .init(metrics: [.wallClock, .peakMemoryResident, residentAfterLoad],
                                       timeUnits: .milliseconds, warmupIterations: 0,
                                       maxDuration: .seconds(30), maxIterations: size >= 100_000 ? 3 : 10,
                                       skip: size != 0 && !BenchPaths.hasGeneratedDatabase(entries: size))) {
            (benchmark: Benchmark, cursor: Cursor<FAQDatabase>) in
            let engine = FAQEngine(database: cursor.fixture)
            blackHole(engine.decide(cursor.message(), channelCity: "Tijuana"))
            benchmark.stopMeasurement()
            benchmark.measurement(residentAfterLoad, ProcessMemory.residentKiB ?? 0)
        } setup: {
            if size == 0 {
                let fixture = try Fixtures.freshDatabase(label: "load")
                return Cursor(fixture: fixture.database, messages: try MessageSets.devTexts())
            }
            let database = try Fixtures.existingDatabase(path: BenchPaths.generatedDatabase(entries: size))
            return Cursor(fixture: database, messages: try MessageSets.forGeneratedBase(entries: size))
        }
    }

    // MARK: ChatBot.handle with persistence

    // Each iteration handles 1,000 messages (scaling factor kilo: times and
    // throughput are per message) spread over N concurrent conversations, on a
    // fresh temporary database per benchmark; the database keeps growing across
    // iterations as in production (message log, conversations, tickets).
    for conversations in [1, 8, 64] {
        Benchmark("ChatBot.handle, \(conversations) concurrent conversation\(conversations == 1 ? "" : "s")",
                  configuration: .init(metrics: [.wallClock, .throughput, .cpuTotal, .peakMemoryResident, handleLatency],
                                       timeUnits: .microseconds, warmupIterations: 1, scalingFactor: .kilo,
                                       maxDuration: .seconds(20), maxIterations: 30)) {
            (benchmark: Benchmark, cursor: Cursor<HandleDriver>) async in
            let result: HandleDriver.Result
            do {
                result = try await cursor.fixture.run(conversations: conversations, messages: 1_000,
                                                      batch: cursor.next)
            } catch {
                benchmark.error("handle failed: \(error)")
                return
            }
            cursor.next += 1
            benchmark.stopMeasurement()
            for latency in result.latencies { benchmark.measurement(handleLatency, Int((latency * 1e6).rounded())) }
        } setup: {
            let fixture = try Fixtures.freshDatabase(label: "handle-\(conversations)")
            let driver = HandleDriver(bot: ChatBot(database: fixture.database), mix: try MessageSets.handleMix())
            return Cursor(fixture: driver, messages: [""])
        }
    }

    // MARK: Import

    // Import into a fresh database each iteration (parse, analyse, fit, write).
    // Larger imports take minutes each: run.sh measures them once with `faq-bench import`.
    for size in [0] + BenchPaths.generatedSizes.filter({ $0 <= 1_000 }) {
        let label = size == 0 ? "shipped knowledge" : "\(size) generated entries"
        let faq = size == 0 ? BenchPaths.shippedFAQ : BenchPaths.generatedKnowledge(entries: size) + "/faq.md"
        Benchmark("Import (\(label))",
                  configuration: .init(metrics: [.wallClock, .peakMemoryResident, databaseSize],
                                       timeUnits: .milliseconds, warmupIterations: 0,
                                       maxDuration: .seconds(60), maxIterations: size >= 1_000 ? 3 : 10,
                                       skip: !FileManager.default.fileExists(atPath: faq))) {
            (benchmark: Benchmark, faq: String) in
            do {
                let directory = try Fixtures.temporaryDirectory("import")
                defer { try? FileManager.default.removeItem(at: directory) }
                let path = directory.appendingPathComponent("faq.sqlite").path
                do {
                    let database = try FAQDatabase(path: path)
                    blackHole(try KnowledgeImporter(database: database).importFile(faq))
                }
                benchmark.stopMeasurement()
                benchmark.measurement(databaseSize, Fixtures.databaseBytes(path: path) / 1024)
            } catch {
                benchmark.error("import failed: \(error)")
            }
        } setup: {
            faq
        }
    }
}
