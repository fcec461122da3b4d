import Foundation
import XCTest

/// Names survive copy edits: errgen records them in a lock file beside the catalogue, keeps
/// them when the text changes, and renames only when told to.
final class NameLockTests: XCTestCase {
    var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    static let shop = """
        ---
        errgen:
          type: Shop
        ---
        ## Cart

        | Code | HTTP | Message |
        |---|---|---|
        | 1001 | 404 | Cart not found |
        | 1002 | 410 | Card was declined |
        """

    func errgen(_ arguments: String...) throws -> ProcessResult {
        try ErrGenCLITests.errgen(arguments + ["--no-config"], in: folder.url)
    }

    func generated() throws -> String {
        try String(contentsOf: folder.url.appendingPathComponent("Generated/shop.errgen.swift"), encoding: .utf8)
    }

    func testCopyEditsKeepTheNamesAndSayWhatTheTextWouldGive() throws {
        try folder.write("shop.errors.md", Self.shop)
        XCTAssertEqual(try errgen("shop.errors.md", "-q").status, 0)
        XCTAssertEqual(try String(contentsOf: folder.url.appendingPathComponent("shop.errgen.lock"), encoding: .utf8), """
            # errgen's lock for shop.errors.md: the Swift names of its codes, which errgen keeps when
            # the catalogue's text changes, so that a copy edit renames no public case. Commit it.
            # To rename, edit a name here, or pin one in the catalogue's front matter.
            type ShopError
            namespace Cart cart Cart
            case cartNotFound 1001
            case cardWasDeclined 1002

            """)

        try folder.write("shop.errors.md", Self.shop
            .replacingOccurrences(of: "Cart not found", with: "Cart not found, or it was deleted")
            .replacingOccurrences(of: "Card was declined", with: "Card was declined by the issuer")
            .replacingOccurrences(of: "## Cart", with: "## Shopping cart"))
        let edited = try errgen("shop.errors.md", "-q")
        XCTAssertEqual(edited.status, 0, edited.stderr)
        XCTAssertEqual(edited.stderr, """
            shop.errors.md:5:1: warning: namespace 'Shopping cart' keeps its recorded type name 'Cart', recorded for 'Cart'; its text now gives 'ShoppingCart' (edit its line in shop.errgen.lock, or pin a name in the front matter, to rename it)
            shop.errors.md:9:3: warning: '1001' keeps its recorded name 'cartNotFound'; its text now gives 'cartNotFoundOrItWasDeleted' (edit its line in shop.errgen.lock, or pin a name in the front matter, to rename it)
            shop.errors.md:10:3: warning: '1002' keeps its recorded name 'cardWasDeclined'; its text now gives 'cardWasDeclinedByIssuer' (edit its line in shop.errgen.lock, or pin a name in the front matter, to rename it)

            """)
        let swift = try generated()
        XCTAssertTrue(swift.contains("case cartNotFound\n") && swift.contains("case cardWasDeclined\n") && swift.contains("case cart(Cart)\n"), swift)

        // A pin renames, and the lock follows it.
        try folder.write("shop.errors.md", Self.shop.replacingOccurrences(of: "  type: Shop\n", with: "  type: Shop\n  cases: {1001: cartMissing}\n"))
        XCTAssertEqual(try errgen("shop.errors.md", "-q").stderr, "")
        XCTAssertTrue(try generated().contains("case cartMissing\n"))
        XCTAssertTrue(try String(contentsOf: folder.url.appendingPathComponent("shop.errgen.lock"), encoding: .utf8).contains("case cartMissing 1001\n"))
    }

    /// The build plugin's run reads the lock and writes nothing into the package, so it warns
    /// where a name has no record; `errgen lock` records them.
    func testALockedRunWritesNoLockAndWarnsWhereNamesHaveNoRecord() throws {
        try folder.write("shop.errors.md", Self.shop)
        let unlocked = try errgen("shop.errors.md", "--locked", "-q")
        XCTAssertEqual(unlocked.status, 0)
        XCTAssertEqual(unlocked.stderr, "shop.errors.md:1:1: warning: shop.errors.md has no lock file, so its case names follow its text and a copy edit can rename them; run 'swift run errgen lock shop.errors.md' and commit shop.errgen.lock\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("shop.errgen.lock").path))

        XCTAssertEqual(try errgen("lock", "shop.errors.md", "--check").status, 1)
        let locked = try errgen("lock", "shop.errors.md")
        XCTAssertEqual(locked.status, 0)
        XCTAssertEqual(locked.stderr, "errgen: 1 lock file, 1 written\n")
        XCTAssertEqual(try errgen("lock", "shop.errors.md", "--check").status, 0)
        XCTAssertEqual(try errgen("shop.errors.md", "--locked", "-q").stderr, "")

        try folder.write("shop.errors.md", Self.shop + "\n| 1003 | 409 | Cart locked |\n")
        XCTAssertEqual(try errgen("shop.errors.md", "--locked", "-q").stderr, "shop.errgen.lock:1:1: warning: shop.errgen.lock records no name for '1003'; run 'swift run errgen lock shop.errors.md' and commit shop.errgen.lock\n")
    }

    func testALockLineErrgenCannotReadIsAnError() throws {
        try folder.write("shop.errors.md", Self.shop)
        try folder.write("shop.errgen.lock", "type ShopError\nnamespace Cart cart Cart\ncase\n")
        let result = try errgen("shop.errors.md", "-q")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("shop.errgen.lock:3:1: error: errgen cannot read this line of the lock;"), result.stderr)
    }
}
