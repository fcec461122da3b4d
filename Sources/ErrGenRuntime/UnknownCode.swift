/// A code that is not in this build's catalogue, as the server sent it.
///
/// Only the generated lookups create one (the initializer is public for them alone), so that
/// code cannot match a particular unknown code: compare the error's `code` with a string
/// instead, which keeps working when a later catalogue adds the code.
public struct UnknownCode: CatalogueError, Hashable {
    /// The code as the server sent it.
    public let code: String

    /// The catalogue says nothing about the code: the entry's message is a sentence that
    /// names the code, and its other fields are nil.
    public var entry: CatalogueEntry {
        CatalogueEntry(code: code, status: nil, category: nil, retryable: nil, message: "The error code '\(code)' is not in this build's catalogue.", hint: nil, docsURL: nil)
    }

    /// For generated code: the unknown value of an umbrella enum.
    public init(_unknown code: String) {
        self.code = code
    }
}
