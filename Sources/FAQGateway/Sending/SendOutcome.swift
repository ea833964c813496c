import Foundation

/// What the Cloud API said to one send, as the sender acts on it.
enum SendOutcome: Sendable, Hashable {
    /// Accepted, with the message's `wamid`.
    case accepted(providerID: String?)
    /// Outside the 24-hour customer-service window (error 131047): hold the row.
    case outsideWindow(String)
    /// Too many messages to this recipient (error 131056): wait, then try again.
    case recipientPacing(String)
    /// A reason that passes (HTTP 429, 5xx, a time-out, a throughput or auth error): try again later.
    case retry(String)
    /// Refused for good (an invalid recipient, a malformed message…): the row fails, staff see why.
    case permanent(String)

    /// The label of `gateway_sends_total`.
    var metricLabel: String {
        switch self {
        case .accepted: return "sent"
        case .outsideWindow: return "held"
        case .recipientPacing, .retry: return "retry"
        case .permanent: return "failed"
        }
    }

    /// Classifies an answer of the Graph API.
    ///
    /// Error codes from Meta's Cloud API error reference: 131047 re-engagement (window closed);
    /// 131056 pair rate limit; 4, 80007, 130429, 131048 rate and throughput limits; 1, 2, 131000,
    /// 131016 temporary service errors; 190 and HTTP 401 an expired token (retried: once the token is
    /// replaced the rows go out); anything else in 4xx is permanent.
    static func classify(status: Int, body: Data) -> SendOutcome {
        let json = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
        if (200..<300).contains(status) {
            let id = ((json?["messages"] as? [[String: Any]])?.first?["id"]) as? String
            return .accepted(providerID: id)
        }
        let error = json?["error"] as? [String: Any]
        let code = error?["code"] as? Int
        var reason = "HTTP \(status)"
        if let code { reason += ", error \(code)" }
        if let message = error?["message"] as? String { reason += ": " + String(message.prefix(300)) }
        if let details = (error?["error_data"] as? [String: Any])?["details"] as? String { reason += " (" + String(details.prefix(300)) + ")" }
        switch code {
        case 131047: return .outsideWindow(reason)
        case 131056: return .recipientPacing(reason)
        case 4, 80007, 130429, 131048, 1, 2, 131000, 131016, 190: return .retry(reason)
        default: break
        }
        if status == 429 || status == 401 || status == 408 || status >= 500 { return .retry(reason) }
        return .permanent(reason)
    }
}
