// swift-tools-version:5.9
import PackageDescription

// A client library of the Nevermined API whose error types errgen generated from
// catalogues/nevermined.errors.md and which the repository commits (see README.md). The dependency
// on errgen is what regenerates them: `swift run errgen …` works from this folder too.
let package = Package(
    name: "WireDecoding",
    products: [
        .library(name: "WireDecoding", targets: ["WireDecoding"]),
    ],
    dependencies: [
        // `name:` gives the dependency the identity "errgen" whatever its folder is called.
        .package(name: "errgen", path: "../.."),
    ],
    targets: [
        // The generated code imports ErrGenRuntime, errgen's library of the types it shares.
        .target(name: "WireDecoding", dependencies: [.product(name: "ErrGenRuntime", package: "errgen")]),
        .testTarget(name: "WireDecodingTests", dependencies: ["WireDecoding", .product(name: "ErrGenRuntime", package: "errgen")]),
    ]
)
