import FAQBot
import ArgumentParser
import Foundation

/// Output helpers: results on standard output, notes and errors on standard error.
enum Terminal {
    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("error: " + text + "\n").utf8))
    }

    /// Runs `body`, turning any error into a Spanish message and exit code 1 (never a stack trace).
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Self.error(String(describing: error))
            throw ExitCode.failure
        }
    }

    /// Encodes a value as one line of JSON (keys sorted, no slashes escaped).
    static func jsonLine<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Encodes a value as indented JSON.
    static func prettyJSON<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Dates as ISO 8601 with the courts' offset everywhere, never reference-date seconds.
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ISODate.text(date))
        }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Lines of standard input, read lossily: invalid UTF-8 becomes U+FFFD instead of stopping the batch.
    static func inputLines() -> AnySequence<String> {
        AnySequence {
            var buffer = [UInt8]()
            var start = 0
            var finished = false
            return AnyIterator {
                while true {
                    if let newline = buffer[start...].firstIndex(of: 10) {
                        var end = newline
                        if end > start, buffer[end - 1] == 13 { end -= 1 }
                        let line = String(decoding: buffer[start..<end], as: UTF8.self)
                        start = newline + 1
                        return line
                    }
                    if finished {
                        guard start < buffer.count else { return nil }
                        defer { start = buffer.count }
                        return String(decoding: buffer[start...], as: UTF8.self)
                    }
                    buffer.removeSubrange(..<start)
                    start = 0
                    let chunk = FileHandle.standardInput.availableData
                    if chunk.isEmpty { finished = true } else { buffer.append(contentsOf: chunk) }
                }
            }
        }
    }
}
