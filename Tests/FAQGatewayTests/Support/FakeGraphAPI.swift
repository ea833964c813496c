import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// A stand-in for Meta's Graph API: a real HTTP server on loopback that records every
/// `POST /{version}/{phone_number_id}/messages` and fails on command.
final class FakeGraphAPI: Sendable {
    /// One request as the fake received it.
    struct Received: Sendable {
        var phoneNumberID: String
        var authorization: String?
        var body: Data
        /// When it arrived.
        var at = Date()
        /// Answered 200 with a message id.
        var accepted = false

        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
        var to: String? { json["to"] as? String }
        var type: String? { json["type"] as? String }
        var text: String? { (json["text"] as? [String: Any])?["body"] as? String }
        var isReadReceipt: Bool { json["status"] as? String == "read" }
    }

    /// How the next sends fail.
    enum Failure: Sendable {
        /// An HTTP status with Meta's error JSON (`code` if given).
        case status(Int, code: Int?)
        /// No answer for this long (longer than the client's time-out).
        case delay(Double)

        static let throttled = Failure.status(429, code: 130429)
        static let serverError = Failure.status(500, code: 131000)
        static let outsideWindow = Failure.status(400, code: 131047)
        static let pairRateLimit = Failure.status(400, code: 131056)
        static let invalidRecipient = Failure.status(400, code: 131026)
    }

    private struct State {
        var received: [Received] = []
        var failures: [Failure] = []
    }

    private let state = Mutex(State())

    /// Makes the next `failures.count` sends fail, in order.
    func failNext(_ failures: Failure...) {
        state.withLock { $0.failures += failures }
    }

    /// Every request so far (read receipts included).
    var received: [Received] { state.withLock { $0.received } }

    /// The messages accepted (answered 200), read receipts excluded.
    var delivered: [Received] {
        state.withLock { state in state.received.filter { $0.accepted && !$0.isReadReceipt } }
    }

    private func handle(phoneNumberID: String, authorization: String?, body: Data) async -> Response {
        let received = Received(phoneNumberID: phoneNumberID, authorization: authorization, body: body)
        let (failure, number): (Failure?, Int) = state.withLock { state in
            let failure = state.failures.isEmpty ? nil : state.failures.removeFirst()
            var received = received
            received.accepted = failure == nil && !received.isReadReceipt
            state.received.append(received)
            return (failure, state.received.filter(\.accepted).count)
        }
        switch failure {
        case let .status(status, code):
            let json = "{\"error\":{\"message\":\"fake failure\",\"type\":\"OAuthException\",\"code\":\(code ?? status),"
                + "\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"scripted by the test\"},\"fbtrace_id\":\"F\"}}"
            return Self.json(HTTPResponse.Status(code: status), json)
        case let .delay(seconds):
            try? await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
            return Self.json(.ok, "{}")
        case nil:
            if received.isReadReceipt { return Self.json(.ok, "{\"success\":true}") }
            return Self.json(.ok, """
                {"messaging_product":"whatsapp","contacts":[{"input":"\(received.to ?? "")","wa_id":"\(received.to ?? "")"}],\
                "messages":[{"id":"wamid.FAKE\(number)"}]}
                """)
        }
    }

    private static func json(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// Runs the fake on a free loopback port for the duration of `body`, which gets its base URL.
    func run<T: Sendable>(_ body: @Sendable (String) async throws -> T) async throws -> T {
        let router = Router()
        router.post("/:version/:phone/messages") { request, context in
            let bytes = try await request.body.collect(upTo: 1 << 20)
            return await self.handle(phoneNumberID: context.parameters.get("phone") ?? "",
                                     authorization: request.headers[.authorization], body: Data(bytes.readableBytesView))
        }
        let port = AsyncStream.makeStream(of: Int.self)
        var logger = Logger(label: "fake-graph-api")
        logger.logLevel = .warning
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { channel in port.continuation.yield(channel.localAddress?.port ?? 0) },
                              logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            let services = ServiceGroup(configuration: .init(services: [app], logger: logger))
            group.addTask { try await services.run() }
            var ports = port.stream.makeAsyncIterator()
            let bound = await ports.next() ?? 0
            do {
                let value = try await body("http://127.0.0.1:\(bound)")
                await services.triggerGracefulShutdown()
                return value
            } catch {
                await services.triggerGracefulShutdown()
                throw error
            }
        }
    }
}
