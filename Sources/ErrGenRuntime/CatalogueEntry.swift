import Foundation

/// What a catalogue says about one error code: the row of its table.
public struct CatalogueEntry: Hashable, Sendable {
    /// The code as the API sends it.
    public let code: String
    /// The HTTP status the API sends with the code, if the catalogue gives one.
    public let status: Int?
    /// The category, if the catalogue gives one.
    public let category: ErrorCategory?
    /// Whether the same request can succeed after a backoff; nil where the catalogue does
    /// not say.
    public let retryable: Bool?
    /// The canonical message.
    public let message: String
    /// What to do about it, if the catalogue says.
    public let hint: String?
    /// The code's entry in the API's documentation.
    public let docsURL: URL?

    /// An entry with the given fields.
    public init(code: String, status: Int?, category: ErrorCategory?, retryable: Bool?, message: String, hint: String?, docsURL: URL?) {
        self.code = code
        self.status = status
        self.category = category
        self.retryable = retryable
        self.message = message
        self.hint = hint
        self.docsURL = docsURL
    }
}
