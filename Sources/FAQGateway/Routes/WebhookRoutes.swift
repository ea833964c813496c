import FAQStore
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// `GET /webhook` (Meta's subscription handshake) and `POST /webhook` (messages and statuses).
struct WebhookRoutes: Sendable {
    let verifyToken: String
    let signature: WebhookSignature
    let processor: WebhookProcessor
    let sender: OutboxSender
    let marksMessagesRead: Bool
    let maxBodySize: Int
    let metrics: GatewayMetrics
    let logger: Logger

    func add(to router: Router<BasicRequestContext>) {
        router.get("/webhook") { request, _ in handshake(request) }
        router.post("/webhook") { request, _ in await receive(request) }
    }

    /// `hub.mode=subscribe`, the configured `hub.verify_token`: 200 with `hub.challenge`; else 403.
    func handshake(_ request: Request) -> Response {
        let query = request.uri.queryParameters
        guard query["hub.mode"] == "subscribe", let token = query["hub.verify_token"],
              ConstantTime.equal(String(token), verifyToken), let challenge = query["hub.challenge"] else {
            logger.warning("webhook handshake refused")
            return Self.text(.forbidden, "verificación rechazada")
        }
        logger.info("webhook handshake accepted")
        return Self.text(.ok, String(challenge))
    }

    /// The signature is checked on the raw body before anything is parsed; 200 only once every
    /// message of the body is handled and committed.
    func receive(_ request: Request) async -> Response {
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: maxBodySize)
        } catch {
            metrics.webhook("too_large")
            logger.warning("webhook body too large", metadata: ["limit_bytes": "\(maxBodySize)"])
            return Self.text(.contentTooLarge, "cuerpo demasiado grande")
        }
        let bytes = body.readableBytesView
        guard signature.isValid(header: request.headers[Self.signatureHeader], body: bytes) else {
            metrics.webhook("bad_signature")
            logger.warning("webhook refused: missing or wrong signature",
                           metadata: ["present": "\(request.headers[Self.signatureHeader] != nil)"])
            return Self.text(.unauthorized, "firma inválida")
        }
        do {
            let outcome = try await processor.process(Data(bytes))
            metrics.webhook("ok")
            if outcome.handled > 0 { sender.wake() }
            if marksMessagesRead {
                for message in outcome.newMessageIDs { sender.markRead(channel: message.channel, messageID: message.id) }
            }
            logger.debug("webhook handled", metadata: ["handled": "\(outcome.handled)", "duplicates": "\(outcome.duplicates)",
                                                       "ignored": "\(outcome.ignored)", "statuses": "\(outcome.statuses)"])
            return Self.text(.ok, "ok")
        } catch let error as WebhookProcessor.MalformedBody {
            metrics.webhook("malformed")
            logger.warning("webhook refused: malformed body", metadata: ["reason": "\(error.description)"])
            return Self.text(.badRequest, error.description)
        } catch {
            // Not acknowledged: Meta delivers it again, and what was stored is then a duplicate.
            metrics.webhook("error")
            logger.error("webhook not stored", metadata: ["error": "\(error)"])
            return Self.text(.internalServerError, "no se pudo guardar")
        }
    }

    static let signatureHeader = HTTPField.Name(WebhookSignature.headerName)!

    static func text(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
