// swift-tools-version: 6.0
// libFuzzer targets over PolicyText, in their own package so the main build stays free of sanitizer flags.
// Build and run through scripts/fuzz.sh (it adds -sanitize=fuzzer,address).
import PackageDescription

let package = Package(
    name: "PolicyTextFuzz",
    dependencies: [.package(name: "PolicyText", path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        .executableTarget(
            name: "FuzzPipeline",
            dependencies: ["CFuzzDriver", .product(name: "PolicyText", package: "PolicyText")]
        ),
    ]
)
