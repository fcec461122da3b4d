#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A catalogue's umbrella type: a value for every code the catalogue lists, and an
/// `unknown` value for any other code, so that every code off the wire makes one.
///
/// The umbrella enum of every catalogue conforms, which makes it a Swift error
/// (its `localizedDescription` is the message) and gives it ``failures(from:status:headers:)``.
public protocol ErrorCatalogue: CatalogueError, Hashable, LocalizedError, CustomStringConvertible {
    /// The error with `code`; a code the catalogue does not list gives the unknown value.
    init(code: String)
}

// The umbrella enum takes its equality and hashing from here rather than derived ones, which
// would switch over every namespace and cost a consumer's build code per namespace (see
// Documentation/Performance.md).
extension ErrorCatalogue {
    /// Whether two errors have the same code.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.code == rhs.code }

    /// Hashes the code.
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    /// The hash of the code.
    public var hashValue: Int {
        var hasher = Hasher()
        hash(into: &hasher)
        return hasher.finalize()
    }

    /// The code.
    public var description: String { code }
    /// The catalogue's message.
    public var errorDescription: String? { message }
    /// The catalogue's hint.
    public var recoverySuggestion: String? { hint }

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
    public static func failures(from data: Data, status: Int? = nil, headers: [String: String] = [:]) throws -> [CatalogueFailure<Self>] {
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
