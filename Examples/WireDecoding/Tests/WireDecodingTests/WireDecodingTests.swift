import ErrGenRuntime
import Foundation
import WireDecoding
import XCTest

/// Canned Nevermined API responses, as a client receives them, through the generated
/// `NeverminedError.failures(from:status:headers:)` and the app's `ErrorReaction`.
final class WireDecodingTests: XCTestCase {
    /// A flat error object (seed 001), with the correlation id in a header.
    func testFlatErrorObject() throws {
        let body = Data(#"""
            {
              "code": "BCK.X402.0015",
              "message": "Permission not found",
              "docsUrl": "https://docs.nevermined.app/api-reference/errors#bck-x402-0015",
              "category": "business",
              "retryable": false,
              "params": "{\"planId\":\"did:nv:plan-1\",\"agentId\":\"did:nv:agent-9\"}",
              "uuid": "e-0f8fad5b-d9cb-469f-a165-70867728950e",
              "date": "2025-06-02T10:15:30.120Z"
            }
            """#.utf8)
        let failures = try NeverminedError.failures(from: body, status: 404, headers: ["X-Correlation-Id": "7d1c2e"])
        let failure = try XCTUnwrap(failures.first)
        XCTAssertEqual(failures.count, 1)
        XCTAssertEqual(failure.error, .x402(.permissionNotFound))
        XCTAssertEqual(failure.status, 404)
        XCTAssertEqual(failure.message, "Permission not found")
        XCTAssertEqual(failure.hint, NeverminedError.X402.permissionNotFound.hint, "the catalogue's hint, as the body has none")
        XCTAssertEqual(failure.category, .business)
        XCTAssertEqual(failure.retryable, false)
        XCTAssertEqual(failure.correlationID, "7d1c2e")
        XCTAssertEqual(failure.params?["planId"], "did:nv:plan-1")
        XCTAssertEqual(failure.uuid, "e-0f8fad5b-d9cb-469f-a165-70867728950e")
        XCTAssertNotNil(failure.date)
        XCTAssertEqual(failure.extra, [:])
        XCTAssertEqual(ErrorReaction(failure), .show(message: "Permission not found",
                                                    learnMore: URL(string: "https://docs.nevermined.app/api-reference/errors#bck-x402-0015"),
                                                    supportReference: "7d1c2e"))
    }

    /// An informational code sent with 200: already done.
    func testAlreadyInTheDesiredState() {
        let body = Data(#"{"code": "BCK.PROTOCOL.0019", "message": "The plan is already in the desired state"}"#.utf8)
        XCTAssertEqual(ErrorReaction(body: body, status: 200, headers: [:]), .nothing)
    }

    /// A JSON:API document (seed 002) with three errors, one of a code this build does not know.
    func testJSONAPIDocument() throws {
        let body = Data(#"""
            {
              "errors": [
                {"status": "503", "code": "BCK.COMMON.0029", "detail": "Database temporarily unavailable", "meta": {"retry_after_seconds": 15}},
                {"status": "401", "code": "BCK.AUTH.0002", "detail": "Authentication required"},
                {"status": "422", "code": "BCK.AGENT.0420", "detail": "Agent endpoint is unreachable", "source": {"pointer": "/data/attributes/endpoint"}}
              ],
              "meta": {"request_id": "a1b2c3d4e5f6"}
            }
            """#.utf8)
        let failures = try NeverminedError.failures(from: body, status: 503)
        XCTAssertEqual(failures.map(\.code), ["BCK.COMMON.0029", "BCK.AUTH.0002", "BCK.AGENT.0420"])
        XCTAssertEqual(failures[0].error, .common(.databaseTemporarilyUnavailable))
        XCTAssertEqual(failures[1].error, .auth(.authenticationRequired))
        guard case .unknown = failures[2].error else { return XCTFail("known: \(failures[2].error)") }
        XCTAssertEqual(failures.map(\.status), [503, 401, 422])
        XCTAssertEqual(failures[2].sourcePointer, "/data/attributes/endpoint")
        XCTAssertEqual(failures[2].message, "Agent endpoint is unreachable")
        XCTAssertEqual(failures.map(\.requestID), ["a1b2c3d4e5f6", "a1b2c3d4e5f6", "a1b2c3d4e5f6"])
        XCTAssertEqual(failures.map(ErrorReaction.init), [
            .retry(afterSeconds: 15),
            .signIn,
            .show(message: "Agent endpoint is unreachable", learnMore: nil, supportReference: "a1b2c3d4e5f6"),
        ])
    }

    /// RFC 7807 problem details with a `code` extension (seed 003).
    func testProblemDetailsWithACode() throws {
        let body = Data(#"""
            {"type": "about:blank", "title": "Unauthorized", "status": 401,
             "detail": "Invalid Nevermined API Key", "instance": "/api/v1/agents", "code": "BCK.APIKEY.0004"}
            """#.utf8)
        let failure = try XCTUnwrap(NeverminedError.failures(from: body, status: 401).first)
        XCTAssertEqual(failure.error, .apikey(.invalidNeverminedAPIKey))
        XCTAssertEqual(failure.title, "Unauthorized")
        XCTAssertEqual(failure.instance, "/api/v1/agents")
        XCTAssertEqual(failure.category, .auth)
        XCTAssertEqual(failure.extra, ["type": "about:blank"])
        XCTAssertEqual(ErrorReaction(failure), .signIn)
    }

    /// RFC 9457 problem details with `error_code` and a `resolve` action (seed 004), for a code
    /// this build does not know yet.
    func testProblemDetailsWithAResolveAction() throws {
        let body = Data(#"""
            {
              "type": "https://docs.nevermined.app/api-reference/errors#bck-credits-0099",
              "title": "Payment Required",
              "status": 402,
              "detail": "The plan's credits are used up.",
              "error_code": "BCK.CREDITS.0099",
              "resolve": {
                "message": "Top up the plan to continue.",
                "url": "https://nevermined.app/plans/did:nv:plan-1",
                "action": "top_up",
                "method": "POST",
                "endpoint": "/api/v1/plans/did:nv:plan-1/top-up"
              }
            }
            """#.utf8)
        let failure = try XCTUnwrap(NeverminedError.failures(from: body).first)
        guard case .unknown = failure.error else { return XCTFail("known: \(failure.error)") }
        XCTAssertEqual(failure.code, "BCK.CREDITS.0099")
        XCTAssertEqual(failure.status, 402)
        XCTAssertEqual(failure.docsURL, URL(string: "https://docs.nevermined.app/api-reference/errors#bck-credits-0099"))
        XCTAssertEqual(failure.resolve?.action, "top_up")
        XCTAssertEqual(failure.resolve?.method, "POST")
        XCTAssertEqual(failure.resolve?.endpoint, "/api/v1/plans/did:nv:plan-1/top-up")
        XCTAssertEqual(failure.hint, "Top up the plan to continue.")
        XCTAssertEqual(ErrorReaction(failure), .offer(message: "Top up the plan to continue.", url: URL(string: "https://nevermined.app/plans/did:nv:plan-1")))
    }

    /// A code handled by comparing it as a string works before and after the catalogue has it.
    func testACodeComparedAsAString() throws {
        let body = Data(#"{"code": "BCK.X402.0018", "message": "x402 session expired"}"#.utf8)
        let failure = try XCTUnwrap(NeverminedError.failures(from: body, status: 401).first)
        XCTAssertEqual(failure.code, "BCK.X402.0018")
        XCTAssertEqual(ErrorReaction(failure), .signIn)
    }

    /// A failure is a Swift error.
    func testFailuresAreSwiftErrors() throws {
        let body = Data(#"{"code": "BCK.COMMON.0029", "message": "Database temporarily unavailable", "details": "primary failover"}"#.utf8)
        let error: any Error = try XCTUnwrap(NeverminedError.failures(from: body, status: 503).first)
        XCTAssertEqual(error.localizedDescription, "Database temporarily unavailable")
        XCTAssertEqual((error as? LocalizedError)?.failureReason, "primary failover")
        XCTAssertEqual((error as? NeverminedError.Failure)?.error, .common(.databaseTemporarilyUnavailable))
    }

    /// A proxy's HTML page is not an error body.
    func testABodyThatIsNotAnErrorBody() {
        let body = Data("<html><body><h1>502 Bad Gateway</h1></body></html>".utf8)
        XCTAssertThrowsError(try NeverminedError.failures(from: body, status: 502)) { error in
            XCTAssertEqual(error as? ErrorBodyDecodingError, .notJSON)
        }
        XCTAssertEqual(ErrorReaction(body: body, status: 502, headers: [:]),
                       .show(message: "The server answered with HTTP status 502.", learnMore: nil, supportReference: nil))
    }
}
