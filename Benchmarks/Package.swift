// swift-tools-version: 6.1
// Benchmarks of the CHAT PJBC bot core, in a package of their own so that
// `swift build` / `swift test` at the repository root never compile them.
// Run everything with `Benchmarks/run.sh`.
import PackageDescription

let package = Package(
    name: "chat-pjbc-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        // Named explicitly: a path dependency's identity is otherwise its folder name, which differs between clones.
        .package(name: "chat-pjbc-bot", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
    ],
    targets: [
        // Shared by the benchmarks and the command-line driver: data paths, message sets, RSS, percentiles.
        .target(
            name: "BenchSupport",
            dependencies: [
                .product(name: "FAQBot", package: "chat-pjbc-bot"),
                .product(name: "FAQStore", package: "chat-pjbc-bot"),
            ],
            path: "Sources/BenchSupport"
        ),
        // `faq-bench`: validate / import / serve / stages / handle, with its own timing (see run.sh).
        .executableTarget(
            name: "faq-bench",
            dependencies: [
                "BenchSupport",
                .product(name: "FAQBot", package: "chat-pjbc-bot"),
                .product(name: "FAQStore", package: "chat-pjbc-bot"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/FAQBench"
        ),
        // ordo-one benchmark suite: `swift package benchmark` discovers it under Benchmarks/FAQBotBenchmarks.
        .executableTarget(
            name: "FAQBotBenchmarks",
            dependencies: [
                "BenchSupport",
                .product(name: "FAQBot", package: "chat-pjbc-bot"),
                .product(name: "FAQStore", package: "chat-pjbc-bot"),
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/FAQBotBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
