#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One failure from an HTTP error response: the catalogue's typed ``error`` and every field
/// the server sent with it.
///
/// Two kinds of properties:
/// - The stored properties hold what the server sent, typed, and are nil where it sent
///   nothing: ``serverStatus``, ``serverMessage``, ``title``, ``detail``, ``serverHint``,
///   ``serverDocsURL``, ``serverCategory``, ``serverRetryable`` and the rest. A member
///   that none of them holds (an unexpected member, or one whose value they cannot read,
///   such as a `date` that is not ISO 8601) is kept as sent in ``extra``.
/// - ``status``, ``message``, ``hint``, ``docsURL``, ``category`` and ``retryable`` give the
///   server's value and fall back to the catalogue's, which ``error`` holds.
///
/// A failure is a Swift error: `localizedDescription` is ``message`` and
/// `recoverySuggestion` is ``hint``.
///
/// To handle a code that this build may not know yet, compare ``code`` with it:
///
/// ```swift
/// if failure.code == "BCK.PLAN.0042" { … }
/// ```
///
/// The comparison keeps matching when a later catalogue adds the code and ``error``
/// stops being unknown; no pattern can match one particular unknown code.
public struct CatalogueFailure<Error: ErrorCatalogue>: LocalizedError, Hashable, Sendable, CustomStringConvertible {
    /// The catalogue's error for the code, or its unknown value for a code this build does
    /// not know.
    public let error: Error
    /// The HTTP status: the body's `status` (a number, or a numeric string as in JSON:API),
    /// else the response status passed to ``ErrorCatalogue/failures(from:status:headers:)``.
    public let serverStatus: Int?
    /// The body's `message`.
    public let serverMessage: String?
    /// The body's `title`: the short summary of problem details and JSON:API errors.
    public let title: String?
    /// The body's `detail`: the explanation of this occurrence in problem details and
    /// JSON:API errors.
    public let detail: String?
    /// The body's `hint`.
    public let serverHint: String?
    /// The body's `docsUrl`, else its problem `type` when that is an http or https URL.
    public let serverDocsURL: URL?
    /// The body's `category` as sent.
    public let serverCategory: String?
    /// The body's `retryable`.
    public let serverRetryable: Bool?
    /// The request's correlation id: the body's `correlationId`, else the response's
    /// `x-correlation-id` header. Quote it when reporting the failure.
    public let correlationID: String?
    /// The body's `params`: context from where the server raised the error, parsed from the
    /// JSON text the wire carries it in (kept as a string if it is not JSON).
    public let params: JSONValue?
    /// The body's `details`: a technical reason that supplements the message.
    public let details: String?
    /// The body's `uuid`: the server's id of this failure event, distinct from the
    /// correlation id.
    public let uuid: String?
    /// The body's `date`: when the server raised the error, read as ISO 8601.
    public let date: Date?
    /// The body's `stackTrace`, which only development servers send.
    public let stackTrace: String?
    /// The body's `instance`: the problem details' reference to this occurrence.
    public let instance: String?
    /// The JSON:API error's `source.pointer`: a JSON Pointer (RFC 6901) to the request
    /// field that failed.
    public let sourcePointer: String?
    /// The JSON:API error's own `meta`, such as `retry_after_seconds`.
    public let meta: JSONValue?
    /// The body's `resolve` object: what a person or an agent can do about the failure.
    public let resolve: ErrorResolution?
    /// The members of the error that no other property holds, as sent.
    public let extra: [String: JSONValue]
    /// The JSON:API document's top-level `meta`, the same for each of its failures.
    public let documentMeta: JSONValue?
    /// The JSON:API document's top-level members besides `errors` and `meta`, such as
    /// `jsonapi` and `links`.
    public let documentExtra: [String: JSONValue]

    /// The code as the server sent it, known to this build or not. Compare it with a string
    /// to handle a code this build may not know yet.
    public var code: String { error.code }
    /// ``serverStatus``, else the catalogue's status for the code.
    public var status: Int? { serverStatus ?? error.status }
    /// ``serverMessage``, else ``detail``, else ``title``, else the catalogue's message.
    public var message: String { serverMessage ?? detail ?? title ?? error.message }
    /// ``serverHint``, else the ``resolve`` message, else the catalogue's hint.
    public var hint: String? { serverHint ?? resolve?.message ?? error.hint }
    /// ``serverDocsURL``, else the catalogue's docs URL.
    public var docsURL: URL? { serverDocsURL ?? error.docsURL }
    /// ``serverCategory``, else the catalogue's category.
    public var category: ErrorCategory? { serverCategory.map(ErrorCategory.init(_:)) ?? error.category }
    /// ``serverRetryable``, else the catalogue's.
    public var retryable: Bool? { serverRetryable ?? error.retryable }
    /// The JSON:API document's `meta.request_id`, which correlates with the server's logs.
    public var requestID: String? { documentMeta?["request_id"]?.stringValue }
    /// Whether ``status`` is 2xx: the code reports an outcome such as "already in the desired
    /// state", which a client treats as done rather than failed.
    public var isSuccess: Bool { status.map { (200..<300).contains($0) } ?? false }

    /// ``message``.
    public var errorDescription: String? { message }
    /// ``hint``.
    public var recoverySuggestion: String? { hint }
    /// ``details``, the server's technical reason.
    public var failureReason: String? { details }
    /// The code and the message.
    public var description: String { "\(code): \(message)" }
}

extension CatalogueFailure {
    /// Reads one error object; nil when it has no code. The `document` values come from the
    /// JSON:API document around it.
    init?(_ object: [String: JSONValue], status: Int?, correlationHeader: String?, documentMeta: JSONValue?, documentExtra: [String: JSONValue]) {
        var members = JSONValue.Members(object)
        let nonEmpty: (JSONValue) -> String? = { $0.stringValue.flatMap { $0.isEmpty ? nil : $0 } }
        guard let code = members.take("code", nonEmpty) ?? members.take("error_code", nonEmpty) else { return nil }
        let webURL: (JSONValue) -> URL? = { value in
            value.stringValue.flatMap(URL.init(string:)).flatMap { ["http", "https"].contains($0.scheme?.lowercased()) ? $0 : nil }
        }
        self.error = Error(code: code)
        // Text goes through Double(_:) and String.data(using:) rather than the generic Int(_:)
        // and Data(_:), which cost an optimized build of the module far more to specialize.
        self.serverStatus = members.take("status") { $0.intValue ?? $0.stringValue.flatMap { Double($0) }.flatMap { Int(exactly: $0) } } ?? status
        self.serverMessage = members.take("message", \.stringValue)
        self.title = members.take("title", \.stringValue)
        self.detail = members.take("detail", \.stringValue)
        self.serverHint = members.take("hint", \.stringValue)
        self.serverDocsURL = members.take("docsUrl") { $0.stringValue.flatMap(URL.init(string:)) } ?? members.take("type", webURL)
        self.serverCategory = members.take("category", \.stringValue)
        self.serverRetryable = members.take("retryable", \.boolValue)
        self.correlationID = members.take("correlationId", \.stringValue) ?? correlationHeader
        self.params = members.take("params") { params in
            params.stringValue.flatMap { $0.data(using: .utf8) }.flatMap { try? JSONDecoder().decode(JSONValue.self, from: $0) } ?? params
        }
        self.details = members.take("details", \.stringValue)
        self.uuid = members.take("uuid", \.stringValue)
        self.date = members.take("date") { $0.stringValue.flatMap(Self.date(iso8601:)) }
        self.stackTrace = members.take("stackTrace", \.stringValue)
        self.instance = members.take("instance", \.stringValue)
        self.sourcePointer = members.take(object: "source") { $0.take("pointer", \.stringValue) }
        self.meta = members.take("meta") { $0 }
        self.resolve = members.take(object: "resolve") { resolve in
            ErrorResolution(
                message: resolve.take("message", \.stringValue),
                url: resolve.take("url") { $0.stringValue.flatMap(URL.init(string:)) },
                action: resolve.take("action", \.stringValue),
                method: resolve.take("method", \.stringValue),
                endpoint: resolve.take("endpoint", \.stringValue))
        }
        self.extra = members.remaining
        self.documentMeta = documentMeta
        self.documentExtra = documentExtra
    }

    /// An ISO 8601 date and time, with or without fractional seconds.
    private static func date(iso8601 text: String) -> Date? {
        #if canImport(FoundationEssentials)
            // FoundationEssentials has the format style, not the formatter.
            if let date = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) { return date }
            return try? Date(text, strategy: Date.ISO8601FormatStyle())
        #else
            // The formatter is made here because it is not `Sendable`.
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            if let date = formatter.date(from: text) { return date }
            formatter.formatOptions = [.withInternetDateTime]
            return formatter.date(from: text)
        #endif
    }
}
