// swift-tools-version: 6.1
// A libFuzzer target for the whole message path, kept out of the main package
// because `-sanitize=fuzzer` brings its own `main`. Build and run:
//   swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address
//   Fuzz/.build/release/FAQBotFuzz -max_total_time=300 Fuzz/corpus
import PackageDescription

let package = Package(
    name: "FAQBotFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "FAQBotFuzz",
            dependencies: [.product(name: "FAQBot", package: "chat-pjbc-bot"),
                           .product(name: "FAQStore", package: "chat-pjbc-bot")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
