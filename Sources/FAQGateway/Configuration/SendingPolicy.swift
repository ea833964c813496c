import Foundation

/// How the outbox sender paces and retries (Cloud API limits: about 80 messages per second per
/// number, about one message every 6 seconds per recipient with short bursts allowed).
public struct SendingPolicy: Sendable, Hashable {
    /// Messages per second per sending number.
    public var perNumberRate: Double = 80
    /// Seconds between messages to one recipient once the burst is spent.
    public var perRecipientInterval: Double = 6
    /// Messages one recipient may get at once before `perRecipientInterval` applies.
    public var perRecipientBurst: Double = 10
    /// How often the outbox is read for rows written by other processes (`faq-admin reply`), in seconds.
    public var pollInterval: Double = 0.25
    /// The first retry's delay in seconds; each next one doubles, up to `maxRetryDelay`.
    public var retryDelay: Double = 2
    /// The longest delay between retries, in seconds.
    public var maxRetryDelay: Double = 300
    /// Attempts before a row that keeps failing for a passing reason ends as failed.
    public var maxAttempts: Int = 12
    /// The time a send may take before it counts as timed out, in seconds.
    public var requestTimeout: Double = 15
    /// How long the customer-service window stays open after the user's last message, in seconds.
    public var serviceWindow: Double = 24 * 3600
    /// Sends in flight at once (all numbers).
    public var concurrency: Int = 32

    /// Creates the default policy.
    public init() {}

    /// The delay before retry number `attempt` (1 for the first), with ±20 % jitter.
    func retryDelay(attempt: Int) -> Double {
        let base = min(maxRetryDelay, retryDelay * pow(2, Double(max(0, attempt - 1))))
        return base * Double.random(in: 0.8...1.2)
    }
}
