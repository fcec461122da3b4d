import Foundation
import XCTest

/// `errgen diff` as a reviewer and a CI job use it: a message edit is safe and passes, a rename
/// is breaking and fails, each report format reads as it should, and `--base` compares with a
/// git revision.
final class DiffCommandTests: XCTestCase {
    var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    static let shop = """
        ---
        errgen:
          type: Shop
          docs-url: https://docs.example.com/errors#{anchor}
        ---
        ## Cart

        | Code | HTTP | Category | Retryable | Message |
        |---|---|---|---|---|
        | SHOP.CART.0001 | 404 | business | ❌ | Cart not found |
        | SHOP.CART.0002 | 503 | integration | ✅ | Cart store unavailable |
        | SHOP.CART.0003 | 409 | business | ❌ | Cart locked |
        """

    /// `old/shop.errors.md` as `shop` with its lock, and `new/shop.errors.md` as `shop` edited by
    /// `edit`, with the same lock: a pull request that changes the catalogue's text.
    func writeVersions(_ edit: (String) -> String) throws {
        try folder.write("old/shop.errors.md", Self.shop)
        XCTAssertEqual(try errgen(["lock", "old/shop.errors.md", "-q"], in: folder.url).status, 0)
        try folder.write("new/shop.errors.md", edit(Self.shop))
        try FileManager.default.copyItem(at: folder.url.appendingPathComponent("old/shop.errgen.lock"), to: folder.url.appendingPathComponent("new/shop.errgen.lock"))
    }

    func diff(_ extra: String...) throws -> ProcessResult {
        try errgen(["diff", "old/shop.errors.md", "new/shop.errors.md"] + extra, in: folder.url)
    }

    /// The case keeps its name through the lock, so clients feel only the text.
    func testAMessageEditIsSafeAndPasses() throws {
        try writeVersions { $0.replacingOccurrences(of: "Cart not found", with: "Cart not found, or it was deleted") }
        let result = try diff()
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
            errgen diff old/shop.errors.md → new/shop.errors.md: 0 breaking, 0 dangerous, 1 safe
            new/shop.errors.md:10: safe: 'SHOP.CART.0001' message edited

            """)
    }

    func testAPinnedRenameIsBreakingAndFailsUnlessAccepted() throws {
        try writeVersions { $0.replacingOccurrences(of: "  type: Shop\n", with: "  type: Shop\n  cases: {SHOP.CART.0001: cartMissing}\n") }
        let result = try diff()
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, """
            errgen diff old/shop.errors.md → new/shop.errors.md: 1 breaking, 0 dangerous, 0 safe
            new/shop.errors.md:11: breaking: 'SHOP.CART.0001' case renamed from cartNotFound to cartMissing

            """)
        try folder.write("new/shop.errors.md", try String(contentsOf: folder.url.appendingPathComponent("new/shop.errors.md"), encoding: .utf8)
            .replacingOccurrences(of: "  type: Shop\n", with: "  type: Shop\n  accept-breaking: [SHOP.CART.0001]\n"))
        let accepted = try diff()
        XCTAssertEqual(accepted.status, 0, accepted.stdout)
        XCTAssertTrue(accepted.stdout.contains("breaking (accepted): 'SHOP.CART.0001' case renamed"), accepted.stdout)
    }

    /// One change of each severity, in the three formats for people and CI.
    func testTheTextMarkdownAndGitHubFormats() throws {
        try writeVersions {
            $0.replacingOccurrences(of: "| SHOP.CART.0003 | 409 | business | ❌ | Cart locked |", with: "| SHOP.CART.0004 | 410 | business | ❌ | Cart expired |")
                .replacingOccurrences(of: "| Cart store unavailable |", with: "| Cart store down |")
        }
        XCTAssertEqual(try diff().stdout, """
            errgen diff old/shop.errors.md → new/shop.errors.md: 1 breaking, 1 dangerous, 1 safe
            old/shop.errors.md:12: breaking: 'SHOP.CART.0003' removed
            new/shop.errors.md:12: dangerous: 'SHOP.CART.0004' added (exhaustive switches over its namespace stop compiling)
            new/shop.errors.md:11: safe: 'SHOP.CART.0002' message edited

            """)
        XCTAssertEqual(try diff("--format", "markdown").stdout, """
            ### errgen diff: `old/shop.errors.md` → `new/shop.errors.md`

            1 breaking, 1 dangerous, 1 safe.

            #### Breaking

            | Code | Change | Old | New | Line |
            |---|---|---|---|---|
            | `SHOP.CART.0003` | removed | cartLocked |  | 12 |

            #### Dangerous

            | Code | Change | Old | New | Line |
            |---|---|---|---|---|
            | `SHOP.CART.0004` | added |  | cartExpired | 12 |

            #### Safe

            | Code | Change | Old | New | Line |
            |---|---|---|---|---|
            | `SHOP.CART.0002` | message edited | Cart store unavailable | Cart store down | 11 |

            """)
        XCTAssertEqual(try diff("--format=github").stdout, """
            ::error file=new/shop.errors.md,title=breaking change::'SHOP.CART.0003' removed
            ::warning file=new/shop.errors.md,line=12,title=dangerous change::'SHOP.CART.0004' added (exhaustive switches over its namespace stop compiling)
            ::notice file=new/shop.errors.md,line=11,title=safe change::'SHOP.CART.0002' message edited

            """)
    }

    /// `--base` reads the catalogue and its lock as a git revision has them.
    func testBaseComparesWithAGitRevision() throws {
        try folder.write("repo/shop.errors.md", Self.shop)
        let repo = folder.url.appendingPathComponent("repo")
        XCTAssertEqual(try errgen(["lock", "shop.errors.md"], in: repo).status, 0)
        for arguments in [["init", "-q"], ["add", "."], ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "catalogue"]] {
            XCTAssertEqual(try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["git"] + arguments, in: repo).status, 0)
        }
        try folder.write("repo/shop.errors.md", Self.shop.replacingOccurrences(of: "| 409 |", with: "| 423 |"))
        let result = try errgen(["diff", "shop.errors.md", "--base", "HEAD", "--format", "json"], in: repo)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stdout, """
            {"changes": [
                {"code": "SHOP.CART.0003", "change": "status-changed", "severity": "breaking", "accepted": false, "file": "shop.errors.md", "line": 12, "old": "409", "new": "423"}
            ]}

            """)
        let missing = try errgen(["diff", "shop.errors.md", "--base", "no-such-revision"], in: repo)
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stdout, "")
        XCTAssertEqual(missing.stderr, "error: git has no 'shop.errors.md' at revision 'no-such-revision' (is it a revision of this repository, and was the file there?)\nerrgen: nothing compared\n")
    }

    func testWhatCannotBeComparedIsAnError() throws {
        try folder.write("old/shop.errors.md", Self.shop)
        try folder.write("new/shop.errors.md", "# Release notes\n\nNothing to see.\n")
        let notCatalogue = try diff()
        XCTAssertEqual(notCatalogue.status, 1)
        XCTAssertEqual(notCatalogue.stdout, "")
        XCTAssertTrue(notCatalogue.stderr.hasPrefix("new/shop.errors.md:1:1: error: no error codes found; 'new/shop.errors.md' is not a catalogue errgen can compare\n"), notCatalogue.stderr)

        try folder.write("new/shop.errors.md", "---\nerrgen:\n  type: Other\n---\n| Code | Message |\n|---|---|\n| OTHER_1 | Other |\n")
        let unrelated = try diff()
        XCTAssertEqual(unrelated.status, 1)
        XCTAssertTrue(unrelated.stderr.contains("error: 'old/shop.errors.md' (ShopError) and 'new/shop.errors.md' (OtherError) share no code: they are two catalogues, not two versions of one"), unrelated.stderr)

        let usage = try errgen(["diff", "old/shop.errors.md"], in: folder.url)
        XCTAssertEqual(usage.status, 64)
        XCTAssertTrue(usage.stderr.hasPrefix("Error: diff compares two catalogues, <old> <new>, or one with '--base <revision>'\n"), usage.stderr)
    }
}
