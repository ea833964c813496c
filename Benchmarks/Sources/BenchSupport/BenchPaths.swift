import Foundation

/// Where the benchmarks find their inputs.
///
/// Everything is relative to the Benchmarks package (found from this file's
/// path, or `FAQBENCH_ROOT`), so the benchmark processes that ordo-one's
/// plugin starts find the same files as `run.sh`.
public enum BenchPaths {
    /// `…/Benchmarks` (the benchmark package).
    public static var packageRoot: String {
        if let root = ProcessInfo.processInfo.environment["FAQBENCH_ROOT"], !root.isEmpty { return root }
        // …/Benchmarks/Sources/BenchSupport/BenchPaths.swift → …/Benchmarks
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    /// The repository root (the bot's package).
    public static var repositoryRoot: String {
        URL(fileURLWithPath: packageRoot).deletingLastPathComponent().path
    }

    /// `Benchmarks/.data`: generated knowledge bases and their databases (gitignored).
    public static var dataDirectory: String {
        ProcessInfo.processInfo.environment["FAQBENCH_DATA"] ?? packageRoot + "/.data"
    }

    /// The shipped `Knowledge/faq.md`.
    public static var shippedFAQ: String { repositoryRoot + "/Knowledge/faq.md" }

    /// `shared/eval/dev.tsv` beside the repository (or `FAQBENCH_DEV_TSV`).
    public static var devTSV: String {
        ProcessInfo.processInfo.environment["FAQBENCH_DEV_TSV"]
            ?? URL(fileURLWithPath: repositoryRoot).deletingLastPathComponent().path + "/shared/eval/dev.tsv"
    }

    /// The folder of the generated knowledge base with `entries` entries.
    public static func generatedKnowledge(entries: Int) -> String { dataDirectory + "/kb-\(entries)" }

    /// The database `run.sh` imported that knowledge base into (`faq-bench import`).
    public static func generatedDatabase(entries: Int) -> String { generatedKnowledge(entries: entries) + "/faq.sqlite" }

    /// The sizes `run.sh` generates (`FAQBENCH_SIZES`, default 1,000, 10,000 and 100,000).
    public static var generatedSizes: [Int] {
        let configured = ProcessInfo.processInfo.environment["FAQBENCH_SIZES"]?
            .split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Int($0) } ?? []
        return configured.isEmpty ? [1_000, 10_000, 100_000] : configured
    }

    /// `true` when `run.sh` has imported the generated base of that size.
    public static func hasGeneratedDatabase(entries: Int) -> Bool {
        FileManager.default.fileExists(atPath: generatedDatabase(entries: entries))
    }
}
