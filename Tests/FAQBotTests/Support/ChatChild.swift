import Foundation

/// The built `faq-admin chat --json` as a child process with pipes, as a caller (the gateway team,
/// a script) runs it.
enum ChatChild {
    /// `.build/debug/faq-admin` of this checkout (`swift build` makes it).
    static var binary: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/faq-admin")
    }

    /// Starts `faq-admin chat --json --db database`; standard error is discarded.
    ///
    /// - Returns: the process, the pipe to write its input to and the pipe to read its output from.
    static func start(database: String) throws -> (process: Process, input: Pipe, output: Pipe) {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["chat", "--json", "--db", database]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, input, output)
    }
}
