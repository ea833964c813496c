import Foundation
import GRDB
import Testing

/// An import must fit the same model whatever process runs it: Swift seeds its
/// hashing per process, so anything summed in a `Set`'s or `Dictionary`'s order
/// would differ in its last bits from one import to the next.
@Suite("Import determinism across processes")
struct ImportDeterminismTests {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Imports the shipped knowledge with a `faq-admin` child process and returns the fitted model, parsed.
    private func importInChildProcess(into database: URL) throws -> NSDictionary {
        let process = Process()
        process.executableURL = Self.repository.appendingPathComponent(".build/debug/faq-admin")
        process.arguments = ["import", "--db", database.path, Self.repository.appendingPathComponent("Knowledge/faq.md").path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let queue = try DatabaseQueue(path: database.path)
        let model = try queue.read { db in try Data.fetchOne(db, sql: "SELECT model FROM knowledge_version") }
        let parsed = try JSONSerialization.jsonObject(with: try #require(model)) as? NSDictionary
        return try #require(parsed)
    }

    @Test("two imports of the same file, each in its own process, fit the same model to the last bit")
    func sameModelInEveryProcess() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.repository.appendingPathComponent(".build/debug/faq-admin").path),
                     "build faq-admin first (swift build)")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("determinism-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try importInChildProcess(into: directory.appendingPathComponent("a.sqlite"))
        let second = try importInChildProcess(into: directory.appendingPathComponent("b.sqlite"))
        #expect(first == second)
    }
}
