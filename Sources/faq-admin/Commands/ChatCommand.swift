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
            JSON por mensaje (contrato, sección 3). Sin --json abre una consola interactiva para probar conversaciones \
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

    struct Incoming: Decodable {
        let id: String?
        let from: String?
        let text: String?
        let channel: String?
        let time: Date?
    }

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
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var lineNumber = 0
        for line in Terminal.inputLines() {
            lineNumber += 1
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            guard let incoming = try? decoder.decode(Incoming.self, from: Data(line.utf8)) else {
                Terminal.emitLine(try Terminal.jsonLine(["error": "línea \(lineNumber): no es un objeto JSON válido con id, from, text y channel"]))
                continue
            }
            let message = IncomingMessage(id: incoming.id ?? "linea-\(lineNumber)-\(UUID().uuidString)",
                                          sender: incoming.from ?? "desconocido", text: incoming.text ?? "",
                                          receivedAt: incoming.time ?? Date(),
                                          channel: incoming.channel.flatMap(Channel.init(name:)))
            // One line per message as soon as it is stored: a caller can act on each at once.
            Terminal.emitLine(try Terminal.jsonLine(try await bot.handle(message)))
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
