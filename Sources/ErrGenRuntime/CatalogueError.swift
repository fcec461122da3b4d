#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

// Generated enums are `Hashable` by conformances of their own, not through this protocol: a
// protocol that refines `Hashable` makes every conformance's witness table one instantiated at
// run time, a function more per namespace in a consumer's build.

/// An error code from a catalogue, with what the catalogue says about it.
///
/// Every enum errgen generates conforms: each namespace's enum, and the umbrella enum of each
/// catalogue (which is also an ``ErrorCatalogue``). The accessors below read the code's
/// ``entry``. Every generated enum is also `Hashable`.
///
/// ```swift
/// if error.retryable == true { scheduleRetry(after: .seconds(2)) }
/// showAlert(title: error.message, detail: error.hint, help: error.docsURL)
/// ```
public protocol CatalogueError: Sendable {
    /// The catalogue's row for the code.
    var entry: CatalogueEntry { get }
}

extension CatalogueError {
    /// The code as the API sends it.
    public var code: String { entry.code }
    /// The HTTP status the API sends with the code, if the catalogue gives one.
    public var status: Int? { entry.status }
    /// The category, if the catalogue gives one.
    public var category: ErrorCategory? { entry.category }
    /// Whether the same request can succeed after a backoff; nil where the catalogue does
    /// not say.
    public var retryable: Bool? { entry.retryable }
    /// The canonical message.
    public var message: String { entry.message }
    /// What to do about it, if the catalogue says.
    public var hint: String? { entry.hint }
    /// The code's entry in the API's documentation.
    public var docsURL: URL? { entry.docsURL }
}
