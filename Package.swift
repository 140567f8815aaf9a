// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "PolicyText",
    products: [
        .library(name: "PolicyText", targets: ["PolicyText"]),
        .executable(name: "policytext", targets: ["policytext"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // C bridge to the system ICU. Its public header uses only <stdint.h> types so that it can be
        // imported next to Foundation, whose own ICU copy (_FoundationICU) defines the same C types.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        // The system libxml2 (HTML pages, the XML inside .docx files) and zlib (inflating .docx entries). libxml2's
        // headers pull in the system ICU too, so Swift reaches both only through the C bridge CXML.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "CXML", dependencies: ["CLibXML2"], linkerSettings: [.linkedLibrary("z")]),
        .target(
            name: "PolicyText",
            dependencies: ["CICU", "CXML"],
            exclude: ["Recognize/README.md"],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "policytext",
            dependencies: [
                "PolicyText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // ZIPFoundation writes the .docx fixtures; the library reads ZIP archives with its own bounds-checked reader.
        .testTarget(
            name: "PolicyTextTests",
            dependencies: ["PolicyText", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(name: "policytextTests", dependencies: ["policytext", "PolicyText"]),
    ]
)
