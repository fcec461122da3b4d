#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Why a response body did not decode into failures.
public enum ErrorBodyDecodingError: LocalizedError, Hashable, Sendable {
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
    public var errorDescription: String? {
        switch self {
        case .emptyBody: "The response body is empty."
        case .notJSON: "The response body is not JSON."
        case .notAnErrorBody: "The response body is JSON but has no error code."
        case .emptyErrors: "The response body's errors array is empty."
        case .errorWithoutCode(let index): "Entry \(index) of the response body's errors array has no code."
        }
    }
}
