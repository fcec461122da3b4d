#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What a catalogue says about one error code: the row of its table.
public struct CatalogueEntry: Hashable, Sendable {
    /// The code as the API sends it.
    public var code: String { storage.fields.code }
    /// The HTTP status the API sends with the code, if the catalogue gives one.
    public var status: Int? { storage.fields.status }
    /// The category, if the catalogue gives one.
    public var category: ErrorCategory? { storage.fields.category }
    /// Whether the same request can succeed after a backoff; nil where the catalogue does
    /// not say.
    public var retryable: Bool? { storage.fields.retryable }
    /// The canonical message.
    public var message: String { storage.fields.message }
    /// What to do about it, if the catalogue says.
    public var hint: String? { storage.fields.hint }
    /// The code's entry in the API's documentation.
    public var docsURL: URL? { storage.fields.docsURL }

    // The fields live in one immutable object, so that handing an entry to an accessor
    // retains one reference rather than each of its strings.
    private let storage: Storage

    /// Where the entry is in its catalogue's table; nil for an entry made by hand, or by
    /// ``UnknownCode``. Not part of equality.
    var place: Place? { storage.place }

    /// An entry with the given fields.
    public init(code: String, status: Int?, category: ErrorCategory?, retryable: Bool?, message: String, hint: String?, docsURL: URL?) {
        self.init(code: code, status: status, category: category, retryable: retryable, message: message, hint: hint, docsURL: docsURL, place: nil)
    }

    /// An entry of a table, at `place`.
    init(code: String, status: Int?, category: ErrorCategory?, retryable: Bool?, message: String, hint: String?, docsURL: URL?, place: Place?) {
        storage = Storage(fields: Fields(code: code, status: status, category: category, retryable: retryable, message: message, hint: hint, docsURL: docsURL), place: place)
    }

    /// A namespace of a table: its number there, and the table's index.
    struct Place: Sendable {
        let index: _CatalogueTable.Index
        let namespace: Int
    }

    /// Whether the two entries have the same fields.
    public static func == (lhs: CatalogueEntry, rhs: CatalogueEntry) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    /// Hashes every field.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }

    private final class Storage: Sendable {
        let fields: Fields
        let place: Place?

        init(fields: Fields, place: Place?) {
            self.fields = fields
            self.place = place
        }
    }

    private struct Fields: Hashable, Sendable {
        let code: String
        let status: Int?
        let category: ErrorCategory?
        let retryable: Bool?
        let message: String
        let hint: String?
        let docsURL: URL?
    }
}
