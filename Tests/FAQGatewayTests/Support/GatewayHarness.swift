import AsyncHTTPClient
import FAQBot
import FAQGateway
import FAQStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Prometheus

/// A gateway over a fresh SQLite file holding the shipped knowledge, sending to a `FakeGraphAPI`,
/// served on a real loopback port.
final class GatewayHarness: Sendable {
    static let appSecret = "test-app-secret"
    static let verifyToken = "test-verify-token"
    static let accessToken = "test-access-token"

    let folder: URL
    let database: FAQDatabase
    let fake = FakeGraphAPI()
    let policy: DecisionPolicy

    /// - Parameter policy: the bot's thresholds (a strict one makes clarify lists).
    init(policy: DecisionPolicy = DecisionPolicy()) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("faqgateway-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        self.policy = policy
        let path = folder.appendingPathComponent("faq.sqlite").path
        try FileManager.default.copyItem(atPath: try ImportedKnowledge.shared.path, toPath: path)
        database = try FAQDatabase(path: path)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    var databasePath: String { folder.appendingPathComponent("faq.sqlite").path }

    /// The configuration the gateway runs with: test secrets, the three numbers, fast retries.
    func configuration(apiBaseURL: String) -> GatewayConfiguration {
        var channels: [String: FAQBot.Channel] = [:]
        for (name, id) in WebhookBody.phoneNumberIDs { channels[id] = FAQBot.Channel(rawValue: name) }
        var configuration = GatewayConfiguration(appSecret: Self.appSecret, verifyToken: Self.verifyToken,
                                                 accessToken: Self.accessToken, channels: ChannelMap(channels))
        configuration.apiBaseURL = apiBaseURL
        configuration.port = 0
        configuration.maxBodySize = 64 * 1024
        configuration.sending.pollInterval = 0.05
        configuration.sending.retryDelay = 0.05
        configuration.sending.maxRetryDelay = 0.2
        // A loaded test machine must not time out a send that went through: under the full parallel run a loopback
        // answer of the fake API once took 10 s, and the retry delivered the reply twice (at least once, as documented).
        configuration.sending.requestTimeout = 30
        configuration.sending.perRecipientInterval = 0.2
        configuration.sending.maxAttempts = 4
        return configuration
    }

    /// Runs the gateway (and the fake Graph API) for the duration of `body`.
    func run<T: Sendable>(adjust: @escaping @Sendable (inout GatewayConfiguration) -> Void = { _ in },
                          _ body: @escaping @Sendable (GatewaySession) async throws -> T) async throws -> T {
        try await fake.run { baseURL in
            var configuration = self.configuration(apiBaseURL: baseURL)
            adjust(&configuration)
            var logger = Logger(label: "faq-gateway-test")
            logger.logLevel = .notice
            let bot = ChatBot(database: self.database, configuration: FAQEngine.Configuration(policy: self.policy))
            let registry = PrometheusCollectorRegistry()
            let gateway = Gateway(configuration: configuration, bot: bot, httpClient: .shared, registry: registry, logger: logger)
            return try await gateway.application().test(.live) { client in
                try await body(GatewaySession(client: client, harness: self))
            }
        }
    }
}

/// What a test does against a running gateway.
struct GatewaySession: Sendable {
    let client: any TestClientProtocol
    let harness: GatewayHarness

    var database: FAQDatabase { harness.database }
    var fake: FakeGraphAPI { harness.fake }

    /// POSTs `body` to `/webhook`, signed with the test secret unless `signature` is given (`""`: none).
    @discardableResult
    func post(_ body: Data, signature: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        let header = signature ?? WebhookSignature(secret: GatewayHarness.appSecret).header(for: body)
        if !header.isEmpty { headers[HTTPField.Name("X-Hub-Signature-256")!] = header }
        return try await client.execute(uri: "/webhook", method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }

    /// The same POST over a connection of its own (for several at once).
    func postConcurrently(_ body: Data) async throws -> Int {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(client.port ?? 0)/webhook")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "X-Hub-Signature-256", value: WebhookSignature(secret: GatewayHarness.appSecret).header(for: body))
        request.body = .bytes(ByteBuffer(bytes: body))
        // A bound, not a delay: the first webhook loads the engine, which takes seconds in a debug
        // build while the rest of the suite imports knowledge on both cores.
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(40))
        _ = try await response.body.collect(upTo: 1 << 16)
        return Int(response.status.code)
    }

    func get(_ uri: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: [:], body: nil)
    }
}

/// Waits until `condition` holds (polling), at most `seconds`: a bound, not a delay, generous because
/// the whole suite runs in parallel on two cores (each import of the shipped knowledge fits a model).
func eventually(_ seconds: Double = 20, _ condition: () throws -> Bool) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return try condition()
}

/// The repository's own `Knowledge/` folder.
enum ShippedKnowledge {
    static var faqPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Knowledge/faq.md").path
    }
}

/// The shipped knowledge imported once per test run (an import costs a second or two of CPU), as a
/// database file each harness copies.
final class ImportedKnowledge: Sendable {
    static let shared = ImportedKnowledge()
    private let result: Result<String, any Error>

    private init() {
        result = Result {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("faqgateway-knowledge-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let importing = folder.appendingPathComponent("import.sqlite").path
            let database = try FAQDatabase(path: importing)
            try KnowledgeImporter(database: database).importFile(ShippedKnowledge.faqPath)
            // A consistent single file, without the WAL of the open connection.
            let path = folder.appendingPathComponent("faq.sqlite").path
            try database.vacuum(into: path)
            return path
        }
    }

    var path: String {
        get throws { try result.get() }
    }
}
