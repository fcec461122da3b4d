import XCTest
@testable import GenKit

final class CatalogueReaderTests: XCTestCase {
    let shop = """
        ---
        title: Errors
        errgen:
          type: Shop
          docs-url: https://docs.example.com/errors#{anchor}
        ---

        # Shop errors

        | Event | Payload |
        |---|---|
        | cart.created | id |

        | Code | HTTP | Category | Retryable | Message | Hint | Owner |
        |---|---|---|---|---|---|---|
        | `SHOP.CART.0001` | 404 | business | ❌ | Cart not found | Create a cart first. | team-a |
        | `SHOP.CART.0002` | 500/503 | integration | ✅ | Cart store unavailable | | team-b |
        | `SHOP.PAY.STRIPE.0001` | 200 | business | — | (RESERVED) Already paid | | |
        """

    func testReadsEntriesWithEveryField() throws {
        let (catalogue, diagnostics) = load(shop)
        XCTAssertEqual(diagnostics.map(\.description), ["shop.md:10:1: note: table skipped: it lists events, not errors"])
        let catalogueValue = try XCTUnwrap(catalogue)
        XCTAssertEqual(catalogueValue.typeName, "ShopError")
        XCTAssertEqual(catalogueValue.namespaces.map(\.name), ["SHOP.CART", "SHOP.PAY.STRIPE"])
        XCTAssertEqual(catalogueValue.namespaces.map(\.typeName), ["Cart", "PayStripe"])
        let first = catalogueValue.namespaces[0].entries[0]
        XCTAssertEqual(first.code, "SHOP.CART.0001")
        XCTAssertEqual(first.caseName, "cartNotFound")
        XCTAssertEqual(first.location.line, 16)
        XCTAssertEqual(first.statuses, [404])
        XCTAssertEqual(first.category, "business")
        XCTAssertEqual(first.retryable, false)
        XCTAssertEqual(first.hint, "Create a cart first.")
        XCTAssertEqual(first.docsURL, "https://docs.example.com/errors#shop-cart-0001")
        XCTAssertEqual(first.extras, [ExtraField(name: "Owner", value: "team-a")])
        let second = catalogueValue.namespaces[0].entries[1]
        XCTAssertEqual(second.statuses, [500, 503])
        XCTAssertEqual(second.retryable, true)
        XCTAssertNil(second.hint)
        let reserved = catalogueValue.namespaces[1].entries[0]
        XCTAssertTrue(reserved.reserved)
        XCTAssertEqual(reserved.message, "Already paid")
        XCTAssertEqual(reserved.status, 200)
        XCTAssertNil(reserved.retryable)
    }

    func testColumnAliasesAndHeadingNamespaces() throws {
        let text = """
            ## Auth

            | error_code | HTTP status | meaning | frontend handling | docsUrl |
            |---|---:|---|---|---|
            | `AUTH_TOO_MANY_REQUESTS` | 429 | OTP request throttled | Show wait message | [docs](https://x.dev/a) |

            ### `Payment (Apple IAP)`

            | Error code | Status | When fired | Client should |
            |---|---|---|---|
            | `PAYMENT_GRANT_FAILED` / `payment_lost`, `payment_late` | (row) | Grant failed | Retry later |
            | `queues_*_failed` | 500 | Queue action failed | Retry |
            """
        let catalogue = try XCTUnwrap(load(text, path: "cat/app-backend.md").catalogue)
        XCTAssertEqual(catalogue.typeName, "AppBackendError")
        XCTAssertEqual(catalogue.namespaces.map(\.typeName), ["Auth", "PaymentAppleIAP"])
        let auth = catalogue.namespaces[0].entries[0]
        XCTAssertEqual(auth.caseName, "tooManyRequests")
        XCTAssertEqual(auth.hint, "Show wait message")
        XCTAssertEqual(auth.docsURL, "https://x.dev/a")
        let payment = catalogue.namespaces[1]
        XCTAssertEqual(payment.entries.map(\.code), ["PAYMENT_GRANT_FAILED", "payment_lost", "payment_late"])
        XCTAssertEqual(payment.entries.map(\.statusNote), ["(row)", "(row)", "(row)"])
        XCTAssertEqual(payment.entries.map(\.statuses), [[], [], []])
        XCTAssertEqual(payment.families.map(\.code), ["queues_*_failed"])
    }

    func testCodesWithoutHeadingOrDotsUseTheCatalogueName() throws {
        let catalogue = try XCTUnwrap(load("| code | message |\n|---|---|\n| boom | Boom |\n", path: "platform.md").catalogue)
        XCTAssertEqual(catalogue.namespaces.map(\.name), ["Platform"])
        XCTAssertEqual(catalogue.namespaces[0].entries[0].caseName, "boom")
    }

    func testOtherToolsFrontMatterKeysAreIgnored() {
        let other = load("---\ntitle: Hi\ntags:\n  - a\n---\n| Code | Message |\n|---|---|\n| A | B |\n")
        XCTAssertEqual(other.diagnostics, [])
        XCTAssertEqual(other.catalogue?.typeName, "ShopError")
    }

    func testDocsURLTemplateSubstitutesCodeAndAnchor() {
        XCTAssertEqual(FieldValues.anchor(for: "BCK.X402.0008"), "bck-x402-0008")
        XCTAssertEqual(FieldValues.anchor(for: "a__b--C"), "a-b-c")
        let catalogue = load("---\nerrgen:\n  docs-url: https://x.dev/{code}\n---\n| Code | Message |\n|---|---|\n| E_1 | B |\n").catalogue
        XCTAssertEqual(catalogue?.entries.first?.docsURL, "https://x.dev/E_1")
    }

    func testTypeNamesFromFileNamesAsDocsFoldersNameThem() {
        let table = "| Code | Message |\n|---|---|\n| E1 | One |\n"
        let names = ["01-billing-errors.md", "01-errors.md", "errors-and-warnings.md", "404.md", "1st.md", "error_codes.mdx", "api-errors.md"].map {
            load(table, path: "docs/" + $0).catalogue?.typeName
        }
        XCTAssertEqual(names, ["BillingError", "ErrorsError", "ErrorsAndWarningsError", "Catalogue404Error", "Catalogue1stError", "ErrorCodesError", "APIError"])
        XCTAssertEqual(load("---\ntitle: Payments API errors\n---\n" + table, path: "errors.md").catalogue?.typeName, "PaymentsAPIError")
        XCTAssertEqual(load("# Ledger error codes\n\n" + table, path: "errors.md").catalogue?.typeName, "LedgerError")
    }

    func testCataloguesInOtherFormsThanTables() throws {
        let text = """
            # Errors

            ## Definitions

            `M_FORBIDDEN`
            : Forbidden access.

            `M_NOT_FOUND`
            : Nothing there.

            ## 400 BAD_REQUEST

            - FIRSTNAME_INVALID: The first name was rejected
            - `PHONE_CODE_EXPIRED` — The code is too old

            ## Multiline

            #|
            || **HTTP** | **Error code** | **Description** ||
            || 409 | `BucketNotEmpty` | The bucket
            still holds objects. ||
            |#

            <table>
            <tr><th>Error Code</th><th>Description</th></tr>
            <tr><td> 4000
            </td><td> Invalid parameter</td></tr>
            </table>

            ## Error 1000: DNS points to a prohibited IP

            ## Error 1001: DNS resolution error

            ## Steps

            - Install: run the installer
            - Configure: edit the file
            """
        let (catalogue, diagnostics) = load(text, path: "errors.md")
        XCTAssertFalse(diagnostics.containsErrors)
        let entries = try XCTUnwrap(catalogue).namespaces.flatMap(\.entries).sorted { $0.location < $1.location }
        XCTAssertEqual(entries.map(\.code), ["M_FORBIDDEN", "M_NOT_FOUND", "FIRSTNAME_INVALID", "PHONE_CODE_EXPIRED", "BucketNotEmpty", "4000", "1000", "1001"])
        XCTAssertEqual(entries.map(\.statuses), [[], [], [400], [400], [409], [], [], []])
        XCTAssertEqual(entries[4].message, "The bucket\nstill holds objects.")
        XCTAssertEqual(entries[6].message, "DNS points to a prohibited IP")
    }

    func testHeadingsThatAreCodesOnAPageAboutErrors() throws {
        let exitCodes = "# Exit codes\n\n## 0\nSuccess.\n\n## 1\nUnsupported protocol.\n\n## 2\nFailed to start.\n\n## XX\nMore to come.\n"
        XCTAssertEqual(try XCTUnwrap(load(exitCodes, path: "exit-codes.md").catalogue).entries.map(\.code), ["0", "1", "2"])
        let sdk = "# Errors\n\n## ERROR_NO_MODEL\n\nThe model is missing.\n\n## ERROR_SERVER_DOWN\n\nNo server.\n"
        XCTAssertEqual(try XCTUnwrap(load(sdk, path: "sdk.md").catalogue).entries.map(\.code), ["ERROR_NO_MODEL", "ERROR_SERVER_DOWN"])
        // Elsewhere such headings are sections: steps, or methods.
        let guide = "# Guide\n\n## 1\nInstall.\n\n## 2\nConfigure.\n\n## WALLET_SEND\n\n## WALLET_GET\n"
        XCTAssertEqual(try XCTUnwrap(load(guide, path: "guide.md").catalogue).entries.map(\.code), [])
    }

    func testTablesOfStatusesAndNames() throws {
        // `Code | Error`: the error names the row, the code is its status.
        let named = "| Code | Error | Details |\n|---|---|---|\n| 400 | `bad_request` | Bad. |\n| 404 | `not_found` | Gone. |\n| 542 | `upstream_failed` | Upstream. |\n"
        let entries = try XCTUnwrap(load(named).catalogue).entries
        XCTAssertEqual(entries.map(\.code), ["bad_request", "not_found", "upstream_failed"])
        XCTAssertEqual(entries.map(\.statuses), [[400], [404], [542]])
        // `Code | Name` of an API's own numbers that look like statuses: the numbers are the codes.
        let numbered = "## Replication errors\n\n| Code | Name | Message |\n|---|---|---|\n| 213 | `FOLLOWER_READ_ONLY` | Read only. |\n| 214 | `STALE_FOLLOWER` | Stale. |\n"
        XCTAssertEqual(try XCTUnwrap(load(numbered).catalogue).entries.map(\.code), ["213", "214"])
    }

    func testShapesOfFreshPages() throws {
        // HTML rows under a `rowspan` status keep their columns.
        let spans = "<table>\n<tr><th>HTTP</th><th>Error Code</th><th>Description</th></tr>\n<tr><td rowspan=\"2\">400</td><td>E01</td><td>One.</td></tr>\n<tr><td>E02</td><td>Two.</td></tr>\n</table>\n"
        XCTAssertEqual(try XCTUnwrap(load(spans).catalogue).entries.map { "\($0.code) \($0.statuses)" }, ["E01 [400]", "E02 [400]"])
        // A table of statuses and their reason phrases lists no codes.
        let reasons = "# Errors\n\n| HTTP status | Error type | Description |\n|---|---|---|\n| 400 | Bad Request | Bad. |\n| 404 | Not Found | Gone. |\n"
        XCTAssertEqual(try XCTUnwrap(load(reasons).catalogue).entries.map(\.code), [])
        // `Name | Value` of an SDK enum: the value is the code.
        let values = "# Error codes\n\n| Type | Value | Notes |\n|---|---|---|\n| kErrorInvalidToken | -1000 | Bad token. |\n| kErrorJoinRoom | -1001 | Join failed. |\n"
        XCTAssertEqual(try XCTUnwrap(load(values).catalogue).entries.map(\.code), ["-1000", "-1001"])
        // Bold codes in bullets, a table inside a list item, SDK enum members with their wire values.
        let lists = "# Errors\n\n* **E101** Device not responding\n* **E102** Low battery\n\n- **Members**\n\n  | Name | Description |\n  | :-- | :-- |\n  | INVALID_ENGINE | Engine gone. |\n\n* `AutoFund` (value: `'auto_fund'`)\n* `BatchLocked` (value: `'batch_locked'`)\n"
        XCTAssertEqual(try XCTUnwrap(load(lists).catalogue).entries.map(\.code), ["E101", "E102", "INVALID_ENGINE", "auto_fund", "batch_locked"])
    }

    func testShapesOfAFourthBatch() throws {
        // Korean headers, and codes that look like statuses under a heading about errors.
        let korean = "## 기본 에러\n\n| 코드 | 이름 | 설명 |\n| --- | --- | --- |\n| 100 | UNKNOWN_ERROR | 알 수 없음 |\n| 101 | BAD_KEY | 키 오류 |\n"
        XCTAssertEqual(try XCTUnwrap(load(korean).catalogue).entries.map(\.code), ["100", "101"])
        // Hugo's TOML front matter titles the page.
        let toml = "+++\ntitle = \"Error Codes\"\nweight = 2\n+++\n\n|Error Code|Error Description|\n| ----- | ----- |\n|101|System exception.|\n|201|Not found.|\n"
        XCTAssertEqual(try XCTUnwrap(load(toml).catalogue).entries.map(\.code), ["101", "201"])
        // A first column that names groups of rows, and codes wrapped at an underscore.
        let groups = "# Errors\n\n| ResultCode | Name | Value | Description |\n| --- | --- | --- | --- |\n| Connect | CONNECT_SUCCESS | 0 | Done. |\n| | CONNECT_FAIL_<br/>TIMEOUT | 1 | Slow. |\n| | CONNECT_FAIL | 1 | Failed. |\n"
        XCTAssertEqual(try XCTUnwrap(load(groups).catalogue).entries.map(\.code), ["CONNECT_SUCCESS", "CONNECT_FAIL_TIMEOUT", "CONNECT_FAIL"])
        // A list of numbered codes needs no heading about errors.
        let list = "# Auth\n\n* 1001 - Bad password\n* 1002 - Locked out\n* 1003 - Expired\n"
        XCTAssertEqual(try XCTUnwrap(load(list, path: "auth.md").catalogue).entries.map(\.code), ["1001", "1002", "1003"])
        // A generated enum page's quoted values; snake_case codes alone in headings.
        let enumPage = "# Enumeration: SDKErrorCode\n\n| Enumeration Member | Value |\n| --- | --- |\n| `NOT_READY` | `\"NOT_READY\"` |\n| `BUSY` | `\"BUSY\"` |\n"
        XCTAssertEqual(try XCTUnwrap(load(enumPage, path: "enum.md").catalogue).entries.map(\.code), ["NOT_READY", "BUSY"])
        let headed = "# Errors\n\n### `validation_error`\n\nThe body is invalid.\n\n### `not_found`\n\nNothing there.\n"
        XCTAssertEqual(try XCTUnwrap(load(headed, path: "api.md").catalogue).entries.map(\.code), ["validation_error", "not_found"])
    }

    func testFrontMatterNamesColumnsAndPicksTables() throws {
        let page = """
            # Gateway

            ## Responses

            | Gateway response type | Status | Description | Note |
            |---|---|---|---|
            | Quota hit | 429 | Too many calls. | Retry later. |

            ## Limits

            | Code | Message |
            |---|---|
            | LIMIT_A | A limit. |

            ## Opcodes

            | Code | Name |
            |---|---|
            | 1 | Heartbeat |
            """
        func codes(_ settings: String) throws -> [String] {
            let (catalogue, diagnostics) = load("---\nerrgen:\n" + settings + "---\n" + page)
            XCTAssertFalse(diagnostics.containsErrors, diagnostics.map(\.description).joined(separator: "\n"))
            return try XCTUnwrap(catalogue).entries.map(\.code)
        }
        // By default the phrase column is not read as codes, and the opcodes are skipped.
        XCTAssertEqual(try codes("  type: Gate\n"), ["LIMIT_A"])
        XCTAssertEqual(try codes("  columns: {code: Gateway response type, message: Note}\n"), ["Quota hit", "LIMIT_A"])
        XCTAssertEqual(try load("---\nerrgen:\n  columns:\n    code: gateway RESPONSE type\n---\n" + page).catalogue?.entries.first?.message, "Too many calls.")
        XCTAssertEqual(try codes("  tables: [Opcodes]\n"), ["1"])
        XCTAssertEqual(try codes("  tables:\n    - Responses\n    - Limits\n  columns: {code: Gateway response type}\n"), ["Quota hit", "LIMIT_A"])
        XCTAssertEqual(try codes("  skip-tables: [Limits]\n"), [])
    }

    func testStatusForms() {
        func statuses(_ text: String) -> String {
            switch FieldValues.status(text) {
            case .statuses(let values): return values.map(String.init).joined(separator: ",")
            case .note(let note): return "note:" + note
            case .invalid(let token): return "invalid:" + token
            case .partly(let values, let token): return values.map(String.init).joined(separator: ",") + " invalid:" + token
            }
        }
        XCTAssertEqual(statuses("422 / 404"), "422,404")
        XCTAssertEqual(statuses("500/503"), "500,503")
        XCTAssertEqual(statuses("400 or 413"), "400,413")
        XCTAssertEqual(statuses("terminal"), "note:terminal")
        XCTAssertEqual(statuses("—"), "")
        XCTAssertEqual(statuses("999"), "invalid:999")
        XCTAssertEqual(statuses("40"), "invalid:40")
        XCTAssertEqual(statuses("404 Not Found"), "404")
        XCTAssertEqual(statuses("429 (Too Many Requests)"), "429")
        XCTAssertEqual(statuses("999/500"), "500 invalid:999")
    }

    // MARK: What the reader says of tables and cells

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
        XCTAssertEqual(entries.filter { $0.deprecation != nil }.map(\.code), ["10018"])
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
}
