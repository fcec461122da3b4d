/// What `errgen diff` compares of a catalogue: what its clients can feel, per code.
public struct ReviewedCatalogue: Sendable {
    /// One code, with its Swift names and the fields clients read.
    public struct Code: Sendable {
        public var code: String
        public var caseName: String
        /// The catalogue's name of the code's namespace (`SHOP.CART`, `Auth`).
        public var namespace: String
        public var namespaceTypeName: String
        public var status: Int?
        public var category: String?
        public var retryable: Bool?
        public var message: String
        public var hint: String?
        public var docsURL: String?
        /// The deprecation message, empty when the catalogue gives none; nil when not deprecated.
        public var deprecation: String?
        public var location: SourceLocation
    }

    public var path: String
    public var typeName: String
    public var typeNameLocation: SourceLocation
    /// Every code, in catalogue order.
    public var codes: [Code]
    /// Codes whose breaking changes the catalogue accepts (`accept-breaking:`).
    public var acceptedBreaking: Set<String>

    public init(path: String, typeName: String, typeNameLocation: SourceLocation, codes: [Code], acceptedBreaking: Set<String>) {
        self.path = path
        self.typeName = typeName
        self.typeNameLocation = typeNameLocation
        self.codes = codes
        self.acceptedBreaking = acceptedBreaking
    }
}

extension ReviewedCatalogue {
    /// What clients can feel of `named`.
    public init(_ named: NamedCatalogue) {
        self.init(
            path: named.path, typeName: named.typeName, typeNameLocation: named.typeNameLocation,
            codes: named.namespaces.flatMap { namespace in
                namespace.entries.map { entry in
                    Code(
                        code: entry.code, caseName: entry.caseName, namespace: namespace.name, namespaceTypeName: namespace.typeName,
                        status: entry.status, category: entry.category, retryable: entry.retryable, message: entry.shownMessage,
                        hint: entry.hint, docsURL: entry.docsURL, deprecation: entry.deprecation, location: entry.location)
                }
            },
            acceptedBreaking: Set(named.acceptedBreaking))
    }
}
