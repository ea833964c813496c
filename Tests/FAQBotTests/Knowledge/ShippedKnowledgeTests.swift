import Foundation
import Testing
@testable import FAQBot
import FAQStore

@Suite("The shipped knowledge in Knowledge/")
struct ShippedKnowledgeTests {
    /// The ids `shared/spec/intents.md` requires.
    static let requiredIDs = [
        "chat-pjbc-que-es", "chat-pjbc-numeros", "chat-pjbc-como-funciona", "tribunal-electronico-que-es",
        "tribunal-electronico-registro", "tribunal-electronico-contrasena", "promociones-electronicas",
        "notificaciones-electronicas", "consulta-expedientes-en-linea", "boletin-judicial", "firma-electronica",
        "oficialia-de-partes", "horario-atencion", "dias-inhabiles", "directorio-juzgados", "citas",
        "copias-certificadas", "archivo-judicial", "audiencias-virtuales", "certificados-deposito",
        "pension-alimenticia-pagos", "pago-derechos", "justicia-alternativa", "peritos", "edictos", "exhortos",
        "registro-cedula", "capacitacion", "transparencia", "quejas-como-presentar", "asesoria-legal",
        "sentencias-publicas", "tribunales-laborales", "sistema-penal-acusatorio", "semefo",
    ]

    /// Phone numbers, e-mail addresses and web addresses verified in `shared/spec/facts.md`.
    /// An answer that names any other is inventing it.
    static let verifiedPhones: Set<String> = ["6865253785", "6632032197", "6461489756", "6869009099"]
    static let verifiedHosts: Set<String> = ["www.pjbc.gob.mx", "pjbc.gob.mx", "tribunalelectronico.pjbc.gob.mx",
                                             "transparencia.pjbc.gob.mx", "poder-judicial-bc.gob.mx"]
    static let verifiedEmails: Set<String> = ["contacto@pjbc.gob.mx"]

    let source: KnowledgeSource

    init() throws {
        source = try KnowledgeSource.load(faqFile: ShippedKnowledge.faqPath)
    }

    @Test("validates with no errors and no warnings")
    func validates() {
        #expect(source.diagnostics.isEmpty, "\(source.diagnostics.map(\.description).joined(separator: "\n"))")
    }

    @Test("covers every topic of intents.md, each with at least 12 variants")
    func coversIntents() {
        let byID = Dictionary(uniqueKeysWithValues: source.entries.map { ($0.id, $0) })
        for id in Self.requiredIDs {
            let entry = byID[id]
            #expect(entry != nil, "missing entry \(id)")
            #expect((entry?.variants.count ?? 0) >= 12, "\(id) has fewer than 12 variants")
            #expect(entry?.source.isEmpty == false, "\(id) has no source")
            #expect(entry?.reviewed.isEmpty == false, "\(id) has no review date")
        }
    }

    @Test("has at least 80 out-of-scope messages for calibration")
    func negatives() {
        #expect(source.negatives.count >= 80)
    }

    @Test("answers name only verified phone numbers, addresses and e-mails")
    func noInventedContacts() {
        let normalizer = TextNormalizer()
        for entry in source.entries {
            for token in normalizer.normalize(entry.answer).tokens {
                switch token.kind {
                case .phone:
                    #expect(Self.verifiedPhones.contains(token.text), "\(entry.id): unverified phone \(token.text)")
                case .email:
                    #expect(Self.verifiedEmails.contains(token.text), "\(entry.id): unverified e-mail \(token.text)")
                case .url:
                    let host = token.text.replacingOccurrences(of: "https://", with: "")
                        .replacingOccurrences(of: "http://", with: "").split(separator: "/").first.map(String.init) ?? ""
                    #expect(Self.verifiedHosts.contains(host), "\(entry.id): unverified address \(token.text)")
                default:
                    break
                }
            }
        }
    }

    @Test("never names the Consejo de la Judicatura as a current body")
    func noJudicatura() {
        for entry in source.entries where entry.answer.localizedCaseInsensitiveContains("Consejo de la Judicatura") {
            let answer = entry.answer.lowercased()
            #expect(answer.contains("ya no existe") || answer.contains("desapareci") || answer.contains("sustitu")
                        || answer.contains("reemplaz") || answer.contains("dejó de existir"),
                    "\(entry.id) mentions the Consejo de la Judicatura without saying it no longer exists")
        }
    }

    @Test("every answer fits in one WhatsApp message and every title in a list row")
    func fitsWhatsApp() {
        let formatter = WhatsAppFormatter()
        for entry in source.entries {
            #expect(formatter.render(entry.answer).count <= WhatsAppFormatter.maximumLength, "\(entry.id)")
            #expect(ReplyComposer.title(of: entry).count <= 24, "\(entry.id)")
        }
    }
}
