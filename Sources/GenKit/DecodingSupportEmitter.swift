/// Emits the part of the support file that turns an HTTP error response into typed failures.
///
/// All of the decoding lives here, once per output folder, written generically over
/// ``ErrorCatalogue`` (the protocol every umbrella enum conforms to); a catalogue's own file
/// adds only a conformance and a `Failure` typealias. That keeps the per-catalogue code, the
/// part that grows with the number of catalogues, as small to compile as it was.
enum DecodingSupportEmitter {
    /// The Swift source of the decoding support types, with `access` on every declaration that
    /// client code uses.
    static func emit(access: AccessLevel) -> String {
        let a = access.modifier
        return #"""

            /// A catalogue's umbrella type: a value for every code the catalogue lists, and an
            /// `unknown` value for any other code, so that every code off the wire makes one.
            ///
            /// errgen makes the umbrella enum of every catalogue conform, which gives it
            /// ``failures(from:status:headers:)``.
            \#(a)protocol ErrorCatalogue: CatalogueError {
                /// The error with `code`; a code the catalogue does not list gives the unknown value.
                init(code: String)
            }

            extension ErrorCatalogue {
                /// The failures an HTTP error response reports, in the order its body lists them.
                ///
                /// The body may take any of these shapes:
                /// - one JSON object with a `code`: a flat error object (`code`, `message`, `hint`,
                ///   `docsUrl`, `category`, `retryable`, `correlationId`, `params`, …) or RFC 7807
                ///   problem details with a `code` extension;
                /// - RFC 9457 problem details with an `error_code` extension and a `resolve` object;
                /// - a JSON:API document: an `errors` array, one failure per entry, and a top-level
                ///   `meta`.
                ///
                /// A code that this build's catalogue does not list gives a failure whose
                /// ``CatalogueFailure/error`` is the unknown value, with the code and every field.
                ///
                /// - Parameters:
                ///   - data: The response body.
                ///   - status: The response's HTTP status, for errors whose body does not give one.
                ///   - headers: The response's headers. `x-correlation-id`, in any letter case, gives the
                ///     correlation id of errors whose body does not.
                /// - Returns: The failures, at least one.
                /// - Throws: ``ErrorBodyDecodingError`` when the body is not an error body.
                \#(a)static func failures(from data: Data, status: Int? = nil, headers: [String: String] = [:]) throws -> [CatalogueFailure<Self>] {
                    guard data.contains(where: { !JSONValue.isWhitespace($0) }) else { throw ErrorBodyDecodingError.emptyBody }
                    guard let body = try? JSONDecoder().decode(JSONValue.self, from: data) else { throw ErrorBodyDecodingError.notJSON }
                    guard case .object(var document) = body else { throw ErrorBodyDecodingError.notAnErrorBody }
                    let correlationHeader = headers.first { $0.key.lowercased() == "x-correlation-id" }?.value
                    // A JSON:API document: its errors, each with the document's other members.
                    if document["code"] == nil, document["error_code"] == nil, case .array(let errors)? = document["errors"] {
                        guard !errors.isEmpty else { throw ErrorBodyDecodingError.emptyErrors }
                        document["errors"] = nil
                        let documentMeta = document.removeValue(forKey: "meta")
                        return try errors.enumerated().map { index, error in
                            guard case .object(let object) = error,
                                  let failure = CatalogueFailure<Self>(object, status: status, correlationHeader: correlationHeader, documentMeta: documentMeta, documentExtra: document)
                            else { throw ErrorBodyDecodingError.errorWithoutCode(index: index) }
                            return failure
                        }
                    }
                    guard let failure = CatalogueFailure<Self>(document, status: status, correlationHeader: correlationHeader, documentMeta: nil, documentExtra: [:]) else {
                        throw ErrorBodyDecodingError.notAnErrorBody
                    }
                    return [failure]
                }
            }

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
            \#(a)struct CatalogueFailure<Error: ErrorCatalogue>: LocalizedError, Hashable, Sendable, CustomStringConvertible {
                /// The catalogue's error for the code, or its unknown value for a code this build does
                /// not know.
                \#(a)let error: Error
                /// The HTTP status: the body's `status` (a number, or a numeric string as in JSON:API),
                /// else the response status passed to ``ErrorCatalogue/failures(from:status:headers:)``.
                \#(a)let serverStatus: Int?
                /// The body's `message`.
                \#(a)let serverMessage: String?
                /// The body's `title`: the short summary of problem details and JSON:API errors.
                \#(a)let title: String?
                /// The body's `detail`: the explanation of this occurrence in problem details and
                /// JSON:API errors.
                \#(a)let detail: String?
                /// The body's `hint`.
                \#(a)let serverHint: String?
                /// The body's `docsUrl`, else its problem `type` when that is an http or https URL.
                \#(a)let serverDocsURL: URL?
                /// The body's `category` as sent, whether or not it is an ``ErrorCategory``.
                \#(a)let serverCategory: String?
                /// The body's `retryable`.
                \#(a)let serverRetryable: Bool?
                /// The request's correlation id: the body's `correlationId`, else the response's
                /// `x-correlation-id` header. Quote it when reporting the failure.
                \#(a)let correlationID: String?
                /// The body's `params`: context from where the server raised the error, parsed from the
                /// JSON text the wire carries it in (kept as a string if it is not JSON).
                \#(a)let params: JSONValue?
                /// The body's `details`: a technical reason that supplements the message.
                \#(a)let details: String?
                /// The body's `uuid`: the server's id of this failure event, distinct from the
                /// correlation id.
                \#(a)let uuid: String?
                /// The body's `date`: when the server raised the error, read as ISO 8601.
                \#(a)let date: Date?
                /// The body's `stackTrace`, which only development servers send.
                \#(a)let stackTrace: String?
                /// The body's `instance`: the problem details' reference to this occurrence.
                \#(a)let instance: String?
                /// The JSON:API error's `source.pointer`: a JSON Pointer (RFC 6901) to the request
                /// field that failed.
                \#(a)let sourcePointer: String?
                /// The JSON:API error's own `meta`, such as `retry_after_seconds`.
                \#(a)let meta: JSONValue?
                /// The body's `resolve` object: what a person or an agent can do about the failure.
                \#(a)let resolve: ErrorResolution?
                /// The members of the error that no other property holds, as sent.
                \#(a)let extra: [String: JSONValue]
                /// The JSON:API document's top-level `meta`, the same for each of its failures.
                \#(a)let documentMeta: JSONValue?
                /// The JSON:API document's top-level members besides `errors` and `meta`, such as
                /// `jsonapi` and `links`.
                \#(a)let documentExtra: [String: JSONValue]

                /// The code as the server sent it, known to this build or not. Compare it with a string
                /// to handle a code this build may not know yet.
                \#(a)var code: String { error.code }
                /// ``serverStatus``, else the catalogue's status for the code.
                \#(a)var status: Int? { serverStatus ?? error.status }
                /// ``serverMessage``, else ``detail``, else ``title``, else the catalogue's message.
                \#(a)var message: String { serverMessage ?? detail ?? title ?? error.message }
                /// ``serverHint``, else the ``resolve`` message, else the catalogue's hint.
                \#(a)var hint: String? { serverHint ?? resolve?.message ?? error.hint }
                /// ``serverDocsURL``, else the catalogue's docs URL.
                \#(a)var docsURL: URL? { serverDocsURL ?? error.docsURL }
                /// ``serverCategory`` when it is an ``ErrorCategory``, else the catalogue's category.
                \#(a)var category: ErrorCategory? { serverCategory.flatMap(ErrorCategory.init(rawValue:)) ?? error.category }
                /// ``serverRetryable``, else the catalogue's.
                \#(a)var retryable: Bool? { serverRetryable ?? error.retryable }
                /// The JSON:API document's `meta.request_id`, which correlates with the server's logs.
                \#(a)var requestID: String? { documentMeta?["request_id"]?.stringValue }
                /// Whether ``status`` is 2xx: the code reports an outcome such as "already in the desired
                /// state", which a client treats as done rather than failed.
                \#(a)var isSuccess: Bool { status.map { (200..<300).contains($0) } ?? false }

                /// ``message``.
                \#(a)var errorDescription: String? { message }
                /// ``hint``.
                \#(a)var recoverySuggestion: String? { hint }
                /// ``details``, the server's technical reason.
                \#(a)var failureReason: String? { details }
                /// The code and the message.
                \#(a)var description: String { "\(code): \(message)" }
            }

            extension CatalogueFailure {
                /// Reads one error object; nil when it has no code. The `document` values come from the
                /// JSON:API document around it.
                fileprivate init?(_ object: [String: JSONValue], status: Int?, correlationHeader: String?, documentMeta: JSONValue?, documentExtra: [String: JSONValue]) {
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

                /// An ISO 8601 date and time, with or without fractional seconds. The formatter is made
                /// here because it is not `Sendable`.
                private static func date(iso8601 text: String) -> Date? {
                    let formatter = ISO8601DateFormatter()
                    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
                    if let date = formatter.date(from: text) { return date }
                    formatter.formatOptions = [.withInternetDateTime]
                    return formatter.date(from: text)
                }
            }

            /// What to do about a failure, from the body's `resolve` object (RFC 9457 style): a call to
            /// action for a person, and an endpoint an agent can call.
            \#(a)struct ErrorResolution: Hashable, Sendable {
                /// The call to action, such as "Select a billing plan to continue."
                \#(a)let message: String?
                /// Where a person can fix the problem.
                \#(a)let url: URL?
                /// The kind of fix, for agents to branch on, such as `select_plan`.
                \#(a)let action: String?
                /// The HTTP method to call ``endpoint`` with.
                \#(a)let method: String?
                /// The API path that fixes the problem.
                \#(a)let endpoint: String?
            }

            /// Why a response body did not decode into failures.
            \#(a)enum ErrorBodyDecodingError: LocalizedError, Hashable, Sendable {
                /// The body is empty, or only whitespace.
                case emptyBody
                /// The body is not JSON, such as a proxy's HTML error page.
                case notJSON
                /// The body is JSON but not an error body: neither an object with a `code` or
                /// `error_code` nor a JSON:API document with an `errors` array.
                case notAnErrorBody
                /// The body is a JSON:API document whose `errors` array is empty.
                case emptyErrors
                /// The entry at `index` of the JSON:API `errors` array is not an object with a `code`.
                case errorWithoutCode(index: Int)

                /// What is wrong with the body.
                \#(a)var errorDescription: String? {
                    switch self {
                    case .emptyBody: "The response body is empty."
                    case .notJSON: "The response body is not JSON."
                    case .notAnErrorBody: "The response body is JSON but has no error code."
                    case .emptyErrors: "The response body's errors array is empty."
                    case .errorWithoutCode(let index): "Entry \(index) of the response body's errors array has no code."
                    }
                }
            }

            /// A JSON value as the server sent it, for the parts of an error body that have no fixed
            /// shape.
            \#(a)enum JSONValue: Hashable, Sendable, Codable {
                /// `null`.
                case null
                /// `true` or `false`.
                case bool(Bool)
                /// A number.
                case number(Double)
                /// A string.
                case string(String)
                /// An array.
                case array([JSONValue])
                /// An object, by member name.
                case object([String: JSONValue])

                /// The member `key` of an object; nil for a missing member or a value that is not an
                /// object.
                \#(a)subscript(key: String) -> JSONValue? {
                    objectValue?[key]
                }

                /// The string, if the value is one.
                \#(a)var stringValue: String? {
                    if case .string(let string) = self { string } else { nil }
                }

                /// The number, if the value is one.
                \#(a)var doubleValue: Double? {
                    if case .number(let number) = self { number } else { nil }
                }

                /// The number, if the value is a number without a fractional part that fits an `Int`.
                \#(a)var intValue: Int? {
                    doubleValue.flatMap { Int(exactly: $0) }
                }

                /// The Boolean, if the value is one.
                \#(a)var boolValue: Bool? {
                    if case .bool(let bool) = self { bool } else { nil }
                }

                /// The elements, if the value is an array.
                \#(a)var arrayValue: [JSONValue]? {
                    if case .array(let array) = self { array } else { nil }
                }

                /// The members, if the value is an object.
                \#(a)var objectValue: [String: JSONValue]? {
                    if case .object(let object) = self { object } else { nil }
                }

                /// Decodes any JSON value.
                \#(a)init(from decoder: any Decoder) throws {
                    let container = try decoder.singleValueContainer()
                    if container.decodeNil() {
                        self = .null
                    } else if let bool = try? container.decode(Bool.self) {
                        self = .bool(bool)
                    } else if let number = try? container.decode(Double.self) {
                        self = .number(number)
                    } else if let string = try? container.decode(String.self) {
                        self = .string(string)
                    } else if let array = try? container.decode([JSONValue].self) {
                        self = .array(array)
                    } else {
                        self = .object(try container.decode([String: JSONValue].self))
                    }
                }

                /// Encodes the value as the JSON it stands for.
                \#(a)func encode(to encoder: any Encoder) throws {
                    var container = encoder.singleValueContainer()
                    switch self {
                    case .null: try container.encodeNil()
                    case .bool(let bool): try container.encode(bool)
                    case .number(let number): try container.encode(number)
                    case .string(let string): try container.encode(string)
                    case .array(let array): try container.encode(array)
                    case .object(let object): try container.encode(object)
                    }
                }

                /// Whether `byte` is JSON whitespace.
                fileprivate static func isWhitespace(_ byte: UInt8) -> Bool {
                    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
                }

                /// The members of one JSON object, taken one by one by the properties that read them;
                /// what is left is what none of them holds.
                fileprivate struct Members {
                    private(set) var remaining: [String: JSONValue]

                    init(_ object: [String: JSONValue]) {
                        remaining = object
                    }

                    /// `read` of the member `key`, which is then no longer left. Nil, and the member stays,
                    /// when it is missing or `read` cannot read it.
                    mutating func take<Value>(_ key: String, _ read: (JSONValue) -> Value?) -> Value? {
                        guard let member = remaining[key], let value = read(member) else { return nil }
                        remaining[key] = nil
                        return value
                    }

                    /// `read` of the members of the object member `key`, which is no longer left when `read`
                    /// took all of its members. Nil when the member is missing or not an object.
                    mutating func take<Value>(object key: String, _ read: (inout Members) -> Value?) -> Value? {
                        guard case .object(let object)? = remaining[key] else { return nil }
                        var members = Members(object)
                        let value = read(&members)
                        if members.remaining.isEmpty { remaining[key] = nil }
                        return value
                    }
                }
            }

            extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
                ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
                /// A string value.
                \#(a)init(stringLiteral value: String) { self = .string(value) }
                /// A number value.
                \#(a)init(integerLiteral value: Int) { self = .number(Double(value)) }
                /// A number value.
                \#(a)init(floatLiteral value: Double) { self = .number(value) }
                /// A Boolean value.
                \#(a)init(booleanLiteral value: Bool) { self = .bool(value) }
                /// An array value.
                \#(a)init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
                /// An object value; a later duplicate key wins.
                \#(a)init(dictionaryLiteral elements: (String, JSONValue)...) {
                    self = .object(Dictionary(elements, uniquingKeysWith: { $1 }))
                }
            }

            """#
    }
}
