import FAQStore
import Foundation
import Hummingbird
import HummingbirdAuth
import Logging

/// The staff console (contract section 9): the human queue, cases, statistics and knowledge in the
/// browser, on a listener of its own.
///
/// ```swift
/// let console = Console(database: database, configuration: ConsoleConfiguration(), logger: logger)
/// let app = Application(router: console.router(), configuration: .init(address: .hostname("127.0.0.1", port: 8081)))
/// ```
public struct Console: Sendable {
    /// The database of the queue, the accounts and the sessions.
    public let database: FAQDatabase
    /// Port, cookies, targets, knowledge file.
    public let configuration: ConsoleConfiguration
    let wakeSender: @Sendable () -> Void
    let logger: Logger

    /// - Parameters:
    ///   - database: the gateway's database.
    ///   - configuration: how the console runs.
    ///   - wakeSender: called after a staff reply is written to the outbox, so it leaves at once.
    ///   - logger: never message text or phone numbers at info or above.
    public init(database: FAQDatabase, configuration: ConsoleConfiguration, wakeSender: @escaping @Sendable () -> Void = {},
                logger: Logger) {
        self.database = database
        self.configuration = configuration
        self.wakeSender = wakeSender
        self.logger = logger
    }

    /// Every console route: `/login`, `/static/*` open; everything else behind a session.
    public func router() -> Router<ConsoleRequestContext> {
        let router = Router(context: ConsoleRequestContext.self)
        router.add(middleware: ConsoleSecurityHeaders())
        let cookie = SessionCookieParameters(name: "consola_sesion", path: "/", secure: configuration.secureCookies, sameSite: .strict)
        router.add(middleware: SessionMiddleware(storage: SQLiteSessionDriver(database: database),
                                                 configuration: .init(sessionCookieParameters: cookie, keyPrefix: "consola.",
                                                                      defaultSessionExpiration: configuration.sessionLifetime)))
        let login = LoginRoutes(database: database, configuration: configuration, logger: logger)
        login.add(to: router)
        StaticRoutes().add(to: router)
        let staff = router.group().add(middleware: ConsoleAuthentication(database: database))
        login.addLogout(to: staff)
        QueueRoutes(database: database, configuration: configuration).add(to: staff)
        CaseRoutes(database: database, configuration: configuration, wakeSender: wakeSender).add(to: staff)
        StatisticsRoutes(database: database, configuration: configuration).add(to: staff)
        HistoryRoutes(database: database).add(to: staff)
        KnowledgeRoutes(database: database, configuration: configuration).add(to: staff.group().add(middleware: AdminOnly()))
        return router
    }

    /// The console's HTTP server on `host:port`.
    ///
    /// - Parameter onServerRunning: called with the bound port once listening (port 0 picks one).
    public func application(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let logger = self.logger
        let host = configuration.host
        return Application(router: router(),
                           configuration: .init(address: .hostname(host, port: configuration.port), serverName: "faq-gateway-console"),
                           onServerRunning: { channel in
                               let port = channel.localAddress?.port ?? 0
                               logger.info("staff console listening", metadata: ["host": "\(host)", "port": "\(port)"])
                               await onServerRunning(port)
                           },
                           logger: logger)
    }
}
