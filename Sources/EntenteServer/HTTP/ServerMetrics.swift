import EntenteStore
import Foundation
import Hummingbird
import Prometheus

/// What `/metrics` reports, in Prometheus's text format: requests by route, method and
/// status, their latency, what the store holds, and documents ingested through the API.
/// One registry a server, so tests and several servers in one process never share counts.
final class ServerMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    private let latencyBuckets: [Duration] = [.milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(20),
                                              .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(5)]

    /// Counts a finished request under its route (the pattern, such as `/api/events/{id}`,
    /// never the path a client typed, so the label set stays small).
    func record(method: String, route: String, status: Int, nanoseconds: UInt64) {
        registry.makeCounter(descriptor: descriptor("http_requests", unit: "total", "HTTP requests answered"),
                             labels: [("method", method), ("route", route), ("status", String(status))]).increment()
        registry.makeDurationHistogram(descriptor: descriptor("http_request_duration", unit: "seconds", "Time to answer a request"),
                                       labels: [("route", route)], buckets: latencyBuckets)
            .recordNanoseconds(Int64(min(nanoseconds, UInt64(Int64.max))))
    }

    /// Counts a document the API coded and stored.
    func documentIngested(mentions: Int) {
        registry.makeCounter(descriptor: descriptor("documents_ingested", unit: "total", "Documents coded and stored through the API")).increment()
        registry.makeCounter(descriptor: descriptor("mentions_ingested", unit: "total", "Event mentions stored through the API")).increment(by: Int64(mentions))
    }

    /// The exposition, with the store's counts read now.
    func exposition(store: any EventStore) async throws -> [UInt8] {
        let counts = try await store.counts()
        registry.makeGauge(descriptor: descriptor("events_stored", unit: "", "Merged events in the store")).set(to: Double(counts.events))
        registry.makeGauge(descriptor: descriptor("mentions_stored", unit: "", "Event mentions in the store")).set(to: Double(counts.mentions))
        registry.makeGauge(descriptor: descriptor("documents_stored", unit: "", "Coded documents in the store")).set(to: Double(counts.documents["coded"] ?? 0))
        return registry.emitToBuffer()
    }

    private func descriptor(_ name: String, unit: String, _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "entente", metricName: name, unitName: unit, helpText: help)
    }
}

/// Records every request's route, status and latency.
struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        let response = try await next(request, context)
        metrics.record(method: request.method.rawValue, route: context.endpointPath ?? "unmatched", status: response.status.code,
                       nanoseconds: DispatchTime.now().uptimeNanoseconds - start)
        return response
    }
}
