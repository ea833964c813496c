import FAQStore
import Foundation
import Metrics

/// The gateway's own metrics, through swift-metrics to the given backend (Prometheus in
/// `faq-gateway`), beside the bot's `faqbot_*`:
///
/// - `gateway_webhooks_total{result}`: POSTs by result (`ok`, `bad_signature`, `malformed`, `too_large`, `error`).
/// - `gateway_signatures_rejected_total`: POSTs refused for a missing or wrong signature.
/// - `gateway_messages_ignored_total{type}`: reactions, stickers… (no decision).
/// - `gateway_statuses_total{status}`: delivery statuses received.
/// - `gateway_sends_total{result}`: send attempts (`sent`, `retry`, `held`, `failed`).
/// - `gateway_send_duration_seconds`: the Graph API's answer time.
/// - `gateway_outbox_rows{status}` and `gateway_outbox_oldest_pending_seconds`: outbox depth and age.
public struct GatewayMetrics: Sendable {
    private let factory: any MetricsFactory
    private let signaturesRejected: Counter
    private let sendDuration: Metrics.Timer
    private let oldestPending: Gauge

    /// - Parameter factory: the backend, e.g. `PrometheusMetricsFactory(registry:)`.
    public init(factory: any MetricsFactory) {
        self.factory = factory
        signaturesRejected = Counter(label: "gateway_signatures_rejected_total", factory: factory)
        sendDuration = Metrics.Timer(label: "gateway_send_duration_seconds", preferredDisplayUnit: .seconds, factory: factory)
        oldestPending = Gauge(label: "gateway_outbox_oldest_pending_seconds", factory: factory)
    }

    func webhook(_ result: String) {
        Counter(label: "gateway_webhooks_total", dimensions: [("result", result)], factory: factory).increment()
        if result == "bad_signature" { signaturesRejected.increment() }
    }

    func ignoredMessage(kind: String) {
        Counter(label: "gateway_messages_ignored_total", dimensions: [("type", kind)], factory: factory).increment()
    }

    func deliveryStatus(_ status: String) {
        let known = ["sent", "delivered", "read", "failed"].contains(status) ? status : "other"
        Counter(label: "gateway_statuses_total", dimensions: [("status", known)], factory: factory).increment()
    }

    func send(_ result: String, seconds: Double?) {
        Counter(label: "gateway_sends_total", dimensions: [("result", result)], factory: factory).increment()
        if let seconds { sendDuration.recordSeconds(seconds) }
    }

    func outbox(_ summary: OutboxSummary) {
        for status in OutboxMessage.Status.allCases {
            Gauge(label: "gateway_outbox_rows", dimensions: [("status", status.rawValue)], factory: factory)
                .record(summary.counts[status] ?? 0)
        }
        oldestPending.record(summary.oldestPendingAge)
    }
}
