/// A configuration the gateway cannot start with; the message says which variable to fix.
public enum GatewayConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A required variable is not set.
    case missing(String)
    /// A variable's value cannot be read (a port that is not a number…).
    case invalid(name: String, reason: String)
    /// `WHATSAPP_CHANNELS` is malformed.
    case invalidChannels(String)

    public var description: String {
        switch self {
        case let .missing(name): return "falta la variable \(name)"
        case let .invalid(name, reason): return "\(name): \(reason)"
        case let .invalidChannels(reason): return "WHATSAPP_CHANNELS: \(reason)"
        }
    }
}
