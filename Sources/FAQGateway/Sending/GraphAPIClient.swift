import AsyncHTTPClient
import FAQStore
import Foundation
import NIOCore

/// Sends messages through the WhatsApp Cloud API: `POST {BASE}/{VERSION}/{PHONE_NUMBER_ID}/messages`
/// with the bearer token.
///
/// ```swift
/// let graph = GraphAPIClient(httpClient: .shared, baseURL: "https://graph.facebook.com", version: "v23.0",
///                            accessToken: token, timeout: 15)
/// let outcome = await graph.send(.text("Hola"), to: "5216641234567", from: "123456789012345")
/// ```
struct GraphAPIClient: Sendable {
    let httpClient: HTTPClient
    let baseURL: String
    let version: String
    let accessToken: String
    let timeout: Double

    /// Sends one message; never throws: a transport failure is a `.retry`.
    func send(_ content: OutgoingContent, to recipient: String, from phoneNumberID: String) async -> SendOutcome {
        await post(GraphMessageBody.message(content, to: recipient), phoneNumberID: phoneNumberID)
    }

    /// Marks an incoming message as read (best effort).
    func markRead(messageID: String, phoneNumberID: String) async -> SendOutcome {
        await post(GraphMessageBody.read(messageID: messageID), phoneNumberID: phoneNumberID)
    }

    private func post(_ body: [String: Any], phoneNumberID: String) async -> SendOutcome {
        var request = HTTPClientRequest(url: "\(baseURL)/\(version)/\(phoneNumberID)/messages")
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(accessToken)")
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(bytes: GraphMessageBody.encoded(body)))
        do {
            let response = try await httpClient.execute(request, timeout: .milliseconds(Int64(timeout * 1000)))
            let bytes = try await response.body.collect(upTo: 1 << 20)
            return SendOutcome.classify(status: Int(response.status.code), body: Data(bytes.readableBytesView))
        } catch {
            return .retry("sin respuesta de la API de WhatsApp: \(Self.describe(error))")
        }
    }

    private static func describe(_ error: any Error) -> String {
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .connectTimeout: return "tiempo agotado"
            default: return String(describing: error)
            }
        }
        return String(describing: error)
    }
}
