import Foundation
import ErrGenRuntime
import GenKit
import XCTest

/// Exercises the committed generated code of catalogues/ as client code would, and checks
/// every accessor of every code against the catalogue itself.
final class CatalogueTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func model(_ name: String) throws -> NamedCatalogue {
        let data = try Data(contentsOf: Self.root.appendingPathComponent("catalogues/\(name)"))
        return try XCTUnwrap(Generator.catalogue(path: name, bytes: Array(data)).0)
    }

    /// Every accessor of every known code, against the catalogue's entry.
    func check<E: CatalogueError & CaseIterable>(_ type: E.Type, against name: String, lookup: (String) -> E, file: StaticString = #filePath, line: UInt = #line) throws {
        let entries = try model(name).entries
        XCTAssertEqual(E.allCases.map(\.code), entries.map(\.code), file: file, line: line)
        for entry in entries {
            let error = lookup(entry.code)
            XCTAssertEqual(error.code, entry.code, file: file, line: line)
            // The case's own name, as reflection reads it from the value: the table's row for a
            // case is the row of the code it was declared for.
            XCTAssertEqual(caseName(of: error), entry.caseName, entry.code, file: file, line: line)
            XCTAssertEqual(error.status, entry.status, entry.code, file: file, line: line)
            XCTAssertEqual(error.category?.rawValue, entry.category, entry.code, file: file, line: line)
            XCTAssertEqual(error.retryable, entry.retryable, entry.code, file: file, line: line)
            XCTAssertEqual(error.message, entry.message, entry.code, file: file, line: line)
            XCTAssertEqual(error.hint, entry.hint, entry.code, file: file, line: line)
            XCTAssertEqual(error.docsURL?.absoluteString, entry.docsURL, entry.code, file: file, line: line)
        }
    }

    /// The name of the namespace case inside an umbrella value, `.cart(.cartNotFound)` → `cartNotFound`.
    func caseName(of error: some CatalogueError) -> String? {
        guard let payload = Mirror(reflecting: error).children.first?.value else { return nil }
        return String(describing: payload)
    }

    func testEveryCodeReadsBackAsTheCatalogueSaysIt() throws {
        try check(NeverminedError.self, against: "nevermined.errors.md", lookup: NeverminedError.init(code:))
        try check(AppBackendError.self, against: "app-backend.errors.md", lookup: AppBackendError.init(code:))
        try check(SpeiValidationError.self, against: "spei-validation.errors.md", lookup: SpeiValidationError.init(code:))
        try check(PlatformError.self, against: "platform.errors.md", lookup: PlatformError.init(code:))
    }

    /// Every namespace's own `init?(code:)` and `allCases`, which come from ErrGenRuntime and
    /// find the namespace through its entries: each code gives its case in its own namespace
    /// and nil in every other, and `allCases` lists the namespace's codes in catalogue order.
    func testEveryNamespaceLooksUpItsOwnCodes() {
        checkNamespaces(of: NeverminedError.self)
        checkNamespaces(of: AppBackendError.self)
        checkNamespaces(of: SpeiValidationError.self)
        checkNamespaces(of: PlatformError.self)
    }

    typealias NamespaceEnum = CatalogueError & CaseIterable & Hashable & _CaseIndexed

    func checkNamespaces<E: CatalogueError & CaseIterable>(of type: E.Type, file: StaticString = #filePath, line: UInt = #line) {
        let values = E.allCases.compactMap { Mirror(reflecting: $0).children.first?.value as? any NamespaceEnum }
        XCTAssertEqual(values.count, E.allCases.count, "every value's payload is a namespace enum", file: file, line: line)
        let codes = values.map(\.code)
        var checked: Set<ObjectIdentifier> = []
        for value in values where checked.insert(ObjectIdentifier(Swift.type(of: value))).inserted {
            check(namespaceOf: value, codes: codes, in: values, file: file, line: line)
        }
        XCTAssertGreaterThan(checked.count, 1, file: file, line: line)
    }

    func check<N: NamespaceEnum>(namespaceOf _: N, codes: [String], in values: [any NamespaceEnum], file: StaticString, line: UInt) {
        let own = values.compactMap { $0 as? N }
        XCTAssertEqual(N.allCases, own, "\(N.self).allCases", file: file, line: line)
        for (code, value) in zip(codes, values) {
            XCTAssertEqual(N(code: code), value as? N, "\(N.self)(code: \"\(code)\")", file: file, line: line)
        }
        XCTAssertNil(N(code: "not.a.code"), file: file, line: line)
    }

    func testNamespaceLookupsAndValues() {
        XCTAssertEqual(NeverminedError(code: "BCK.AGENT.0001"), .agent(.invalidAgentExecutionStatus))
        XCTAssertEqual(NeverminedError.Agent(code: "BCK.AGENT.0001"), .invalidAgentExecutionStatus)
        XCTAssertNil(NeverminedError.Agent(code: "BCK.APIKEY.0001"))
        XCTAssertEqual(NeverminedError.X402.allCases.count, 17)
        let error = NeverminedError.agent(.invalidAgentExecutionStatus)
        XCTAssertEqual(error.status, 400)
        XCTAssertEqual(error.category, .business)
        XCTAssertNil(error.retryable)
        XCTAssertEqual(error.docsURL, URL(string: "https://docs.nevermined.app/api-reference/errors#bck-agent-0001"))
        XCTAssertEqual(AppBackendError(code: "AUTH_TOO_MANY_REQUESTS"), .auth(.tooManyRequests))
        XCTAssertEqual(AppBackendError.Auth.tooManyRequests.hint, "Show wait message")
        XCTAssertEqual(SpeiValidationError(code: "dispatch_failed").status, 500, "the Generic resources listing gives the status the first listing leaves out")
        XCTAssertEqual(SpeiValidationError(code: "bank_code_unresolvable_for_phone").code, "bank_code_unresolvable_for_phone")
        XCTAssertEqual(PlatformError.BillingAndSubscription.noActivePlan.message, "No billing plan selected.")
    }

    func testUnknownCodesKeepTheCode() {
        let error = NeverminedError(code: "BCK.AGENT.9999")
        guard case .unknown(let unknown) = error else { return XCTFail("known: \(error)") }
        XCTAssertEqual(unknown.code, "BCK.AGENT.9999")
        XCTAssertEqual(error.code, "BCK.AGENT.9999")
        XCTAssertNil(error.status)
        XCTAssertNil(error.category)
        XCTAssertTrue(error.message.contains("BCK.AGENT.9999"))
        XCTAssertEqual(NeverminedError(code: "BCK.AGENT.9999"), NeverminedError(code: "BCK.AGENT.9999"))
        XCTAssertNotEqual(NeverminedError(code: "BCK.AGENT.9999"), NeverminedError(code: "BCK.AGENT.9998"))
    }

    /// A switch over a namespace compiles only when it is exhaustive: this function is the
    /// proof; adding a code to app-backend.errors.md's Avatar table makes it fail to compile.
    func avatarAdvice(_ error: AppBackendError.Avatar) -> String {
        switch error {
        case .fileInvalid: "pick another image"
        case .pathScopeInvalid: "refresh"
        case .signedURLFailed, .uploadFailed: "retry"
        }
    }

    func testExhaustiveSwitchAndCategoryFallback() {
        XCTAssertEqual(avatarAdvice(.uploadFailed), "retry")
        func advice(_ error: NeverminedError) -> String {
            switch error {
            case .agent(.invalidAgentExecutionStatus): return "refresh the agent"
            case .unknown: return "generic"
            default:
                switch (error.category, error.retryable) {
                case (.integration?, _), (_, true?): return "retry"
                case (.auth?, _): return "sign in"
                default: return "show message"
                }
            }
        }
        XCTAssertEqual(advice(NeverminedError(code: "BCK.AGENT.0001")), "refresh the agent")
        XCTAssertEqual(advice(NeverminedError(code: "BCK.COMMON.0029")), "retry")
        XCTAssertEqual(advice(NeverminedError(code: "BCK.APIKEY.0004")), "sign in")
        XCTAssertEqual(advice(NeverminedError(code: "nope")), "generic")
    }

    func testErrorsDropIntoSwiftErrorHandling() {
        do {
            throw AppBackendError.auth(.unauthorized)
        } catch let error as AppBackendError {
            XCTAssertEqual(error.localizedDescription, "Missing or invalid auth credentials")
            XCTAssertEqual(error.recoverySuggestion, "Force logout and redirect to login")
            XCTAssertEqual("\(error)", "AUTH_UNAUTHORIZED")
        } catch {
            XCTFail("\(error)")
        }
    }

    func testAllCasesAreInCatalogueOrderAndDistinct() {
        XCTAssertEqual(NeverminedError.allCases.count, 298)
        XCTAssertEqual(Set(NeverminedError.allCases).count, 298)
        XCTAssertEqual(NeverminedError.allCases.first, .agent(.invalidAgentExecutionStatus))
        XCTAssertEqual(SpeiValidationError.allCases.count, 349)
    }

    /// Umbrella values are equal when their codes are, namespace values when their cases are,
    /// and equal values hash alike, also with sets and dictionaries of them.
    func testEqualityAndHashingFollowTheCode() {
        let all = PlatformError.allCases + [PlatformError(code: "not_a_code"), PlatformError(code: "not_a_code"), PlatformError(code: "other")]
        for a in all {
            for b in all {
                XCTAssertEqual(a == b, a.code == b.code, "\(a) == \(b)")
                if a == b { XCTAssertEqual(a.hashValue, b.hashValue, "\(a)") }
            }
        }
        XCTAssertEqual(Set(all).count, PlatformError.allCases.count + 2)
        let stripe = NeverminedError.Stripe.allCases
        for (i, a) in stripe.enumerated() {
            for (j, b) in stripe.enumerated() {
                XCTAssertEqual(a == b, i == j, "\(a) == \(b)")
            }
        }
        let byError = Dictionary(uniqueKeysWithValues: stripe.map { ($0, $0.code) })
        XCTAssertTrue(stripe.allSatisfy { byError[$0] == $0.code })
    }
}
