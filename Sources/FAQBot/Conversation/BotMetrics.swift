import Metrics

/// The counters and timers the gateway can export (swift-metrics: bootstrap a
/// backend such as Prometheus in the gateway; without one they cost nothing).
///
/// - `faqbot_messages_total{action, reason}`: messages handled, by decision.
/// - `faqbot_duplicates_total`: redeliveries answered from the log.
/// - `faqbot_tickets_opened_total{reason}`: handoffs that opened a ticket.
/// - `faqbot_handle_duration_seconds`: time to handle one message.
/// - `faqbot_failures_total`: messages whose result could not be stored.
struct BotMetrics: Sendable {
    let duplicates = Counter(label: "faqbot_duplicates_total")
    let failures = Counter(label: "faqbot_failures_total")
    let duration = Metrics.Timer(label: "faqbot_handle_duration_seconds")

    func handled(_ decision: Decision) {
        Counter(label: "faqbot_messages_total",
                dimensions: [("action", decision.action.rawValue), ("reason", decision.reason?.rawValue ?? "none")]).increment()
    }

    func ticketOpened(reason: String) {
        Counter(label: "faqbot_tickets_opened_total", dimensions: [("reason", reason)]).increment()
    }
}
