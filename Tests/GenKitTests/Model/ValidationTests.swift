import XCTest
@testable import GenKit

/// Codes listed more than once, merged into one, and rows that are legal but suspicious: the
/// exact warnings, pointing at both listings where there are two.
final class ValidationTests: XCTestCase {
    func testCodesListedAgainAreMergedAndDisagreementsPointAtBothRows() throws {
        let text = "## A\n\n| Code | Message |\n|---|---|\n| dup | One |\n| same | Same |\n| same | Same |\n\n## B\n\n| Code | HTTP | Message | Hint |\n|---|---|---|---|\n| x / dup | 500/503 | Two | Retry |\n| same | | | |\n"
        XCTAssertEqual(rendered(text), [
            "shop.md:13:3: warning: 'dup' is listed again with another message; the first listing's is kept",
            "shop.md:5:3: note: 'dup' is first listed here",
        ])
        let catalogue = try XCTUnwrap(load(text).catalogue)
        XCTAssertEqual(catalogue.namespaces.map(\.name), ["A", "B"])
        let dup = try XCTUnwrap(catalogue.entries.first { $0.code == "dup" })
        XCTAssertEqual(dup.message, "One")
        XCTAssertEqual(dup.statuses, [500, 503])
        XCTAssertEqual(dup.hint, "Retry")
        XCTAssertEqual(catalogue.namespaces[1].entries.map(\.code), ["x"])
    }

    func testACodeRepeatedPerEndpointIsOneWarning() {
        let endpoint = { (name: String, message: String) in "## \(name)\n\n| Code | Message |\n|---|---|\n| rate_limited | \(message) |\n\n" }
        let text = endpoint("List", "Too many list calls") + endpoint("Get", "Too many get calls") + endpoint("Put", "Too many put calls")
        XCTAssertEqual(rendered(text), [
            "shop.md:11:3: warning: 'rate_limited' is listed again with another message; the first listing's is kept (1 later listing differs too)",
            "shop.md:5:3: note: 'rate_limited' is first listed here",
        ])
    }

    func testSuspiciousRowsAreWarnings() {
        let text = "| Code | HTTP | Category | Retryable | Message |\n|---|---|---|---|---|\n| a | 503 | validation | — | A |\n| b | 400 | business | ✅ | B |\n| c | 429 | business | yes | C |\n"
        XCTAssertEqual(rendered(text), [
            "shop.md:3:3: warning: 'a' has status 503 but category 'validation'; a server error is rarely the caller's validation problem",
            "shop.md:4:3: warning: 'b' is retryable with status 400; repeating a request the server rejected as a client error rarely helps",
        ])
    }
}
