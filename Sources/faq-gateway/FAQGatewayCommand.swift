import ArgumentParser
import AsyncHTTPClient
import FAQBot
import FAQGateway
import FAQStore
import Foundation
import Hummingbird
import Logging
import Metrics
import Prometheus

/// `faq-gateway`: the WhatsApp Cloud API webhook and the outbox sender (contract section 8).
@main
struct FAQGatewayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "faq-gateway",
        abstract: "Recibe los webhooks de WhatsApp Cloud API, responde con el bot y envía la bandeja de salida.",
        discussion: """
            Variables: WHATSAPP_APP_SECRET, WHATSAPP_VERIFY_TOKEN, WHATSAPP_ACCESS_TOKEN, WHATSAPP_CHANNELS \
            (ID=mexicali,ID=tijuana,ID=ensenada), y opcionales WHATSAPP_API_BASE_URL, WHATSAPP_API_VERSION, \
            WHATSAPP_TEMPLATE_NAME, WHATSAPP_TEMPLATE_LANGUAGE, WHATSAPP_MARK_READ, WEBHOOK_MAX_BODY, HOST, PORT, \
            FAQ_DB, LOG_LEVEL; la consola del personal: CONSOLE_PORT (8081), CONSOLE_HOST, \
            CONSOLE_SECURE_COOKIES, CONSOLE_SESSION_HOURS, CONSOLE_REPLY_TARGET_MINUTES, CONSOLE_RESOLUTION_TARGET_HOURS, \
            FAQ_KNOWLEDGE_FILE. SIGTERM termina lo que está en curso y sale.
            """)

    @Option(help: "Puerto del webhook (o PORT; 8080).")
    var port: Int?

    @Option(help: "Dirección donde escucha (o HOST; 127.0.0.1).")
    var host: String?

    @Option(help: "Puerto de la consola del personal (o CONSOLE_PORT; 8081).")
    var consolePort: Int?

    @Flag(help: "No servir la consola del personal.")
    var noConsole = false

    @Option(help: "Archivo SQLite (o FAQ_DB).")
    var db: String?

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let level = environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "faq-gateway")
        var configuration: GatewayConfiguration
        do {
            configuration = try GatewayConfiguration(environment: environment)
        } catch {
            throw ValidationError("configuración: \(error)")
        }
        if let port { configuration.port = port }
        if let host { configuration.host = host }
        if let db { configuration.databasePath = db }
        var consoleConfiguration: ConsoleConfiguration
        do {
            consoleConfiguration = try ConsoleConfiguration(environment: environment)
        } catch {
            throw ValidationError("configuración: \(error)")
        }
        if let consolePort { consoleConfiguration.port = consolePort }
        if !noConsole, consoleConfiguration.port == configuration.port, consoleConfiguration.port != 0 {
            throw ValidationError("la consola (CONSOLE_PORT) no puede usar el puerto del webhook (\(configuration.port))")
        }

        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        let database = try FAQDatabase(path: configuration.databasePath)
        // As faq-admin (contract section 7): a database without knowledge loads Knowledge/faq.md.
        if try KnowledgeImporter(database: database).importIfEmpty() {
            logger.notice("the database held no knowledge: imported \(KnowledgeImporter.defaultKnowledgeFile)")
        } else if try database.currentVersion() == nil {
            logger.warning("no knowledge imported: every message goes to a person (faq-admin import Knowledge/faq.md)")
        }
        logger.info("faq-gateway starting", metadata: ["configuration": "\(configuration)"])
        let gateway = Gateway(configuration: configuration, bot: ChatBot(database: database), httpClient: .shared,
                              registry: registry, logger: logger)
        if !noConsole { logger.info("staff console", metadata: ["configuration": "\(consoleConfiguration)"]) }
        try await gateway.application(console: noConsole ? nil : gateway.console(configuration: consoleConfiguration)).runService()
        logger.info("faq-gateway stopped")
    }
}
