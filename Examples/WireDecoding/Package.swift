// swift-tools-version:5.9
import PackageDescription

// A client library of the Nevermined API whose error types errgen generated from
// catalogues/nevermined.md and which the repository commits (see README.md). The dependency
// on errgen is what regenerates them: `swift run errgen …` works from this folder too.
let package = Package(
    name: "WireDecoding",
    products: [
        .library(name: "WireDecoding", targets: ["WireDecoding"]),
    ],
    dependencies: [
        .package(path: "../.."),
    ],
    targets: [
        .target(name: "WireDecoding"),
        .testTarget(name: "WireDecodingTests", dependencies: ["WireDecoding"]),
    ]
)
