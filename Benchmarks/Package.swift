// swift-tools-version: 6.1
// Benchmarks live in their own package (as swift-collections does) so the main build and `swift test` stay lean.
// Run from this folder: swift package --allow-writing-to-package-directory benchmark
import PackageDescription

let package = Package(
    name: "PolicyTextBenchmarks",
    dependencies: [
        .package(name: "PolicyText", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "PolicyTextBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "PolicyText", package: "PolicyText"),
            ],
            path: "Benchmarks/PolicyTextBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
