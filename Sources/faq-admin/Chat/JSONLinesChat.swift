import FAQBot
import Foundation

/// `faq-admin chat --json`: messages in, decisions out, one JSON object per line (contract, section 3).
///
/// Messages of different senders are handled concurrently (the bot's group commit then stores many
/// per transaction); those of one sender one after another, in input order. The output keeps the
/// input's order: a line is written as soon as it and every line before it are done, so a caller
/// that sends one message and waits gets its decision at once.
///
/// Input is read on a thread of its own (standard input blocks) and at most `window` lines are in
/// the program at a time, so a long input never piles up in memory.
struct JSONLinesChat: Sendable {
    let bot: ChatBot
    /// Lines read but not yet written out.
    var window = 256

    /// The fields of one input line.
    struct Incoming: Decodable {
        let id: String?
        let from: String?
        let text: String?
        let channel: String?
        let time: Date?
    }

    private enum Event: Sendable {
        case line(index: Int, text: String)
        case done(index: Int, sender: String?, output: String, failed: Bool)
        case endOfInput(count: Int)
    }

    /// A message waiting for its sender's previous one.
    private struct Job: Sendable {
        let index: Int
        let message: IncomingMessage
    }

    /// Reads standard input to its end and writes a decision (or an error object) per non-empty line.
    ///
    /// - Returns: `false` when some message could not be stored (its line holds the error).
    func run() async -> Bool {
        let (events, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .unbounded)
        let slots = DispatchSemaphore(value: window)
        let reader = Thread {
            var count = 0
            for line in Terminal.inputLines() {
                slots.wait()
                continuation.yield(.line(index: count, text: line))
                count += 1
            }
            continuation.yield(.endOfInput(count: count))
        }
        reader.start()

        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var waiting: [String: [Job]] = [:]   // per busy sender, the messages after the one in flight
        var finished: [Int: String] = [:]    // outputs not yet written (a line before them is not done)
        var nextToWrite = 0
        var total: Int?
        var allStored = true

        return await withDiscardingTaskGroup { group in
            func start(_ job: Job) {
                let bot = self.bot
                group.addTask {
                    do {
                        let result = try await bot.handle(job.message)
                        continuation.yield(.done(index: job.index, sender: job.message.sender, output: Self.json(result), failed: false))
                    } catch {
                        let output = Self.json(["error": "línea \(job.index + 1): no se pudo guardar el mensaje \(job.message.id): \(error)"])
                        continuation.yield(.done(index: job.index, sender: job.message.sender, output: output, failed: true))
                    }
                }
            }

            for await event in events {
                switch event {
                case let .line(index, text):
                    switch Self.parse(text, index: index, decoder: decoder) {
                    case nil:
                        finished[index] = ""
                    case let .failure(error)?:
                        finished[index] = Self.json(["error": error.message])
                    case let .success(message)?:
                        let job = Job(index: index, message: message)
                        if waiting[message.sender] != nil {
                            waiting[message.sender]!.append(job)
                        } else {
                            waiting[message.sender] = []
                            start(job)
                        }
                    }
                case let .done(index, sender, output, failed):
                    finished[index] = output
                    if failed { allStored = false }
                    if let sender, var queue = waiting[sender] {
                        if queue.isEmpty {
                            waiting[sender] = nil
                        } else {
                            let next = queue.removeFirst()
                            waiting[sender] = queue
                            start(next)
                        }
                    }
                case let .endOfInput(count):
                    total = count
                }
                nextToWrite = write(from: nextToWrite, finished: &finished, slots: slots)
                if let total, nextToWrite == total { break }
            }
            continuation.finish()
            return allStored
        }
    }

    /// A line that is not a message object.
    private struct BadLine: Error {
        let message: String
    }

    /// The message of one input line; `nil` for a blank line (it gives no output).
    private static func parse(_ text: String, index: Int, decoder: JSONDecoder) -> Result<IncomingMessage, BadLine>? {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        guard let incoming = try? decoder.decode(Incoming.self, from: Data(text.utf8)) else {
            return .failure(BadLine(message: "línea \(index + 1): no es un objeto JSON válido; escriba un objeto por línea con id, from, text y channel, "
                + "p. ej. {\"id\": \"wamid.1\", \"from\": \"5216861234567\", \"text\": \"hola\", \"channel\": \"mexicali\"}"))
        }
        return .success(IncomingMessage(id: incoming.id ?? "linea-\(index + 1)-\(UUID().uuidString)",
                                        sender: incoming.from ?? "desconocido", text: incoming.text ?? "",
                                        receivedAt: incoming.time ?? Date(),
                                        channel: incoming.channel.flatMap(Channel.init(name:))))
    }

    /// Writes the finished outputs from `index` on, in order, in one write; frees their slots.
    /// - Returns: the index of the first line not written.
    private func write(from index: Int, finished: inout [Int: String], slots: DispatchSemaphore) -> Int {
        var index = index
        var text = ""
        while let output = finished.removeValue(forKey: index) {
            if !output.isEmpty { text += output + "\n" }
            slots.signal()
            index += 1
        }
        if !text.isEmpty { FileHandle.standardOutput.write(Data(text.utf8)) }
        return index
    }

    private static func json<T: Encodable>(_ value: T) -> String {
        (try? Terminal.jsonLine(value)) ?? "{\"error\":\"no se pudo escribir el resultado\"}"
    }
}
