import FAQBot
import FAQStore
import Foundation

/// The engine shared by every fuzz input: the shipped knowledge imported once
/// into a temporary database.
private let engine: FAQEngine = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("faqbot-fuzz-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let knowledge = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Knowledge/faq.md").path
    do {
        let database = try FAQDatabase(path: folder.appendingPathComponent("faq.sqlite").path)
        try KnowledgeImporter(database: database).importFile(knowledge)
        return FAQEngine(database: database)
    } catch {
        fatalError("cannot prepare the fuzz database: \(error)")
    }
}()

/// libFuzzer's entry point: any bytes are a message; the engine must decide without crashing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    testOneInput(data, size)
}

/// libFuzzer's driver, which parses the usual `-max_total_time=…` options.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

/// SwiftPM links executables with `main` aliased to `<Module>_main`, which
/// `-parse-as-library` never emits; this is that entry point, handing over to libFuzzer.
@_cdecl("FAQBotFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in testOneInput(data, size) }
}

private func testOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let decision = engine.decide(text)
    precondition((0...1).contains(decision.confidence), "confidence out of range")
    precondition(!decision.reply.isEmpty, "empty reply")
    return 0
}
