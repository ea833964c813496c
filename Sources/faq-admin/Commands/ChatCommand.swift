import ArgumentParser
import FAQBot
import FAQStore
import Foundation

struct ChatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Conversa con el bot como lo haría WhatsApp, con estado guardado en la base de datos.",
        discussion: """
            Con --json lee de la entrada estándar un mensaje JSON por línea \
            ({"id": "wamid…", "from": "5216861234567", "text": "hola", "channel": "mexicali"}) y escribe una decisión \
            JSON por mensaje (contrato, sección 3), en el orden de entrada. Los mensajes de remitentes distintos se \
            atienden a la vez; los de un mismo remitente, uno tras otro. Sin --json abre una consola interactiva para probar conversaciones \
            (escriba «salir» para terminar).
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Mensajes y decisiones en JSON Lines.")
    var json = false

    @Option(name: .customLong("from"), help: ArgumentHelp("Remitente de la consola interactiva.", valueName: "ID"))
    var sender = "consola"

    @Option(name: .customLong("channel"), help: ArgumentHelp("Canal de la consola: mexicali, tijuana o ensenada.", valueName: "CANAL"))
    var channel: String?

    func run() async throws {
        do {
            let bot = ChatBot(database: try database.openWithKnowledge())
            if json {
                try await runJSON(bot)
            } else {
                try await runConsole(bot)
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Terminal.error(String(describing: error))
            throw ExitCode.failure
        }
    }

    private func runJSON(_ bot: ChatBot) async throws {
        guard await JSONLinesChat(bot: bot).run() else {
            Terminal.error("algunos mensajes no se pudieron guardar (vea las líneas con «error»); envíelos de nuevo")
            throw ExitCode.failure
        }
    }

    private func runConsole(_ bot: ChatBot) async throws {
        let channel = self.channel.flatMap(Channel.init(name:))
        print("Consola del CHAT PJBC (remitente \(sender)\(channel.map { ", canal \($0.city)" } ?? "")). Escriba «salir» para terminar.")
        while true {
            print("\nUsted> ", terminator: "")
            guard let line = readLine(strippingNewline: true) else { break }
            if ["salir", "exit", "quit"].contains(line.trimmingCharacters(in: .whitespaces).lowercased()) { break }
            let result = try await bot.handle(IncomingMessage(id: UUID().uuidString, sender: sender, text: line, channel: channel))
            let decision = result.decision
            let reason = decision.reason.map { "/\($0.rawValue)" } ?? ""
            print("[\(decision.action.rawValue)\(reason) · confianza \(String(format: "%.2f", decision.confidence))"
                + (result.ticket.map { " · caso \($0.folio)" } ?? "") + "]")
            print(decision.reply.isEmpty ? "(el bot no responde: una persona atiende esta conversación)" : "Bot> " + decision.reply)
        }
    }
}
