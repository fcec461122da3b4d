import XCTest
@testable import GenKit

final class InlineTextTests: XCTestCase {
    func testMarkupIsReducedToPlainText() {
        XCTAssertEqual(InlineText.plainText("`AUTH_X`"), "AUTH_X")
        XCTAssertEqual(InlineText.plainText("**Bold** and *it* and _em_ and ~~gone~~"), "Bold and it and em and gone")
        XCTAssertEqual(InlineText.plainText("see [the docs](https://x.dev/a \"t\")"), "see the docs")
        XCTAssertEqual(InlineText.plainText("one<br>two<BR />three"), "one\ntwo\nthree")
        XCTAssertEqual(InlineText.plainText("a &amp; b &lt;c&gt; &#x41;"), "a & b <c> A")
        XCTAssertEqual(InlineText.plainText("\\*not emphasis\\*"), "*not emphasis*")
    }

    func testTextThatOnlyLooksLikeMarkupIsKept() {
        XCTAssertEqual(InlineText.plainText("Use Bearer <token>"), "Use Bearer <token>")
        XCTAssertEqual(InlineText.plainText("failed_post_charge_* rows"), "failed_post_charge_* rows")
        XCTAssertEqual(InlineText.plainText("snake_case_name"), "snake_case_name")
        XCTAssertEqual(InlineText.plainText("2 * 3 * 4"), "2 * 3 * 4")
        XCTAssertEqual(InlineText.plainText("unclosed `tick"), "unclosed `tick")
    }

    func testLinks() {
        XCTAssertEqual(InlineText.firstLink("[docs](https://x.dev/e#a)"), "https://x.dev/e#a")
        XCTAssertEqual(InlineText.firstLink("<https://x.dev/e>"), "https://x.dev/e")
        XCTAssertNil(InlineText.firstLink("plain"))
    }

    func testNestingAndUnclosedMarkupReadLinearlyAsCommonMarkWould() {
        XCTAssertEqual(InlineText.plainText("[[[a](u)](v)](w)"), "a")
        XCTAssertEqual(InlineText.firstLink("[[[a](u)](v)](w)"), "w")
        XCTAssertEqual(InlineText.plainText("`` ` `` x ``` y"), "` x ``` y")
        XCTAssertEqual(InlineText.plainText("*a _b* c_"), "a _b c_")
        // Links nested deeper than the limit are text; no input recurses without bound.
        let deep = String(repeating: "[", count: 20) + "x" + String(repeating: "](u)", count: 20)
        XCTAssertEqual(InlineText.plainText(deep), String(repeating: "[", count: 12) + "x" + String(repeating: "](u)", count: 12))
        let brackets = String(repeating: "[", count: 200_000)
        XCTAssertEqual(InlineText.plainText(brackets), brackets)
    }
}
