import Crypto
import Foundation

/// The `X-Hub-Signature-256` header Meta puts on every webhook: `sha256=` and the hex HMAC-SHA256
/// of the raw body, keyed with the app secret.
///
/// ```swift
/// let signature = WebhookSignature(secret: configuration.appSecret)
/// guard signature.isValid(header: request.headers[signatureHeader], body: bytes) else { return 401 }
/// ```
public struct WebhookSignature: Sendable {
    /// The header's name.
    public static let headerName = "X-Hub-Signature-256"
    /// The secret's bytes (`SymmetricKey` is not `Sendable`; one is made per check, which is cheap).
    private let secret: [UInt8]

    /// - Parameter secret: the Meta app's secret.
    public init(secret: String) {
        self.secret = Array(secret.utf8)
    }

    /// Whether `header` is the body's signature. The comparison is constant-time (swift-crypto's
    /// `isValidAuthenticationCode`); a missing header, another algorithm or malformed hex is invalid.
    ///
    /// - Parameters:
    ///   - header: the header's value, or `nil` when absent.
    ///   - body: the raw body, exactly as received.
    public func isValid<Body: DataProtocol>(header: String?, body: Body) -> Bool {
        guard let header, header.hasPrefix("sha256="), let code = Self.bytes(hex: header.dropFirst(7)),
              code.count == SHA256.byteCount else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(code, authenticating: body, using: SymmetricKey(data: secret))
    }

    /// The header for `body` (tests, the fake Meta).
    public func header<Body: DataProtocol>(for body: Body) -> String {
        "sha256=" + HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: secret)).map { String(format: "%02x", $0) }.joined()
    }

    private static func bytes(hex: Substring) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = value(of: digits[index]), let low = value(of: digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func value(of digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return digit - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
