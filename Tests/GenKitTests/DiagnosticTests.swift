import XCTest
@testable import GenKit

/// Every problem a catalogue can have, as the user sees it: the exact rendered diagnostic, at
/// the line and column of what is wrong, with the fix where one is obvious.
final class DiagnosticTests: XCTestCase {
    /// The rendered diagnostics of `text` read as `path`, notes on their own lines.
    func rendered(_ text: String, path: String = "shop.md") -> [String] {
        rendered(bytes: Array(text.utf8), path: path)
    }

    func rendered(bytes: [UInt8], path: String = "shop.md") -> [String] {
        Generator.catalogue(path: path, bytes: bytes).1.flatMap { $0.description.split(separator: "\n").map(String.init) }
    }

    // MARK: The file

    func testInvalidUTF8AtItsLineAndColumn() {
        XCTAssertEqual(rendered(bytes: Array("ok\nab".utf8) + [0xFF] + Array("c\n".utf8)), [
            "shop.md:2:3: error: invalid UTF-8 byte 0xFF; save the catalogue as UTF-8",
        ])
        // CR and CRLF end lines too; the byte-order mark takes no column.
        XCTAssertEqual(rendered(bytes: [0xEF, 0xBB, 0xBF] + Array("a\rb\r\nc d".utf8) + [0xC3, 0x28]), [
            "shop.md:3:4: error: invalid UTF-8 byte 0xC3; save the catalogue as UTF-8",
        ])
    }

    func testControlCharactersAtTheirLineAndColumn() {
        XCTAssertEqual(rendered("| Code | Message |\n|---|---|\n| a | bell\u{07} |\n"), [
            "shop.md:3:11: error: control character U+0007 in a catalogue; delete it (a line break in a cell is written <br>)",
        ])
        XCTAssertEqual(rendered("x\r\n\u{85}"), [
            "shop.md:2:1: error: control character U+0085 in a catalogue; delete it (a line break in a cell is written <br>)",
        ])
        // Tabs are text; a reference to a control character stays as written.
        XCTAssertEqual(rendered("| Code | Message |\n|---|---|\n| a | tab\there &#27; |\n"), [])
        XCTAssertEqual(load("| Code | Message |\n|---|---|\n| a | &#x1F; &#0; &#9; |\n").catalogue?.entries.first?.message, "&#x1F; &#0; \t")
    }

    // MARK: Front matter

    func testUnclosedFrontMatter() {
        XCTAssertEqual(rendered("---\nerrgen:\n  type: Shop\n| Code | Message |\n|---|---|\n| A | B |\n"), [
            "shop.md:1:1: error: front matter is never closed; add a line '---' after its last setting",
        ])
    }

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

    // MARK: Tables and cells

    func testTableWithACodeColumnButNoMessageColumnIsReadAndSaysSo() throws {
        let text = "# T\n\n| HTTP | Code |\n|---|---|\n| 400 | X |\n"
        XCTAssertEqual(rendered(text), [
            "shop.md:3:1: note: table read as errors; no column holds messages (name columns under 'columns:' in the front matter to change this)",
        ])
        let entry = try XCTUnwrap(load(text).catalogue?.entries.first)
        XCTAssertEqual(entry.message, "")
        XCTAssertEqual(entry.shownMessage, "The catalogue gives no message for X.")
    }

    func testStatusesThatAreNotHTTPStatuses() {
        XCTAssertEqual(rendered("| Code | HTTP | Message |\n|---|---|---|\n| a | 4O4 | One |\n| b |  999/500 | Two |\n| c | 4xx | Three |\n"), [
            "shop.md:3:7: warning: '4O4' is not an HTTP status (100–599); the status is kept as the note '4O4' (write statuses as '404' or '500/503')",
            "shop.md:4:8: warning: '999' is not an HTTP status (100–599) and is left out (write statuses as '404' or '500/503')",
            "shop.md:5:7: warning: '4xx' is not an HTTP status (100–599); the status is kept as the note '4xx' (write statuses as '404' or '500/503')",
        ])
    }

    func testCategoriesAreTheCataloguesOwnWithTyposOfKnownOnesWarned() throws {
        let text = "| Code | Category | Message |\n|---|---|---|\n| a | bussiness | One |\n| b | `Auth` | Two |\n| c | non-standard | Three |\n| d | bizness | Four |\n"
        XCTAssertEqual(rendered(text), [
            "shop.md:3:7: warning: category 'bussiness' is kept as written; did you mean 'business'?",
            "shop.md:6:7: warning: category 'bizness' is kept as written; did you mean 'business'?",
        ])
        XCTAssertEqual(try XCTUnwrap(load(text).catalogue).entries.map(\.category), ["bussiness", "auth", "non-standard", "bizness"])
    }

    func testUnreadableRetryable() {
        XCTAssertEqual(rendered("| Code | Retryable | Message |\n|---|---|---|\n| a | maybe | One |\n"), [
            "shop.md:3:7: warning: unreadable retryable value 'maybe' is read as unknown; use ✅/❌/—, yes/no or true/false",
        ])
    }

    func testRowsWithoutACodeContinueTheRowAbove() throws {
        let text = "| Code | Message |\n|---|---|\n| a | A |\n|  | more about a |\n| / | Slash |\n| | |\n"
        XCTAssertEqual(rendered(text), [])
        XCTAssertEqual(try XCTUnwrap(load(text).catalogue).entries.map(\.code), ["a"])
    }

    func testRowsWithoutAMessageSaySo() throws {
        let text = "| Code | Message |\n|---|---|\n| a |  |\n| b | (RESERVED) |\n| c |\n"
        XCTAssertEqual(rendered(text), [])
        let entries = try XCTUnwrap(load(text).catalogue).entries
        XCTAssertEqual(entries.map(\.shownMessage), ["The catalogue gives no message for a.", "The catalogue gives no message for b.", "The catalogue gives no message for c."])
        XCTAssertEqual(entries.map(\.reserved), [false, true, false])
    }

    func testCodesAsPagesWriteThem() throws {
        let text = "| Code | Message |\n|---|---|\n| Not Found | Spaced |\n| ok / `é` | Accented |\n| ~~10018~~ | Struck |\n| `ERR_A` `ERR_B` | Two |\n| 4001/4002<br/>4003 | Three |\n| `auth/invalid-email` | Slashed |\n| 0x52000001 | Hex |\n| -32700 | Negative |\n| `TOO\\_MANY` | Escaped |\n| E100 (legacy) | Remark |\n| **E\\_POINTER** 0x80004003 | Named |\n| {{SPECIFIC_CODE}} | Placeholder |\n| 0x6720 - 0x6732 | Range |\n| DONE* | Footnoted |\n| SMS-UP-410\u{200A} | Hair space |\n| `{\"error\":\"invalid_grant\",\"error_description\":\"x\"}` | Body |\n"
        XCTAssertEqual(rendered(text), [])
        let entries = try XCTUnwrap(load(text).catalogue).entries
        XCTAssertEqual(entries.map(\.code), ["Not Found", "ok", "é", "10018", "ERR_A", "ERR_B", "4001", "4002", "4003", "auth/invalid-email", "0x52000001", "-32700", "TOO_MANY", "E100", "E_POINTER", "DONE", "SMS-UP-410", "invalid_grant"])
        XCTAssertEqual(try XCTUnwrap(load(text).catalogue).namespaces.flatMap(\.families).map(\.code), ["0x6720 - 0x6732"])
        XCTAssertEqual(entries.filter(\.deprecated).map(\.code), ["10018"])
    }

    func testRowWithMoreCellsThanTheHeader() {
        XCTAssertEqual(rendered("| Code | Message |\n|---|---|\n| a | A | extra |\n| b | B | |\n"), [
            "shop.md:3:11: warning: row has 3 cells but the header has 2; the extra cells are ignored (escape a literal pipe as \\|)",
        ])
    }

    func testCatalogueTextInAMessageCannotBreakTheDiagnosticLine() {
        XCTAssertEqual(rendered("| Code | Retryable | Message |\n|---|---|---|\n| a | x<br>shop.md:1:1: error: fake \u{202E} | A |\n"), [
            "shop.md:3:7: warning: unreadable retryable value 'xU+000Ashop.md:1:1: error: fake U+202E' is read as unknown; use ✅/❌/—, yes/no or true/false",
        ])
    }

    // MARK: Across rows

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

    // MARK: Names

    func testCatalogueTypeNamesThatCannotBeUsed() {
        func rendered(_ text: String) -> [String] { self.rendered(text).filter { !$0.contains("no error codes found") } }
        XCTAssertEqual(rendered("---\nerrgen:\n  type: My Shop\n---\n"), [
            "shop.md:3:9: error: 'My ShopError' cannot name the catalogue's type: use ASCII letters, digits and underscores; set 'type:' under 'errgen:' in the front matter",
        ])
        XCTAssertEqual(rendered("---\nerrgen:\n  type: Catalogue\n---\n"), [
            "shop.md:3:9: error: 'CatalogueError' cannot name the catalogue's type: 'CatalogueError' is used by the generated code; set 'type:' under 'errgen:' in the front matter",
        ])
        XCTAssertEqual(rendered("---\nerrgen:\n  type: shop\n---\n"), [
            "shop.md:3:9: error: 'shopError' cannot name the catalogue's type: a type name starts with a capital letter; set 'type:' under 'errgen:' in the front matter",
        ])
    }

    func testTwoNamespacesWithOneTypeName() {
        XCTAssertEqual(rendered("## Auth\n\n| Code | Message |\n|---|---|\n| a | A |\n\n## AUTH\n\n| Code | Message |\n|---|---|\n| b | B |\n"), [
            "shop.md:7:1: error: namespaces 'Auth' and 'AUTH' would both be named 'Auth'; rename one, or pin a name under 'namespaces:' in the front matter",
            "shop.md:1:1: note: 'Auth' is here",
        ])
    }

    func testTwoNamespacesWithOneUmbrellaCase() {
        let text = "## ABC def\n\n| Code | Message |\n|---|---|\n| c | C |\n\n## Abc def\n\n| Code | Message |\n|---|---|\n| d | D |\n"
        XCTAssertEqual(rendered(text), [
            "shop.md:7:1: error: namespaces 'ABC def' and 'Abc def' would both be the case 'abcDef' of 'ShopError'; rename one, or pin a name under 'namespaces:' in the front matter",
            "shop.md:1:1: note: 'ABC def' is here",
        ])
    }

    func testPinnedNamespaceNames() {
        let text = """
            ---
            errgen:
              namespaces:
                Auth: Billing
                Misc: cart
                Ops: ShopError
                Nope: Thing
            ---
            ## Billing

            | Code | Message |
            |---|---|
            | b1 | B |

            ## Auth

            | Code | Message |
            |---|---|
            | a1 | A |

            ## Misc

            | Code | Message |
            |---|---|
            | m1 | M |

            ## Ops

            | Code | Message |
            |---|---|
            | o1 | O |
            """
        XCTAssertEqual(rendered(text), [
            "shop.md:5:11: error: 'cart' cannot name a namespace: a type name starts with a capital letter",
            "shop.md:6:10: error: 'ShopError' cannot name a namespace: it is the catalogue's own type",
            "shop.md:7:11: error: 'namespaces:' pins a name for 'Nope', which is not a namespace of this catalogue; did you mean 'Ops'?",
            "shop.md:15:1: error: namespaces 'Billing' and 'Auth' would both be named 'Billing'; rename one, or pin a name under 'namespaces:' in the front matter",
            "shop.md:9:1: note: 'Billing' is here",
            "shop.md:4:11: note: 'namespaces:' pins 'Auth' to 'Billing' here",
        ])
    }

    func testPinnedCaseNames() {
        let text = """
            ---
            errgen:
              cases:
                b2: first
                b3: first
                b4: Big
                b5: _x
                b6: self
                zz: ghost
            ---
            | Code | Message |
            |---|---|
            | first | A |
            | b2 | B |
            | b3 | C |
            | b4 | D |
            | b5 | E |
            | b6 | F |
            """
        XCTAssertEqual(rendered(text), [
            "shop.md:5:9: error: 'b2' and 'b3' are both pinned to 'first'",
            "shop.md:6:9: error: 'Big' cannot name a case: a case name starts with a lowercase letter",
            "shop.md:7:9: error: '_x' cannot name a case: names that start with '_' are left to the generated code (except before a digit, as in '_404')",
            "shop.md:8:9: error: 'self' cannot name a case: 'self' is used by the generated code",
            "shop.md:9:9: error: 'cases:' pins a name for 'zz', which is not a code of this catalogue; did you mean 'b2'?",
            "shop.md:13:3: warning: 'first' would be named 'first' like 'b3'; it is named 'firstFirst' (pin another name under 'cases:' in the front matter)",
            "shop.md:15:3: note: 'b3' is here",
        ])
    }

    func testCataloguesThatCannotShareAnOutputFolder() throws {
        let text = "---\nerrgen:\n  type: Shop\n---\n| Code | Message |\n|---|---|\n| a | A |\n"
        let catalogues = try ["a.md", "sub/b.md", "sub/A.md"].map { try XCTUnwrap(load(text, path: $0).catalogue) }
        XCTAssertEqual(Generator.checkTogether(catalogues).flatMap { $0.description.split(separator: "\n").map(String.init) }, [
            "sub/b.md:3:9: error: 'sub/b.md' and 'a.md' would both generate 'ShopError'; set another 'type:' in one of them",
            "a.md:3:9: note: 'ShopError' is also made here",
            "sub/A.md:3:9: error: 'sub/A.md' and 'a.md' would both generate 'ShopError'; set another 'type:' in one of them",
            "a.md:3:9: note: 'ShopError' is also made here",
            "sub/A.md:1:1: error: 'a.md' and 'sub/A.md' would generate 'a.errgen.swift' and 'A.errgen.swift', one file where case does not count (macOS, Windows); rename one",
        ])
    }

    // MARK: The configuration file

    func testConfigurationProblems() {
        let source = SourceText(path: "errgen.yml", text: "catalogues: docs\noutput Generated\naccess: pubic\nouput: x\ncatalogues: more\n")
        XCTAssertEqual(RunConfiguration.parse(source).1.flatMap { $0.description.split(separator: "\n").map(String.init) }, [
            "errgen.yml:2:1: error: cannot read 'output Generated' in the configuration; write a setting as 'key: value', with a space after the colon",
            "errgen.yml:5:1: error: 'catalogues' appears twice in the configuration; keep one",
            "errgen.yml:1:1: note: 'catalogues' is first here",
            "errgen.yml:3:9: error: unknown access level 'pubic' (expected public, package or internal); did you mean 'public'?",
            "errgen.yml:4:1: error: unknown setting 'ouput' (expected catalogues, output, access); did you mean 'output'?",
        ])
    }
}
