import Foundation
import XCTest

/// A code the catalogue marks deprecated, by any of its three marks, is a case that warns where
/// client code makes it (not in a `switch`'s patterns, where Swift does not warn), still decodes
/// from the wire, and leaves the generated code itself warning-free in both language modes.
final class DeprecatedCodeTests: XCTestCase {
    static let catalogue = """
        ---
        errgen:
          type: Shop
        ---
        | Code | HTTP | Message | Deprecated |
        |---|---|---|---|
        | CART_OLD | 404 | Old cart | Use CART_NEW instead |
        | CART_GONE | 410 | (DEPRECATED) Gone cart | |
        | ~~CART_LEGACY~~ | 400 | Legacy cart | |
        | CART_NEW | 404 | New cart | |
        """

    static let client = """
        // An exhaustive switch names every case, without a warning (Swift does not warn about
        // deprecated cases in patterns); code that makes a value of one is warned.
        func describe(_ error: ShopError.Shop) -> String {
            switch error {
            case .cartOld: "old"
            case .cartGone: "gone"
            case .cartLegacy: "legacy"
            case .cartNew: "new"
            }
        }
        let made: [ShopError.Shop] = [.cartOld, .cartGone, .cartLegacy, .cartNew]
        print(made.map(describe))
        for code in ["CART_OLD", "CART_GONE", "CART_LEGACY", "CART_NEW"] {
            if case .shop(let error) = ShopError(code: code) { print(code, describe(error), error.status ?? 0) } else { print(code, "unknown") }
        }
        """

    func testDeprecatedCodesWarnWhereNamedDecodeAndLeaveTheGeneratedCodeWarningFree() throws {
        let folder = try TemporaryFolder()
        try folder.write("shop.errors.md", Self.catalogue)
        let generated = try errgen(["shop.errors.md", "--output", "out", "--quiet"], in: folder.url)
        XCTAssertEqual(generated.status, 0, generated.stderr)
        for mode in ["5", "6"] {
            let alone = try runProcess(swiftc, ["-typecheck", "-swift-version", mode, "-strict-concurrency=complete", "-warnings-as-errors"] + RuntimeModule.flags() + ["out/shop.errgen.swift"], in: folder.url, timeout: 600)
            XCTAssertEqual(alone.status, 0, "Swift \(mode): \(alone.stderr)")
        }

        try folder.write("main.swift", Self.client)
        let build = try runProcess(swiftc, ["-swift-version", "6", "-o", "client"] + RuntimeModule.flags(link: true) + ["out/shop.errgen.swift", "main.swift"], in: folder.url, timeout: 600)
        XCTAssertEqual(build.status, 0, build.stderr)
        for (name, reason) in [("cartOld", "Use CART_NEW instead"), ("cartGone", "CART_GONE is deprecated in the Shop catalogue."), ("cartLegacy", "CART_LEGACY is deprecated in the Shop catalogue.")] {
            XCTAssertTrue(build.stderr.contains("warning: '\(name)' is deprecated: \(reason)"), build.stderr)
        }
        XCTAssertFalse(build.stderr.contains("'cartNew' is deprecated"), build.stderr)

        let run = try runProcess(folder.url.appendingPathComponent("client"), [], in: folder.url)
        XCTAssertEqual(run.stdout, "[\"old\", \"gone\", \"legacy\", \"new\"]\nCART_OLD old 404\nCART_GONE gone 410\nCART_LEGACY legacy 400\nCART_NEW new 404\n")
    }
}
