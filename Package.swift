// swift-tools-version:5.9
// 5.9 is the oldest tools version whose plugin API (Path-based) serves the build-tool and
// command plugins; consumers on older Xcode versions can still build them.
import PackageDescription

let package = Package(
    name: "errgen",
    products: [
        .executable(name: "errgen", targets: ["errgen"]),
        .library(name: "GenKit", targets: ["GenKit"]),
    ],
    targets: [
        .target(name: "GenKit"),
        .executableTarget(name: "errgen", dependencies: ["GenKit"]),
        .testTarget(name: "GenKitTests", dependencies: ["GenKit"]),
    ]
)
