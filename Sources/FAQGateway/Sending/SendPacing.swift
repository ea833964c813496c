import Foundation

/// When the next message may go: a token bucket per sending number (about 80 per second, a second's
/// worth at once) and one per recipient (a short burst, then one every `perRecipientInterval` seconds).
///
/// Owned by the sender's loop alone (a value, not shared). Times are seconds from any fixed origin.
struct SendPacing: Sendable {
    private var numbers: TokenBuckets
    private var recipients: TokenBuckets
    private var recipientBlockedUntil: [String: Double] = [:]
    private let perRecipientInterval: Double

    init(policy: SendingPolicy) {
        numbers = TokenBuckets(capacity: max(1, policy.perNumberRate), refillPerSecond: policy.perNumberRate)
        recipients = TokenBuckets(capacity: max(1, policy.perRecipientBurst), refillPerSecond: 1 / policy.perRecipientInterval)
        perRecipientInterval = policy.perRecipientInterval
    }

    /// When a message from `number` to `recipient` may go; `now` or earlier means at once.
    func earliest(number: String, recipient: String, now: Double) -> Double {
        max(numbers.earliest(number, now: now), recipients.earliest(recipient, now: now), recipientBlockedUntil[recipient] ?? now)
    }

    /// When `number` may send its next message, whatever the recipient.
    func earliest(number: String, now: Double) -> Double {
        numbers.earliest(number, now: now)
    }

    /// How many messages `number` may send at once now.
    func available(number: String, now: Double) -> Int {
        max(0, Int(numbers.tokens(number, now: now).rounded(.down)))
    }

    /// Takes the slot of one message sent now.
    mutating func take(number: String, recipient: String, now: Double) {
        numbers.take(number, now: now)
        recipients.take(recipient, now: now)
    }

    /// Takes a slot of the number alone (a read receipt).
    mutating func take(number: String, now: Double) {
        numbers.take(number, now: now)
    }

    /// The API said the recipient got too many (error 131056): nothing more to them for a while,
    /// longer after each refusal.
    mutating func backOff(recipient: String, now: Double, attempt: Int) {
        recipientBlockedUntil[recipient] = now + perRecipientInterval * Double(min(max(attempt, 1), 10))
        recipients.empty(recipient, now: now)
    }

    /// Forgets full buckets and past blocks (keeps the tables small).
    mutating func prune(now: Double) {
        numbers.prune(now: now)
        recipients.prune(now: now)
        recipientBlockedUntil = recipientBlockedUntil.filter { $0.value > now }
    }
}

/// Token buckets by key: `capacity` tokens at most, refilled at `refillPerSecond`.
struct TokenBuckets: Sendable {
    let capacity: Double
    let refillPerSecond: Double
    private var buckets: [String: (tokens: Double, at: Double)] = [:]

    init(capacity: Double, refillPerSecond: Double) {
        self.capacity = capacity
        self.refillPerSecond = refillPerSecond
    }

    func tokens(_ key: String, now: Double) -> Double {
        guard let bucket = buckets[key] else { return capacity }
        return min(capacity, bucket.tokens + (now - bucket.at) * refillPerSecond)
    }

    /// When one token will be there.
    func earliest(_ key: String, now: Double) -> Double {
        let available = tokens(key, now: now)
        return available >= 1 ? now : now + (1 - available) / refillPerSecond
    }

    mutating func take(_ key: String, now: Double) {
        buckets[key] = (tokens(key, now: now) - 1, now)
    }

    mutating func empty(_ key: String, now: Double) {
        buckets[key] = (0, now)
    }

    mutating func prune(now: Double) {
        buckets = buckets.filter { tokens($0.key, now: now) < capacity }
    }
}
