/// A catalogue whose namespaces and codes have their Swift names, as ``CaseNaming`` gives them:
/// what the emitter and the dump take, so that neither can be handed a catalogue without names.
public struct NamedCatalogue: Sendable {
    /// The catalogue's file name as given on the command line (used in diagnostics).
    public var path: String
    /// The file name without folders and extension (see ``Catalogue/stem``).
    public var stem: String
    /// The file name without folders, as generated code and the dump name it (see
    /// ``Catalogue/fileName``).
    public var fileName: String
    /// The size of the catalogue's file, which decides how many files it generates.
    public var byteCount: Int
    /// The name of the umbrella type, such as `ShopError`.
    public var typeName: String
    /// Where the name came from: the front matter's `type`, or the file name.
    public var typeNameLocation: SourceLocation
    /// The catalogue's display name, such as `Shop`.
    public var title: String
    public var namespaces: [NamedNamespace]
    /// Codes whose breaking changes `errgen diff` accepts (``Catalogue/acceptedBreaking``).
    public var acceptedBreaking: [String] = []

    /// Every concrete entry, in catalogue order.
    public var entries: [NamedEntry] { namespaces.flatMap(\.entries) }
}

/// A namespace with the names of its nested enum and of its case in the umbrella enum.
public struct NamedNamespace: Sendable {
    /// The namespace as the catalogue names it (see ``Namespace/name``).
    public var name: String
    /// The nested enum's name, such as `Agent`.
    public var typeName: String
    /// The umbrella enum's case for this namespace, such as `agent`.
    public var caseName: String
    public var location: SourceLocation
    public var entries: [NamedEntry]
    /// Wildcard families such as `queues_*_failed`: documented, not single codes, so without
    /// a case.
    public var families: [Entry]
}

/// An entry with its Swift case name. The entry's fields read through it (`named.code`).
@dynamicMemberLookup
public struct NamedEntry: Hashable, Sendable {
    public var entry: Entry
    /// The Swift case name, such as `cartNotFound`.
    public var caseName: String

    /// The entry's `field`.
    public subscript<Value>(dynamicMember field: KeyPath<Entry, Value>) -> Value {
        entry[keyPath: field]
    }
}
