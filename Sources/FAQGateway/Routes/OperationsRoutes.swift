import FAQStore
import Foundation
import Hummingbird
import Prometheus

/// `GET /healthz` (the database answers) and `GET /metrics` (Prometheus text format).
struct OperationsRoutes: Sendable {
    let database: FAQDatabase
    let registry: PrometheusCollectorRegistry
    let metrics: GatewayMetrics

    func add(to router: Router<BasicRequestContext>) {
        router.get("/healthz") { _, _ in health() }
        router.get("/metrics") { _, _ in scrape() }
    }

    /// 200 with the outbox's counts when the database answers; 503 otherwise.
    func health() -> Response {
        do {
            let summary = try database.outboxSummary()
            let counts = OutboxMessage.Status.allCases.map { "\"\($0.rawValue)\":\(summary.counts[$0] ?? 0)" }.joined(separator: ",")
            let json = "{\"status\":\"ok\",\"outbox\":{\(counts)},\"oldest_pending_seconds\":\(Int(summary.oldestPendingAge))}"
            return Response(status: .ok, headers: [.contentType: "application/json"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: json)))
        } catch {
            return WebhookRoutes.text(.serviceUnavailable, "base de datos no disponible")
        }
    }

    /// The registry's metrics, with the outbox gauges read at scrape time.
    func scrape() -> Response {
        if let summary = try? database.outboxSummary() { metrics.outbox(summary) }
        return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
    }
}
