import XCTest
@testable import GenKit

/// The front matter's settings under `errgen:`, and the exact diagnostic for each that errgen
/// cannot read or that names nothing.
final class CatalogueSettingsTests: XCTestCase {
    func testUnknownUnreadableAndRepeatedSettings() {
        let text = """
            ---
            title: Other tools' keys are not errgen's business
            description: >
              Neither are lines errgen cannot read outside 'errgen:'
            errgen:
              type: Shop
              docs_url: https://x.dev
              cases:
                a-b: first
                a-b: second
              type Shop
              docs-url:https://x.dev
              type: Store
            ---
            | Code | Message |
            |---|---|
            | a-b | B |
            """
        XCTAssertEqual(rendered(text), [
            "shop.md:7:3: error: unknown setting 'docs_url' under 'errgen:'; did you mean 'docs-url'?",
            "shop.md:10:5: error: 'a-b' appears twice under 'cases:'; keep one",
            "shop.md:9:5: note: 'a-b' is first here",
            "shop.md:11:3: error: cannot read 'type Shop' under 'errgen:'; write a setting as 'key: value', with a space after the colon",
            "shop.md:12:3: error: cannot read 'docs-url:https://x.dev' under 'errgen:'; write a setting as 'key: value', with a space after the colon",
            "shop.md:13:3: error: 'type' appears twice under 'errgen:'; keep one",
            "shop.md:6:3: note: 'type' is first here",
        ])
    }

    func testSettingsThatNeedAValueOrAMap() {
        XCTAssertEqual(rendered("---\nerrgen:\n  type:\n  docs-url:\n  cases: x\n  namespaces:\n    Auth:\n---\n"), [
            "shop.md:3:3: error: 'type' needs a value, such as 'type: Shop'",
            "shop.md:4:3: error: 'docs-url' needs a value, such as 'docs-url: https://docs.example.com/errors#{anchor}'",
            "shop.md:5:10: error: 'cases' is a map: put one 'key: SwiftName' per line under it, indented",
            "shop.md:7:5: error: 'Auth' needs a Swift name",
        ])
    }

    func testTabIndentedSettingsAreRead() {
        XCTAssertEqual(load("---\nerrgen:\n\ttype: Shop2\n---\n").catalogue?.typeName, "Shop2Error")
    }

    func testInvalidDocsURLs() {
        let text = "---\nerrgen:\n  docs-url: \"https://x y/{code}\"\n---\n| Code | Message | Docs |\n|---|---|---|\n| a | A | ht tp://nope |\n"
        XCTAssertEqual(rendered(text), [
            "shop.md:3:13: error: 'docs-url' is not a valid URL: 'https://x y/{code}'",
            "shop.md:7:11: warning: 'ht tp://nope' is not a valid URL; the code gets no docs URL",
        ])
    }
}
