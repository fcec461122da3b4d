/// A catalogue as errgen understands it: namespaces of entries, in catalogue order.
public struct Catalogue: Sendable {
    /// The catalogue's file name as given on the command line (used in diagnostics).
    public var path: String
    /// The file name without folders and extension, as the output files are named
    /// (``OutputLayout/stem(ofCatalogue:)``): `shop` for `docs/shop.errors.md`.
    public var stem: String
    /// The file name without folders, for comments (``OutputLayout/fileName(ofCatalogue:)``):
    /// `shop.errors.md` for `docs/shop.errors.md`.
    public var fileName: String
    /// The size of the catalogue's file, which decides how many files it generates.
    public var byteCount: Int
    /// The name of the umbrella type, such as `ShopError`.
    public var typeName: String
    /// Where the name came from: the front matter's `type`, or the file name.
    public var typeNameLocation: SourceLocation
    /// Whether the front matter sets the type (`type:`), which no recorded name overrides.
    public var typeNameIsPinned: Bool
    /// The catalogue's display name, such as `Shop`.
    public var title: String
    public var namespaces: [Namespace]
    /// Case names pinned in the front matter's `cases:` map, by code.
    public var pinnedCaseNames: [String: Pin]
    /// Type names pinned in the front matter's `namespaces:` map, by namespace name.
    public var pinnedTypeNames: [String: Pin]
    /// Codes whose breaking changes `errgen diff` accepts (the front matter's `accept-breaking:`).
    public var acceptedBreaking: [String] = []
}

/// A Swift name chosen by the catalogue's author.
public struct Pin: Hashable, Sendable {
    public var name: String
    public var location: SourceLocation
}

/// A group of codes that becomes one nested enum.
public struct Namespace: Sendable {
    /// The namespace as the catalogue names it: `BCK.AGENT` (from dotted codes), `Auth` (from
    /// a heading), or the catalogue's title.
    public var name: String
    /// Words that a code in this namespace may repeat as a prefix (`AUTH_` under `## Auth`);
    /// they are left out of case names.
    public var prefixWords: [String]
    /// Words the namespace's Swift type name is made of.
    public var nameWords: [String]
    public var location: SourceLocation
    public var entries: [Entry] = []
    /// Wildcard families such as `queues_*_failed`: documented, not single codes.
    public var families: [Entry] = []
}

/// One error code and what the catalogue says about it.
public struct Entry: Hashable, Sendable {
    public var code: String
    /// The location of the code in its table cell.
    public var location: SourceLocation
    /// HTTP statuses, most specific first; empty when the catalogue gives none.
    public var statuses: [Int] = []
    /// Status text that is not an HTTP status, such as `terminal` or `(row)`.
    public var statusNote: String?
    /// The category as the catalogue writes it; the five of seed 001 (``FieldValues/knownCategories``)
    /// are lowercased, any other word is kept as written.
    public var category: String?
    public var retryable: Bool?
    public var message: String = ""
    public var hint: String?
    public var docsURL: String?
    /// The message was marked `(RESERVED)`: the code is allocated but not emitted yet.
    public var reserved: Bool = false
    /// Why the code is deprecated, when the catalogue marks it so: a `Deprecated` column's
    /// text, a message that starts `Deprecated:`, or empty for `(DEPRECATED)` and a struck-through
    /// code (`~~legacy_key~~`). Nil for a code in use.
    public var deprecation: String?
    /// Columns errgen does not interpret, in table order.
    public var extras: [ExtraField] = []

    public var status: Int? { statuses.first }

    /// The message, or a sentence saying that the catalogue gives none (a table without a
    /// message column, or an empty cell).
    public var shownMessage: String { message.isEmpty ? "The catalogue gives no message for \(code)." : message }

    public init(code: String, location: SourceLocation) {
        self.code = code
        self.location = location
    }
}

/// A column errgen keeps without interpreting it.
public struct ExtraField: Hashable, Sendable {
    public var name: String
    public var value: String
}
