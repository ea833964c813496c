import Foundation

/// Everything `faq-gateway` needs, read from the environment (contract section 8).
///
/// Secrets (the app secret, the verify token, the access token) are kept out of `description`,
/// so the configuration can be logged.
///
/// ```swift
/// var configuration = try GatewayConfiguration(environment: ProcessInfo.processInfo.environment)
/// configuration.port = 9090
/// ```
public struct GatewayConfiguration: Sendable, CustomStringConvertible {
    /// The address the webhook listens on (`HOST`, default `127.0.0.1`: behind a reverse proxy).
    public var host: String = "127.0.0.1"
    /// The webhook's port (`PORT`, default 8080; 0 picks a free one).
    public var port: Int = 8080
    /// The SQLite file (`FAQ_DB`, default `faq.sqlite`).
    public var databasePath: String = "faq.sqlite"
    /// The Meta app's secret, which signs every webhook (`WHATSAPP_APP_SECRET`).
    public var appSecret: String
    /// The token Meta sends in the subscription handshake (`WHATSAPP_VERIFY_TOKEN`).
    public var verifyToken: String
    /// The bearer token of the Graph API (`WHATSAPP_ACCESS_TOKEN`).
    public var accessToken: String
    /// The Graph API's base URL (`WHATSAPP_API_BASE_URL`, default `https://graph.facebook.com`).
    public var apiBaseURL: String = "https://graph.facebook.com"
    /// The Graph API version (`WHATSAPP_API_VERSION`, default `v23.0`).
    public var apiVersion: String = "v23.0"
    /// Which number is which city (`WHATSAPP_CHANNELS`).
    public var channels: ChannelMap
    /// The approved template that invites a user to write again once the 24-hour window has closed
    /// (`WHATSAPP_TEMPLATE_NAME`, `WHATSAPP_TEMPLATE_LANGUAGE`, default `es_MX`); without one, replies
    /// outside the window wait, with the reason shown to staff, until the user writes.
    public var invitationTemplate: (name: String, language: String)?
    /// Mark each incoming message as read (`WHATSAPP_MARK_READ=1`; default off).
    public var marksMessagesRead: Bool = false
    /// The largest webhook body accepted, in bytes (`WEBHOOK_MAX_BODY`, default 1 MiB; Meta's are a few KB).
    public var maxBodySize: Int = 1 << 20
    /// How the sender paces and retries.
    public var sending = SendingPolicy()

    /// Creates a configuration from explicit values (tests, embedding).
    public init(appSecret: String, verifyToken: String, accessToken: String, channels: ChannelMap) {
        self.appSecret = appSecret
        self.verifyToken = verifyToken
        self.accessToken = accessToken
        self.channels = channels
    }

    /// Reads the configuration from environment variables.
    ///
    /// - Parameter environment: the variables, usually `ProcessInfo.processInfo.environment`.
    /// - Throws: `GatewayConfigurationError` naming the missing or malformed variable.
    public init(environment: [String: String]) throws {
        func required(_ name: String) throws -> String {
            guard let value = environment[name], !value.isEmpty else { throw GatewayConfigurationError.missing(name) }
            return value
        }
        func integer(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
            guard let text = environment[name], !text.isEmpty else { return nil }
            guard let value = Int(text), range.contains(value) else {
                throw GatewayConfigurationError.invalid(name: name, reason: "“\(text)” no es un número entre \(range.lowerBound) y \(range.upperBound)")
            }
            return value
        }
        appSecret = try required("WHATSAPP_APP_SECRET")
        verifyToken = try required("WHATSAPP_VERIFY_TOKEN")
        accessToken = try required("WHATSAPP_ACCESS_TOKEN")
        channels = try ChannelMap(parsing: required("WHATSAPP_CHANNELS"))
        if let host = environment["HOST"], !host.isEmpty { self.host = host }
        if let port = try integer("PORT", in: 0...65535) { self.port = port }
        if let path = environment["FAQ_DB"], !path.isEmpty { databasePath = path }
        if let base = environment["WHATSAPP_API_BASE_URL"], !base.isEmpty {
            guard let url = URL(string: base), url.scheme == "https" || url.scheme == "http", url.host != nil else {
                throw GatewayConfigurationError.invalid(name: "WHATSAPP_API_BASE_URL", reason: "“\(base)” no es una URL http(s)")
            }
            apiBaseURL = base.hasSuffix("/") ? String(base.dropLast()) : base
        }
        if let version = environment["WHATSAPP_API_VERSION"], !version.isEmpty { apiVersion = version }
        if let name = environment["WHATSAPP_TEMPLATE_NAME"], !name.isEmpty {
            invitationTemplate = (name, environment["WHATSAPP_TEMPLATE_LANGUAGE"].flatMap { $0.isEmpty ? nil : $0 } ?? "es_MX")
        }
        marksMessagesRead = ["1", "true", "si", "sí", "yes"].contains(environment["WHATSAPP_MARK_READ"]?.lowercased() ?? "")
        if let size = try integer("WEBHOOK_MAX_BODY", in: 1024...(64 << 20)) { maxBodySize = size }
        if let rate = try integer("WHATSAPP_RATE_PER_NUMBER", in: 1...1000) { sending.perNumberRate = Double(rate) }
    }

    /// The configuration without its secrets, for the startup log.
    public var description: String {
        let numbers = channels.channels.sorted { $0.value.rawValue < $1.value.rawValue }
            .map { "\($0.value.rawValue)=\($0.key)" }.joined(separator: ",")
        let template = invitationTemplate.map { "\($0.name) (\($0.language))" } ?? "ninguna"
        return "escucha \(host):\(port), base \(databasePath), API \(apiBaseURL)/\(apiVersion), números \(numbers), "
            + "plantilla \(template), marcar leídos \(marksMessagesRead ? "sí" : "no")"
    }
}
