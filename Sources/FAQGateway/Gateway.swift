import AsyncHTTPClient
import FAQBot
import FAQStore
import Foundation
import Hummingbird
import Logging
import Prometheus
import ServiceLifecycle

/// The WhatsApp gateway: the webhook server and the outbox sender, over one `ChatBot`.
///
/// ```swift
/// let configuration = try GatewayConfiguration(environment: ProcessInfo.processInfo.environment)
/// let registry = PrometheusCollectorRegistry()
/// MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))   // the bot's metrics too
/// let gateway = Gateway(configuration: configuration, bot: ChatBot(database: try FAQDatabase(path: configuration.databasePath)),
///                       httpClient: .shared, registry: registry, logger: logger)
/// try await gateway.application().runService()   // stops on SIGTERM/SIGINT, finishing what is in flight
/// ```
public struct Gateway: Sendable {
    /// What the gateway was started with.
    public let configuration: GatewayConfiguration
    /// The bot behind the webhook.
    public let bot: ChatBot
    /// The background sender (a service of the application).
    public let sender: OutboxSender
    let registry: PrometheusCollectorRegistry
    let metrics: GatewayMetrics
    let logger: Logger

    /// - Parameters:
    ///   - configuration: addresses, secrets, numbers, pacing.
    ///   - bot: the bot (and its database).
    ///   - httpClient: the client that calls the Graph API.
    ///   - registry: where `/metrics` reads from; the gateway's own metrics are registered in it.
    ///   - logger: the gateway's logger (never message text or phone numbers at info or above).
    public init(configuration: GatewayConfiguration, bot: ChatBot, httpClient: HTTPClient,
                registry: PrometheusCollectorRegistry, logger: Logger) {
        self.configuration = configuration
        self.bot = bot
        self.registry = registry
        self.logger = logger
        metrics = GatewayMetrics(factory: PrometheusMetricsFactory(registry: registry))
        let graph = GraphAPIClient(httpClient: httpClient, baseURL: configuration.apiBaseURL, version: configuration.apiVersion,
                                   accessToken: configuration.accessToken, timeout: configuration.sending.requestTimeout)
        sender = OutboxSender(database: bot.database, graph: graph, channels: configuration.channels,
                              policy: configuration.sending, invitationTemplate: configuration.invitationTemplate,
                              metrics: metrics, logger: logger)
    }

    /// The routes: `/webhook`, `/healthz`, `/metrics`.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        WebhookRoutes(verifyToken: configuration.verifyToken, signature: WebhookSignature(secret: configuration.appSecret),
                      processor: WebhookProcessor(bot: bot, channels: configuration.channels, metrics: metrics, logger: logger),
                      sender: sender, marksMessagesRead: configuration.marksMessagesRead,
                      maxBodySize: configuration.maxBodySize, metrics: metrics, logger: logger).add(to: router)
        OperationsRoutes(database: bot.database, registry: registry, metrics: metrics).add(to: router)
        return router
    }

    /// The staff console over the same database, its replies waking this gateway's sender.
    public func console(configuration: ConsoleConfiguration) -> Console {
        let sender = self.sender
        return Console(database: bot.database, configuration: configuration, wakeSender: { sender.wake() }, logger: logger)
    }

    /// The application: the HTTP server on `host:port` with the sender (and the console's own
    /// listener, when given) as services beside it.
    ///
    /// The live knowledge is loaded here (`FAQEngine.loadKnowledge()`), before the server listens, so
    /// that the first webhook is answered as fast as the others (a load fits the detectors' models and
    /// takes a second or more; Meta redelivers a webhook that is not acknowledged in time).
    ///
    /// - Parameters:
    ///   - console: the staff console, served on its own port (never the webhook's).
    ///   - onServerRunning: called with the bound port once listening (port 0 picks one).
    ///   - onConsoleRunning: called with the console's bound port.
    public func application(console: Console? = nil,
                            onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in },
                            onConsoleRunning: @escaping @Sendable (Int) async -> Void = { _ in })
        -> some ApplicationProtocol {
        bot.engine.loadKnowledge()
        var services: [any Service] = [sender]
        if let console { services.append(console.application(onServerRunning: onConsoleRunning)) }
        let logger = self.logger
        let host = configuration.host
        return Application(router: router(),
                           configuration: .init(address: .hostname(host, port: configuration.port), serverName: "faq-gateway"),
                           services: services,
                           onServerRunning: { channel in
                               let port = channel.localAddress?.port ?? 0
                               logger.info("faq-gateway listening", metadata: ["host": "\(host)", "port": "\(port)"])
                               await onServerRunning(port)
                           },
                           logger: logger)
    }
}
