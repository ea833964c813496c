import Foundation

/// The messages the timing benchmarks send. They are only used for timing: which
/// decision each one gets is not checked here (that is `faq-admin eval`).
public enum MessageSets {
    /// One message of `dev.tsv` with the label it expects (only used to build a realistic mix).
    public struct Labeled: Sendable {
        public var text: String
        public var expect: String

        /// `answer`, `unmatched`, `complaint`, or `other` (case, request, suggestion, small talk).
        public var kind: String {
            if expect.hasPrefix("handoff:unmatched") { return "unmatched" }
            if expect.contains("handoff:complaint") { return "complaint" }
            if expect.contains(":") { return "other" }
            return "answer"
        }
    }

    /// The rows of a `text<TAB>expect` file (header first), read at run time.
    public static func devRows(path: String = BenchPaths.devTSV) throws -> [Labeled] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard !lines.isEmpty else { return [] }
        let header = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        let textColumn = header.firstIndex(of: "text") ?? 0
        let expectColumn = header.firstIndex(of: "expect") ?? 1
        return lines.compactMap { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count > textColumn else { return nil }
            return Labeled(text: columns[textColumn], expect: columns.count > expectColumn ? columns[expectColumn] : "")
        }
    }

    /// The texts of `dev.tsv`.
    public static func devTexts(path: String = BenchPaths.devTSV) throws -> [String] {
        try devRows(path: path).map(\.text)
    }

    /// One message per line (the generator's `mensajes.txt`).
    public static func lines(path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    /// The messages for deciding against a generated base: its own paraphrases
    /// interleaved with the texts of `dev.tsv` (off-topic there, as real traffic partly is).
    public static func forGeneratedBase(entries: Int) throws -> [String] {
        let own = try lines(path: BenchPaths.generatedKnowledge(entries: entries) + "/mensajes.txt")
        let dev = try devTexts()
        var mixed: [String] = []
        for index in 0..<max(own.count, dev.count) {
            if index < own.count { mixed.append(own[index]) }
            if index < dev.count { mixed.append(dev[index]) }
        }
        return mixed
    }

    /// A realistic mix for `ChatBot.handle`: 60 % answerable, 20 % unmatched, 20 % complaints,
    /// drawn in a fixed order from `dev.tsv`.
    public static func handleMix(path: String = BenchPaths.devTSV) throws -> [String] {
        let rows = try devRows(path: path)
        let answer = rows.filter { $0.kind == "answer" }.map(\.text)
        let unmatched = rows.filter { $0.kind == "unmatched" }.map(\.text)
        let complaint = rows.filter { $0.kind == "complaint" }.map(\.text)
        guard !answer.isEmpty, !unmatched.isEmpty, !complaint.isEmpty else { return rows.map(\.text) }
        // Pattern of 10: A A U A C A A U A C (6 answer, 2 unmatched, 2 complaint).
        let pattern = ["a", "a", "u", "a", "c", "a", "a", "u", "a", "c"]
        var counters = (a: 0, u: 0, c: 0)
        var mix: [String] = []
        let total = answer.count + unmatched.count + complaint.count
        for step in 0..<total {
            switch pattern[step % pattern.count] {
            case "a": mix.append(answer[counters.a % answer.count]); counters.a += 1
            case "u": mix.append(unmatched[counters.u % unmatched.count]); counters.u += 1
            default: mix.append(complaint[counters.c % complaint.count]); counters.c += 1
            }
        }
        return mix
    }
}
