import XCTest
@testable import GenKit

final class CaseNamingTests: XCTestCase {
    func names(_ rows: [(String, String)], heading: String? = "Auth", frontMatter: String = "") -> ([String], [Diagnostic]) {
        var text = frontMatter
        if let heading { text += "## \(heading)\n\n" }
        text += "| Code | Message |\n|---|---|\n" + rows.map { "| \($0.0) | \($0.1) |" }.joined(separator: "\n") + "\n"
        let (catalogue, diagnostics) = load(text)
        return (catalogue?.entries.map(\.caseName) ?? [], diagnostics)
    }

    func testSymbolicCodesDropTheirNamespaceWords() {
        XCTAssertEqual(names([("AUTH_TOO_MANY_REQUESTS", "x"), ("AUTH", "y"), ("invalid_api_key", "z")]).0,
                       ["tooManyRequests", "auth", "invalidAPIKey"])
        XCTAssertEqual(names([("AGENT_SESSION_RUN_LIMIT_EXCEEDED", "x"), ("AGENT_RUNTIME_MODE_INVALID", "y")], heading: "Agent Session").0,
                       ["runLimitExceeded", "runtimeModeInvalid"])
    }

    func testNumericCodesTakeTheMessage() {
        XCTAssertEqual(names([("BCK.AGENT.0001", "Invalid Agent Execution Status"),
                              ("BCK.AGENT.0002", "Agent lookup failed: agent with the given entryId not found"),
                              ("BCK.AGENT.0003", "API Key with given hash not found")]).0,
                       ["invalidAgentExecutionStatus", "agentLookupFailed", "apiKeyWithGivenHashNotFound"])
    }

    func testCollisionsAreResolvedDeterministicallyAndReported() {
        let (result, diagnostics) = names([("BCK.A.0001", "Creation failed: no invoice"), ("BCK.A.0002", "Creation failed: no intent"),
                                           ("BCK.A.0003", "Not found"), ("BCK.A.0004", "Not found")])
        XCTAssertEqual(result, ["creationFailed", "creationFailedNoIntent", "notFound", "notFound0004"])
        XCTAssertEqual(diagnostics.map(\.severity), [.warning, .warning])
        XCTAssertEqual(diagnostics.map(\.location.line), [6, 8])
        XCTAssertEqual(diagnostics[1].notes.map(\.location.line), [7])
    }

    func testPinsWinAndAreChecked() {
        let frontMatter = "---\nerrgen:\n  cases:\n    BCK.A.0002: secondOne\n    BCK.A.0009: ghost\n---\n"
        let (result, diagnostics) = names([("BCK.A.0001", "Not found"), ("BCK.A.0002", "Not found")], frontMatter: frontMatter)
        XCTAssertEqual(result, ["notFound", "secondOne"])
        XCTAssertEqual(diagnostics.map(\.description), ["shop.md:5:17: error: 'cases:' pins a name for 'BCK.A.0009', which is not a code of this catalogue; did you mean 'BCK.A.0001'?"])
    }

    func testNamesThatAreNotValidIdentifiersAreMadeValid() {
        let (result, _) = names([("default", "x"), ("self", "y"), ("init", "z"), ("404_not_found", "w"), ("code", "v"),
                                 ("BCK.A.0001", "Café crème indisponible"), ("BCK.A.0002", "日本語"), ("allCases", "u"), ("internal", "t")], heading: nil)
        XCTAssertEqual(result, ["default", "self_", "init_", "_404NotFound", "code_", "allCases_", "internal", "cafeCremeIndisponible", "riBenYu"])
        XCTAssertEqual(CaseNaming.escaped("default"), "`default`")
        XCTAssertEqual(CaseNaming.escaped("internal"), "`internal`")
    }

    func testNamespaceTypeNames() throws {
        let text = "## OTP, 2FA, and verification\n\n| Code | Message |\n|---|---|\n| otp_x | X |\n\n## Failure\n\n| Code | Message |\n|---|---|\n| f | F |\n\n## URL\n\n| Code | Message |\n|---|---|\n| u | U |\n"
        let catalogue = try XCTUnwrap(load(text).catalogue)
        XCTAssertEqual(catalogue.namespaces.map(\.typeName), ["OTP2FAAndVerification", "FailureErrors", "URLErrors"])
        XCTAssertEqual(catalogue.entries[0].caseName, "x")
    }

    func testNamespaceTypesAndUmbrellaCasesNeverShareAName() throws {
        let headings = ["2FA", "404", "URL validation", "Shop Error", "Unknown", "Internal"]
        let text = headings.enumerated().map { "## \($1)\n\n| Code | Message |\n|---|---|\n| c\($0) | M |\n" }.joined(separator: "\n")
        let (catalogue, diagnostics) = load(text)
        XCTAssertEqual(diagnostics, [])
        let namespaces = try XCTUnwrap(catalogue).namespaces
        XCTAssertEqual(namespaces.map(\.typeName), ["_2Fa", "_404Errors", "URLValidation", "ShopErrorErrors", "Unknown", "Internal"])
        XCTAssertEqual(namespaces.map(\.caseName), ["_2fa", "_404errors", "urlValidation", "shopErrorErrors", "unknown_", "internal"])
    }

    /// The runtime's types are used inside each umbrella type, so no namespace may shadow them.
    func testNamespacesDoNotTakeTheNamesOfTheRuntimeTypes() throws {
        let names = ["Error Catalogue", "Catalogue Failure", "Error Resolution", "Error Body Decoding Error", "JSON Value", "Catalogue Entry"]
        let text = names.enumerated().map { index, name in "## \(name)\n\n| Code | Message |\n|---|---|\n| c\(index) | M |\n" }.joined(separator: "\n")
        let catalogue = try XCTUnwrap(load(text).catalogue)
        XCTAssertEqual(catalogue.namespaces.map(\.typeName),
                       ["ErrorCatalogueErrors", "CatalogueFailureErrors", "ErrorResolutionErrors", "ErrorBodyDecodingErrorErrors", "JSONValueErrors", "CatalogueEntryErrors"])
        // Naming checks the catalogue's own type, so every GenKit caller gets the error.
        let umbrella = load("---\nerrgen:\n  type: ErrorBodyDecoding\n---\n| Code | Message |\n|---|---|\n| c | M |\n")
        XCTAssertEqual(umbrella.diagnostics.map(\.message), ["'ErrorBodyDecodingError' cannot name the catalogue's type: 'ErrorBodyDecodingError' is used by the generated code; set 'type:' under 'errgen:' in the front matter"])
    }

    // MARK: What naming says: names that cannot be used, collisions, pins

    func testCatalogueTypeNamesThatCannotBeUsed() {
        func typeProblems(_ text: String) -> [String] { rendered(text).filter { !$0.contains("no error codes found") } }
        XCTAssertEqual(typeProblems("---\nerrgen:\n  type: My Shop\n---\n"), [
            "shop.md:3:9: error: 'My ShopError' cannot name the catalogue's type: use ASCII letters, digits and underscores; set 'type:' under 'errgen:' in the front matter",
        ])
        XCTAssertEqual(typeProblems("---\nerrgen:\n  type: Catalogue\n---\n"), [
            "shop.md:3:9: error: 'CatalogueError' cannot name the catalogue's type: 'CatalogueError' is used by the generated code; set 'type:' under 'errgen:' in the front matter",
        ])
        XCTAssertEqual(typeProblems("---\nerrgen:\n  type: shop\n---\n"), [
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
}
