import Foundation

/// Percentiles of a set of durations, for the command-line driver's own reports.
public struct LatencySummary: Sendable {
    public let count: Int
    public let p50: Double
    public let p90: Double
    public let p99: Double
    public let max: Double
    public let mean: Double

    /// - Parameter seconds: one duration per operation, in seconds.
    public init(seconds: [Double]) {
        let sorted = seconds.sorted()
        count = sorted.count
        func percentile(_ p: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
            return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank))]
        }
        p50 = percentile(50)
        p90 = percentile(90)
        p99 = percentile(99)
        max = sorted.last ?? 0
        mean = sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count)
    }

    /// "p50 12.3 µs  p90 …" with a unit suited to the values.
    public var formatted: String {
        "n=\(count)  p50 \(Self.format(p50))  p90 \(Self.format(p90))  p99 \(Self.format(p99))  max \(Self.format(max))  mean \(Self.format(mean))"
    }

    public static func format(_ seconds: Double) -> String {
        if seconds < 1e-3 { return String(format: "%.1f µs", seconds * 1e6) }
        if seconds < 1 { return String(format: "%.3f ms", seconds * 1e3) }
        return String(format: "%.2f s", seconds)
    }
}

/// Monotonic time in seconds.
public func monotonicSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
