import ErrGenRuntime
import Foundation
import XCTest

/// Error response bodies in the four shapes of the seeds, through the generated
/// `failures(from:status:headers:)` of the catalogue each seed goes with: nevermined.errors.md (a flat
/// object), spei-validation.errors.md (JSON:API), app-backend.errors.md (RFC 7807 with `code`) and
/// platform.errors.md (RFC 9457 with `error_code` and `resolve`).
final class ErrorResponseDecodingTests: XCTestCase {
    func data(_ text: String) -> Data { Data(text.utf8) }

    // MARK: Seed 001: one flat object

    func testFlatObjectWithEveryField() throws {
        let body = #"""
            {
              "code": "BCK.COMMON.0029",
              "message": "Database temporarily unavailable (primary failover)",
              "hint": "Retry in a few seconds.",
              "docsUrl": "https://docs.nevermined.app/api-reference/errors#bck-common-0029",
              "category": "integration",
              "retryable": true,
              "correlationId": "c0ffee-1",
              "params": "{\"agentId\":\"did:nv:1\",\"attempt\":2,\"flags\":[true,null]}",
              "details": "pg: connection refused",
              "uuid": "e-5c8e1a9e-2f1b-4c7e-9d3a-0b1f2e3d4c5b",
              "date": "2025-03-14T09:26:53.589Z",
              "stackTrace": "Error: connection refused\n    at Pool.connect"
            }
            """#
        let failures = try NeverminedError.failures(from: data(body), status: 503, headers: ["X-Correlation-ID": "from-header"])
        XCTAssertEqual(failures.count, 1)
        let failure = try XCTUnwrap(failures.first)
        XCTAssertEqual(failure.error, .common(.databaseTemporarilyUnavailable))
        XCTAssertEqual(failure.code, "BCK.COMMON.0029")
        XCTAssertEqual(failure.serverStatus, 503)
        XCTAssertEqual(failure.serverMessage, "Database temporarily unavailable (primary failover)")
        XCTAssertEqual(failure.serverHint, "Retry in a few seconds.")
        XCTAssertEqual(failure.serverDocsURL, URL(string: "https://docs.nevermined.app/api-reference/errors#bck-common-0029"))
        XCTAssertEqual(failure.serverCategory, "integration")
        XCTAssertEqual(failure.category, .integration)
        XCTAssertEqual(failure.serverRetryable, true)
        XCTAssertEqual(failure.correlationID, "c0ffee-1", "the body's correlation id wins over the header")
        XCTAssertEqual(failure.params, ["agentId": "did:nv:1", "attempt": 2, "flags": [true, .null]])
        XCTAssertEqual(failure.params?["attempt"]?.intValue, 2)
        XCTAssertEqual(failure.details, "pg: connection refused")
        XCTAssertEqual(failure.uuid, "e-5c8e1a9e-2f1b-4c7e-9d3a-0b1f2e3d4c5b")
        XCTAssertEqual(try XCTUnwrap(failure.date).timeIntervalSince1970, 1741944413.589, accuracy: 0.001)
        XCTAssertEqual(failure.stackTrace, "Error: connection refused\n    at Pool.connect")
        XCTAssertEqual(failure.extra, [:])
        XCTAssertNil(failure.title)
        XCTAssertNil(failure.detail)
        XCTAssertNil(failure.sourcePointer)
        XCTAssertNil(failure.meta)
        XCTAssertNil(failure.resolve)
        XCTAssertNil(failure.documentMeta)
        XCTAssertEqual(failure.documentExtra, [:])
        // The combined accessors prefer what the server sent.
        XCTAssertEqual(failure.message, "Database temporarily unavailable (primary failover)")
        XCTAssertEqual(failure.hint, "Retry in a few seconds.")
        XCTAssertEqual(failure.retryable, true)
        XCTAssertEqual(failure.status, 503)
        XCTAssertFalse(failure.isSuccess)
    }

    func testFlatObjectWithOnlyTheLockedFieldsFallsBackToTheCatalogue() throws {
        let failure = try XCTUnwrap(NeverminedError.failures(from: data(#"{"code": "BCK.COMMON.0029", "message": "Database temporarily unavailable"}"#)).first)
        XCTAssertEqual(failure.error, .common(.databaseTemporarilyUnavailable))
        XCTAssertNil(failure.serverStatus)
        XCTAssertNil(failure.serverHint)
        XCTAssertNil(failure.serverDocsURL)
        XCTAssertNil(failure.serverCategory)
        XCTAssertNil(failure.serverRetryable)
        XCTAssertNil(failure.correlationID)
        XCTAssertNil(failure.params)
        XCTAssertNil(failure.date)
        XCTAssertEqual(failure.status, 503)
        XCTAssertEqual(failure.hint, NeverminedError.Common.databaseTemporarilyUnavailable.hint)
        XCTAssertEqual(failure.docsURL, URL(string: "https://docs.nevermined.app/api-reference/errors#bck-common-0029"))
        XCTAssertEqual(failure.category, .integration)
        XCTAssertEqual(failure.retryable, true)
        XCTAssertEqual(failure.extra, [:])
    }

    func testFlatObjectWithAnUnknownCodeKeepsTheCodeAndEveryField() throws {
        let body = #"""
            {"code": "BCK.AGENT.0999", "message": "Agent quota exceeded", "hint": "Upgrade the plan.",
             "docsUrl": "https://docs.nevermined.app/api-reference/errors#bck-agent-0999", "category": "business",
             "retryable": false, "correlationId": "id-7", "params": "{\"limit\":10}", "date": "2025-03-14T09:26:53Z"}
            """#
        let failure = try XCTUnwrap(NeverminedError.failures(from: data(body), status: 429).first)
        guard case .unknown(let unknown) = failure.error else { return XCTFail("known: \(failure.error)") }
        XCTAssertEqual(unknown.code, "BCK.AGENT.0999")
        XCTAssertEqual(failure.code, "BCK.AGENT.0999")
        XCTAssertEqual(failure.status, 429)
        XCTAssertEqual(failure.message, "Agent quota exceeded")
        XCTAssertEqual(failure.hint, "Upgrade the plan.")
        XCTAssertEqual(failure.docsURL, URL(string: "https://docs.nevermined.app/api-reference/errors#bck-agent-0999"))
        XCTAssertEqual(failure.category, .business)
        XCTAssertEqual(failure.retryable, false)
        XCTAssertEqual(failure.correlationID, "id-7")
        XCTAssertEqual(failure.params, ["limit": 10])
        XCTAssertEqual(failure.date, Date(timeIntervalSince1970: 1741944413))
        XCTAssertEqual(failure.extra, [:])
    }

    func testMembersNoPropertyReadsAreKeptAsSent() throws {
        let body = #"""
            {"code": "BCK.X402.0008", "message": "Failed to order crypto plan", "category": "billing",
             "retryable": "sometimes", "date": "yesterday", "params": "not json", "traceparent": "00-abc-01",
             "limits": {"daily": 5}}
            """#
        let failure = try XCTUnwrap(NeverminedError.failures(from: data(body)).first)
        XCTAssertEqual(failure.error, .x402(.failedToOrderCryptoPlan))
        XCTAssertEqual(failure.serverCategory, "billing", "a category outside ErrorCategory is kept as sent")
        XCTAssertEqual(failure.category, ErrorCategory("billing"), "categories are an open set: the server's word stands")
        XCTAssertNil(failure.serverRetryable)
        XCTAssertNil(failure.date)
        XCTAssertEqual(failure.params, "not json", "params that are not JSON text stay a string")
        XCTAssertEqual(failure.extra, ["retryable": "sometimes", "date": "yesterday", "traceparent": "00-abc-01", "limits": ["daily": 5]])
    }

    func testCorrelationIDFromTheHeaderInAnyLetterCase() throws {
        let body = data(#"{"code": "BCK.X402.0008", "message": "Failed to order crypto plan"}"#)
        for name in ["x-correlation-id", "X-Correlation-Id", "X-CORRELATION-ID"] {
            let failure = try XCTUnwrap(NeverminedError.failures(from: body, headers: ["Content-Type": "application/json", name: "req-42"]).first)
            XCTAssertEqual(failure.correlationID, "req-42", name)
        }
        XCTAssertNil(try NeverminedError.failures(from: body, headers: ["x-request-id": "other"]).first?.correlationID)
    }

    func testA2xxCodeMeansAlreadyDone() throws {
        let body = data(#"{"code": "BCK.PROTOCOL.0018", "message": "The agent is already in the desired state"}"#)
        let failure = try XCTUnwrap(NeverminedError.failures(from: body, status: 200).first)
        XCTAssertEqual(failure.error, .protocolErrors(.agentAlreadyInDesiredState))
        XCTAssertTrue(failure.isSuccess)
        XCTAssertTrue(try XCTUnwrap(NeverminedError.failures(from: body).first).isSuccess, "from the catalogue's status 200")
    }

    // MARK: Seed 002: JSON:API

    func testJSONAPIDocumentFromTheSeed() throws {
        let body = #"""
            {
              "errors": [
                {
                  "status": "422",
                  "code": "phone_not_verified",
                  "detail": "Phone is not verified.",
                  "source": { "pointer": "/data/attributes/phone" },
                  "meta": { "masked_phone": "+52 55 ••••1234" }
                }
              ],
              "meta": {
                "version": "1.47.0",
                "api_version": "v1",
                "request_id": "a1b2c3d4e5f6",
                "datetime": { "timezone": "UTC", "format": "ISO 8601" }
              }
            }
            """#
        let failures = try SpeiValidationError.failures(from: data(body), status: 422)
        XCTAssertEqual(failures.count, 1)
        let failure = try XCTUnwrap(failures.first)
        XCTAssertEqual(failure.error, .otp2faAndVerification(.phoneNotVerified))
        XCTAssertEqual(failure.serverStatus, 422, "the string status, read as a number")
        XCTAssertEqual(failure.status, 422, "the server's status wins over the catalogue's 403")
        XCTAssertEqual(failure.detail, "Phone is not verified.")
        XCTAssertEqual(failure.message, "Phone is not verified.")
        XCTAssertEqual(failure.hint, "Trigger POST /v1/auth/request-verification-otp")
        XCTAssertEqual(failure.sourcePointer, "/data/attributes/phone")
        XCTAssertEqual(failure.meta, ["masked_phone": "+52 55 ••••1234"])
        XCTAssertEqual(failure.requestID, "a1b2c3d4e5f6")
        XCTAssertEqual(failure.documentMeta?["datetime"]?["timezone"], "UTC")
        XCTAssertEqual(failure.documentMeta?["version"], "1.47.0")
        XCTAssertEqual(failure.extra, [:])
        XCTAssertEqual(failure.documentExtra, [:])
    }

    func testJSONAPIDocumentWithThreeErrorsGivesThreeFailuresInOrder() throws {
        let body = #"""
            {
              "jsonapi": { "version": "1.1" },
              "errors": [
                { "status": "422", "code": "required", "detail": "The name field is required.",
                  "source": { "pointer": "/data/attributes/name" } },
                { "status": "422", "code": "invalid_clabe_checksum", "detail": "CLABE check digit fails.",
                  "source": { "pointer": "/data/attributes/clabe", "parameter": "clabe" } },
                { "status": "429", "code": "beneficiary_quota_exceeded", "title": "Quota exceeded",
                  "meta": { "retry_after_seconds": 30 }, "id": "err-3" }
              ],
              "meta": { "request_id": "req-3" }
            }
            """#
        let failures = try SpeiValidationError.failures(from: data(body), status: 422, headers: ["x-correlation-id": "corr-3"])
        XCTAssertEqual(failures.map(\.code), ["required", "invalid_clabe_checksum", "beneficiary_quota_exceeded"])
        XCTAssertEqual(failures[0].error, .genericFieldValidation(.required))
        XCTAssertEqual(failures[1].error, .genericFieldValidation(.invalidCLABEChecksum))
        guard case .unknown = failures[2].error else { return XCTFail("known: \(failures[2].error)") }
        XCTAssertEqual(failures.map(\.serverStatus), [422, 422, 429])
        XCTAssertEqual(failures.map(\.sourcePointer), ["/data/attributes/name", "/data/attributes/clabe", nil])
        XCTAssertEqual(failures.map(\.requestID), ["req-3", "req-3", "req-3"])
        XCTAssertEqual(failures.map(\.correlationID), ["corr-3", "corr-3", "corr-3"])
        XCTAssertEqual(failures.map(\.documentExtra), Array(repeating: ["jsonapi": ["version": "1.1"]], count: 3))
        XCTAssertEqual(failures[0].extra, [:])
        XCTAssertEqual(failures[1].extra, ["source": ["pointer": "/data/attributes/clabe", "parameter": "clabe"]],
                       "a source with more than a pointer is kept whole")
        XCTAssertEqual(failures[2].meta?["retry_after_seconds"]?.intValue, 30)
        XCTAssertEqual(failures[2].title, "Quota exceeded")
        XCTAssertEqual(failures[2].message, "Quota exceeded")
        XCTAssertEqual(failures[2].extra, ["id": "err-3"])
    }

    // MARK: Seed 003: RFC 7807 problem details with a `code` extension

    func testProblemDetailsWithACode() throws {
        let body = #"""
            {"type": "about:blank", "title": "Too Many Requests", "status": 429,
             "detail": "Too many OTP requests; try again in 60 seconds.", "instance": "/v1/auth/otp",
             "code": "AUTH_TOO_MANY_REQUESTS"}
            """#
        let failure = try XCTUnwrap(AppBackendError.failures(from: data(body)).first)
        XCTAssertEqual(failure.error, .auth(.tooManyRequests))
        XCTAssertEqual(failure.serverStatus, 429)
        XCTAssertEqual(failure.title, "Too Many Requests")
        XCTAssertEqual(failure.detail, "Too many OTP requests; try again in 60 seconds.")
        XCTAssertEqual(failure.message, "Too many OTP requests; try again in 60 seconds.")
        XCTAssertEqual(failure.hint, "Show wait message")
        XCTAssertEqual(failure.instance, "/v1/auth/otp")
        XCTAssertNil(failure.serverDocsURL, "about:blank is not documentation")
        XCTAssertEqual(failure.extra, ["type": "about:blank"])
    }

    func testProblemDetailsWithAnUnknownCode() throws {
        let body = #"{"title": "Gone", "status": 410, "detail": "The divination was archived.", "code": "AGENT_SESSION_ARCHIVED"}"#
        let failure = try XCTUnwrap(AppBackendError.failures(from: data(body)).first)
        guard case .unknown = failure.error else { return XCTFail("known: \(failure.error)") }
        XCTAssertEqual(failure.code, "AGENT_SESSION_ARCHIVED")
        XCTAssertEqual(failure.status, 410)
        XCTAssertEqual(failure.message, "The divination was archived.")
        XCTAssertNil(failure.hint)
        XCTAssertEqual(failure.extra, [:])
    }

    // MARK: Seed 004: RFC 9457 problem details with `error_code` and `resolve`

    func testProblemDetailsWithAnErrorCodeAndAResolveAction() throws {
        let body = #"""
            {
              "type": "https://docs.example.com/errors/no_active_plan",
              "title": "Payment Required",
              "status": 402,
              "detail": "Your organization has no billing plan.",
              "error_code": "no_active_plan",
              "resolve": {
                "message": "Select a billing plan to continue.",
                "url": "https://app.example.com/settings/billing",
                "action": "select_plan",
                "method": "POST",
                "endpoint": "/v1/billing/plan"
              }
            }
            """#
        let failure = try XCTUnwrap(PlatformError.failures(from: data(body)).first)
        XCTAssertEqual(failure.error, .billingAndSubscription(.noActivePlan))
        XCTAssertEqual(failure.status, 402)
        XCTAssertEqual(failure.title, "Payment Required")
        XCTAssertEqual(failure.message, "Your organization has no billing plan.")
        XCTAssertEqual(failure.docsURL, URL(string: "https://docs.example.com/errors/no_active_plan"))
        let resolve = try XCTUnwrap(failure.resolve)
        XCTAssertEqual(resolve.message, "Select a billing plan to continue.")
        XCTAssertEqual(resolve.url, URL(string: "https://app.example.com/settings/billing"))
        XCTAssertEqual(resolve.action, "select_plan")
        XCTAssertEqual(resolve.method, "POST")
        XCTAssertEqual(resolve.endpoint, "/v1/billing/plan")
        XCTAssertEqual(failure.hint, "Select a billing plan to continue.", "the resolve message, where the body has no hint")
        XCTAssertEqual(failure.extra, [:])
    }

    func testProblemDetailsWithAnUnknownErrorCodeAndAnUnexpectedResolveMember() throws {
        let body = #"""
            {"type": "https://docs.example.com/errors/seat_limit", "title": "Payment Required", "status": 402,
             "error_code": "seat_limit", "resolve": {"action": "add_seats", "method": "POST", "endpoint": "/v1/seats", "max": 50}}
            """#
        let failure = try XCTUnwrap(PlatformError.failures(from: data(body)).first)
        XCTAssertEqual(failure.code, "seat_limit")
        guard case .unknown = failure.error else { return XCTFail("known: \(failure.error)") }
        XCTAssertEqual(failure.message, "Payment Required")
        XCTAssertEqual(failure.resolve?.action, "add_seats")
        XCTAssertNil(failure.resolve?.message)
        XCTAssertNil(failure.hint)
        XCTAssertEqual(failure.extra, ["resolve": ["action": "add_seats", "method": "POST", "endpoint": "/v1/seats", "max": 50]],
                       "a resolve object with more than the five members is kept whole")
    }

    // MARK: Forward compatibility and Swift error handling

    func testComparingTheCodeMatchesBeforeAndAfterTheCodeIsKnown() throws {
        func isProductGone(_ failure: AppBackendError.Failure) -> Bool {
            failure.code == "PAYMENT_PRODUCT_NOT_FOUND"
        }
        let known = try XCTUnwrap(AppBackendError.failures(from: data(#"{"code": "PAYMENT_PRODUCT_NOT_FOUND"}"#)).first)
        XCTAssertEqual(known.error, .paymentAppleIAP(.productNotFound))
        XCTAssertTrue(isProductGone(known))
        // The same body decoded by a build whose catalogue does not know the code yet.
        let unknown = try XCTUnwrap(PlatformError.failures(from: data(#"{"code": "PAYMENT_PRODUCT_NOT_FOUND"}"#)).first)
        XCTAssertEqual(unknown.code, "PAYMENT_PRODUCT_NOT_FOUND")
        guard case .unknown = unknown.error else { return XCTFail("known: \(unknown.error)") }
    }

    func testFailuresDropIntoSwiftErrorHandling() throws {
        let body = data(#"{"code": "BCK.X402.0008", "message": "Could not order the plan", "hint": "Top up the wallet.", "details": "insufficient funds"}"#)
        do {
            throw try XCTUnwrap(NeverminedError.failures(from: body, status: 500).first)
        } catch let failure as NeverminedError.Failure {
            XCTAssertEqual(failure.localizedDescription, "Could not order the plan")
            XCTAssertEqual(failure.recoverySuggestion, "Top up the wallet.")
            XCTAssertEqual(failure.failureReason, "insufficient funds")
            XCTAssertEqual("\(failure)", "BCK.X402.0008: Could not order the plan")
        }
    }

    // MARK: Bodies that are not error bodies

    func testBodiesThatAreNotErrorBodies() {
        let cases: [(body: String, expected: ErrorBodyDecodingError)] = [
            ("", .emptyBody),
            (" \n\t", .emptyBody),
            ("<html><body>502 Bad Gateway</body></html>", .notJSON),
            (#"{"code": "BCK.X402.0008""#, .notJSON),
            (#"["BCK.X402.0008"]"#, .notAnErrorBody),
            (#""BCK.X402.0008""#, .notAnErrorBody),
            (#"{"data": {"id": "1"}}"#, .notAnErrorBody),
            (#"{"code": ""}"#, .notAnErrorBody),
            (#"{"code": 404, "message": "Not found"}"#, .notAnErrorBody),
            (#"{"errors": "something failed"}"#, .notAnErrorBody),
            (#"{"errors": []}"#, .emptyErrors),
            (#"{"errors": [{"code": "required"}, {"detail": "no code"}]}"#, .errorWithoutCode(index: 1)),
            (#"{"errors": ["required"]}"#, .errorWithoutCode(index: 0)),
        ]
        for (body, expected) in cases {
            XCTAssertThrowsError(try SpeiValidationError.failures(from: data(body)), body) { error in
                XCTAssertEqual(error as? ErrorBodyDecodingError, expected, body)
            }
        }
        XCTAssertEqual(ErrorBodyDecodingError.errorWithoutCode(index: 1).localizedDescription, "Entry 1 of the response body's errors array has no code.")
        XCTAssertEqual(ErrorBodyDecodingError.notJSON.localizedDescription, "The response body is not JSON.")
    }

    func testAnObjectWithACodeBesideAnErrorsArrayIsOneError() throws {
        let body = #"{"code": "AUTH_UNAUTHORIZED", "errors": [{"field": "token", "message": "expired"}]}"#
        let failures = try AppBackendError.failures(from: data(body))
        XCTAssertEqual(failures.map(\.error), [.auth(.unauthorized)])
        XCTAssertEqual(failures.first?.extra, ["errors": [["field": "token", "message": "expired"]]])
    }

    // MARK: JSONValue

    func testJSONValueCodesEveryKindOfValue() throws {
        let text = #"{"a":[1,2.5,"x",true,false,null],"b":{"c":{}}}"#
        let value = try JSONDecoder().decode(JSONValue.self, from: data(text))
        XCTAssertEqual(value, ["a": [1, 2.5, "x", true, false, .null], "b": ["c": [:]]])
        XCTAssertEqual(try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value)), value)
        XCTAssertEqual(value["a"]?.arrayValue?.count, 6)
        XCTAssertEqual(value["a"]?.arrayValue?[1].doubleValue, 2.5)
        XCTAssertNil(value["a"]?.arrayValue?[1].intValue)
        XCTAssertEqual(value["a"]?.arrayValue?[3].boolValue, true)
        XCTAssertNil(value["a"]?.arrayValue?[0].boolValue, "a number is not a Boolean")
        XCTAssertEqual(value["b"]?.objectValue?.keys.sorted(), ["c"])
        XCTAssertNil(value["missing"])
        XCTAssertNil(JSONValue.string("x")["a"])
    }
}
