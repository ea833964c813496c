import FAQBot
import FAQGateway
import FAQStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore

/// The staff console over a fresh SQLite file with the shipped knowledge, a copy of `Knowledge/`
/// (teach and publish edit it) and two accounts: `ana` (admin) and `beto` (staff).
final class ConsoleHarness: Sendable {
    static let password = "clave-de-prueba-123"
    let folder: URL
    let database: FAQDatabase
    let configuration: ConsoleConfiguration

    init(adjust: (inout ConsoleConfiguration) -> Void = { _ in }) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("faqconsole-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("faq.sqlite").path
        try FileManager.default.copyItem(atPath: try ImportedKnowledge.shared.path, toPath: path)
        let knowledge = folder.appendingPathComponent("Knowledge")
        try FileManager.default.copyItem(atPath: URL(fileURLWithPath: ShippedKnowledge.faqPath).deletingLastPathComponent().path,
                                         toPath: knowledge.path)
        database = try FAQDatabase(path: path)
        var configuration = ConsoleConfiguration()
        configuration.secureCookies = false
        configuration.knowledgeFile = knowledge.appendingPathComponent("faq.md").path
        adjust(&configuration)
        self.configuration = configuration
        // A low bcrypt cost keeps the tests quick; the hash format is the same.
        try database.addStaff(username: "ana", role: .admin, passwordHash: try StaffPassword.hash(Self.password, cost: 4))
        try database.addStaff(username: "beto", role: .staff, passwordHash: try StaffPassword.hash(Self.password, cost: 4))
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Opens a ticket as the bot would on a handoff.
    @discardableResult
    func openTicket(_ text: String, sender: String = "5216861230001", reason: String = "complaint", area: String = "Presidencia",
                    city: String? = "mexicali", priority: Int = 3) throws -> Ticket {
        try database.openTicket(NewTicket(sender: sender, channel: "mexicali", city: city, reason: reason, area: area,
                                          priority: priority, confidence: 0.31,
                                          candidates: [Ticket.Candidate(entry: "boletin-judicial", score: 0.31)],
                                          evidence: ["nadie contesta"], firstMessage: text))
    }

    /// Runs the console's router for the duration of `body`.
    func run<T: Sendable>(_ body: @escaping @Sendable (ConsoleBrowser) async throws -> T) async throws -> T {
        var logger = Logger(label: "faq-console-test")
        logger.logLevel = .warning
        let console = Console(database: database, configuration: configuration, logger: logger)
        let app = Application(router: console.router(), logger: logger)
        return try await app.test(.router) { client in try await body(ConsoleBrowser(client: client)) }
    }
}

/// A minimal browser over the test client: keeps cookies, sends `Accept: text/html`, reads the
/// page's CSRF token.
actor ConsoleBrowser {
    let client: any TestClientProtocol
    private(set) var cookies: [String: String] = [:]
    /// The last page's CSRF field.
    private(set) var csrf: String?

    init(client: any TestClientProtocol) { self.client = client }

    /// Sets a cookie by hand (a planted session id, a forged one).
    func setCookie(_ name: String, _ value: String) { cookies[name] = value }

    @discardableResult
    func get(_ uri: String, accept: String = "text/html") async throws -> TestResponse {
        try await send(uri, method: .get, accept: accept, body: nil)
    }

    /// POSTs form fields; the page's CSRF token is added unless `csrf` says otherwise (`""`: none).
    @discardableResult
    func post(_ uri: String, _ fields: [String: String], csrf override: String? = nil) async throws -> TestResponse {
        var fields = fields
        let token = override ?? csrf ?? ""
        if !token.isEmpty { fields["csrf"] = token }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
        return try await send(uri, method: .post, accept: "text/html", body: body)
    }

    /// Logs in through the form, as a browser does.
    @discardableResult
    func logIn(_ user: String, password: String = ConsoleHarness.password) async throws -> TestResponse {
        try await get("/login")
        return try await post("/login", ["usuario": user, "contrasena": password])
    }

    /// Whether a Set-Cookie's `Expires` is already past (how a deleted session's cookie comes back).
    private static func expired(_ header: String) -> Bool {
        guard let range = header.range(of: "Expires=") else { return false }
        let value = header[range.upperBound...].prefix { $0 != ";" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: String(value)).map { $0 <= Date().addingTimeInterval(1) } ?? false
    }

    private func send(_ uri: String, method: HTTPRequest.Method, accept: String, body: String?) async throws -> TestResponse {
        var headers: HTTPFields = [.accept: accept]
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if body != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { continue }
            if pair[1].isEmpty || header.contains("Max-Age=0") || Self.expired(header) { cookies[pair[0]] = nil } else { cookies[pair[0]] = pair[1] }
        }
        let text = String(buffer: response.body)
        if let range = text.range(of: "name=\"csrf\" value=\"") {
            csrf = String(text[range.upperBound...].prefix { $0 != "\"" })
        }
        return response
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }
}
