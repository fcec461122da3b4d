@testable import AppClient
import ErrGenRuntime
import Foundation
import XCTest

final class AppClientTests: XCTestCase {
    /// One row of the catalogue's error tables.
    struct Row {
        var code: String
        var status: Int
        var message: String
        var hint: String
    }

    /// The catalogue's rows, read with plain string splitting rather than errgen's reader, so
    /// the generated code is checked against the file itself. Every row of app-backend.errors.md has
    /// the shape `` | `CODE` | status | meaning | frontend handling | ``.
    func catalogueRows() throws -> [Row] {
        let catalogue = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/AppClient/app-backend.errors.md")
        let text = try String(contentsOf: catalogue, encoding: .utf8)
        return try text.split(separator: "\n").filter { $0.hasPrefix("| `") }.map { line in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "`", with: "") }
            let message = cells[2].hasPrefix("(RESERVED) ") ? String(cells[2].dropFirst("(RESERVED) ".count)) : cells[2]
            return Row(code: cells[0], status: try XCTUnwrap(Int(cells[1])), message: message, hint: cells[3])
        }
    }

    func testEveryCodeReadsBackAsTheCatalogueSaysIt() throws {
        let rows = try catalogueRows()
        XCTAssertEqual(rows.count, 69)
        XCTAssertEqual(AppBackendError.allCases.map(\.code), rows.map(\.code))
        for row in rows {
            let error = AppBackendError(code: row.code)
            if case .unknown = error { XCTFail("\(row.code) is unknown") }
            XCTAssertEqual(error.code, row.code)
            XCTAssertEqual(error.status, row.status, row.code)
            XCTAssertEqual(error.message, row.message, row.code)
            XCTAssertEqual(error.hint, row.hint, row.code)
            // The catalogue has no categories, retryable flags or docs links.
            XCTAssertNil(error.category, row.code)
            XCTAssertNil(error.retryable, row.code)
            XCTAssertNil(error.docsURL, row.code)
        }
    }

    func testNamespacesAreTypes() {
        XCTAssertEqual(AppBackendError(code: "AUTH_TOO_MANY_REQUESTS"), .auth(.tooManyRequests))
        XCTAssertEqual(AppBackendError.Auth(code: "AUTH_UNAUTHORIZED"), .unauthorized)
        XCTAssertNil(AppBackendError.Auth(code: "PROFILE_NOT_FOUND"))
        XCTAssertEqual(AppBackendError.Auth.allCases.count, 7)
        XCTAssertEqual(AppBackendError.PaymentAppleIAP.grantFailed.status, 500)
    }

    func testAUnknownCodeKeepsTheCode() {
        let error = AppBackendError(code: "PROFILE_FROZEN")
        guard case .unknown = error else { return XCTFail("known: \(error)") }
        XCTAssertEqual(error.code, "PROFILE_FROZEN")
        XCTAssertNil(error.status)
        XCTAssertNil(error.hint)
        XCTAssertTrue(error.message.contains("PROFILE_FROZEN"), error.message)
        XCTAssertEqual(reaction(to: error), .show(message: error.message, link: nil))
    }

    func testReactions() {
        XCTAssertEqual(reaction(toCode: "AUTH_REFRESH_TOKEN_INVALID"), .signIn)
        XCTAssertEqual(reaction(toCode: "AUTH_TOO_MANY_REQUESTS"), .offerRetry(message: "OTP request throttled"))
        XCTAssertEqual(reaction(toCode: "AUTH_USER_NOT_FOUND"), .show(message: "User not found", link: nil))
        // Outside Auth, the status decides: 5xx and 429 can be retried, the rest is shown.
        XCTAssertEqual(reaction(toCode: "AGENT_ASR_UNAVAILABLE"), .offerRetry(message: "Upstream ASR service unavailable"))
        XCTAssertEqual(reaction(toCode: "AGENT_SSE_CONNECTION_LIMIT"), .offerRetry(message: "Too many concurrent SSE connections per user"))
        XCTAssertEqual(reaction(toCode: "FEEDBACK_CONTENT_EMPTY"), .show(message: "Feedback content is empty", link: nil))
    }

    func testErrorsAreThrownAndCaughtAsSwiftErrors() {
        XCTAssertThrowsError(try { throw AppBackendError(code: "PROFILE_NOT_FOUND") }()) { thrown in
            guard case AppBackendError.profile(.notFound) = thrown else { return XCTFail("\(thrown)") }
            XCTAssertEqual(thrown.localizedDescription, "User profile row missing")
        }
    }
}
