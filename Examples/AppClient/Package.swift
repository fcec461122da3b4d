// swift-tools-version:6.2
// An app's client for its backend, generating the backend's error codes from the catalogue in
// Sources/AppClient with errgen's build-tool plugin. Nothing generated is committed.
// Tools 6.2 for `defaultIsolation`: the app's code is main-actor code unless it says otherwise,
// as in a new Xcode app target.
import PackageDescription

let package = Package(
    name: "AppClient",
    dependencies: [
        // errgen by path. `name:` gives the dependency the identity "errgen" whatever the folder
        // of the checkout is called; with `.package(url: ...)` the URL already does.
        .package(name: "errgen", path: "../.."),
    ],
    targets: [
        // The plugin generates the types; the code it generates imports ErrGenRuntime.
        .executableTarget(
            name: "AppClient",
            dependencies: [.product(name: "ErrGenRuntime", package: "errgen")],
            swiftSettings: [.defaultIsolation(MainActor.self)],
            plugins: [.plugin(name: "ErrGenPlugin", package: "errgen")]
        ),
        // The tests import the executable's module (SwiftPM links executables for testing), so
        // the generated types and the app's handling of them live in one target.
        .testTarget(name: "AppClientTests", dependencies: ["AppClient", .product(name: "ErrGenRuntime", package: "errgen")]),
    ]
)
