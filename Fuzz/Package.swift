// swift-tools-version: 6.1
// A libFuzzer target for the whole message path, kept out of the main package
// because `-sanitize=fuzzer` brings its own `main`. Build and run:
//   swift build --package-path Fuzz -Xswiftc -sanitize=fuzzer
//   cp -r Fuzz/corpus /tmp/corpus && Fuzz/.build/debug/FAQBotFuzz -max_total_time=300 -max_len=4096 /tmp/corpus
// (add `,address` to the sanitizer for AddressSanitizer; the corpus folder grows, so copy it first).
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, whatever the clone is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "FAQBotFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "FAQBotFuzz",
            dependencies: [.product(name: "FAQBot", package: root),
                           .product(name: "FAQStore", package: root)],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
