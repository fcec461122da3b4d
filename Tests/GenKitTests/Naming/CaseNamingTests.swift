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
}
