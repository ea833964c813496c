import ArgumentParser
import Foundation
import Logging

/// `faq-admin`: the staff's command line for the CHAT PJBC bot.
@main
struct FAQAdmin: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "faq-admin",
        abstract: "Administración del bot de preguntas frecuentes del CHAT PJBC.",
        discussion: """
            Importa y revisa el conocimiento (Knowledge/faq.md), prueba preguntas, evalúa la calidad \
            de las respuestas y atiende la fila de casos que requieren a una persona.

            La base de datos se elige con --db RUTA o la variable de entorno FAQ_DB \
            (por omisión: faq.sqlite en la carpeta actual). Si está vacía, se carga Knowledge/faq.md.
            """,
        version: "0.1.0",
        subcommands: [
            ImportCommand.self, ValidateCommand.self, ExportCommand.self, ListCommand.self, ShowCommand.self,
            AnalyzeCommand.self, AskCommand.self, EvalCommand.self, CalibrateCommand.self,
            ChatCommand.self, QueueCommand.self, TicketCommand.self, ClaimCommand.self, ReplyCommand.self,
            ResolveCommand.self, ReopenCommand.self, TeachCommand.self, StatsCommand.self, PurgeCommand.self,
            StaffCommand.self,
        ],
        helpNames: [.short, .long, .customLong("ayuda")]
    )

    /// Logs go to standard error (standard output carries JSON), warnings and
    /// above unless `FAQ_LOG_LEVEL` says otherwise.
    static func main() async {
        let level = ProcessInfo.processInfo.environment["FAQ_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
