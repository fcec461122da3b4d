/// The Swift names a catalogue's code has had, recorded in a lock file beside the catalogue
/// (`shop.errors.md` → `shop.errgen.lock`), so that a copy edit never renames a public case.
///
/// Names derive from a catalogue's text (a numeric code's from its message, a namespace's from
/// its heading), so an edit to the text would rename them and break every client that names
/// them. errgen writes the names it gave into the lock, and gives a recorded name again however
/// the text changes, warning where the text now gives another; renaming is an explicit act: an
/// edit of the lock, or a pin in the front matter, which wins over the lock. The lock is a small
/// text file that reads well in a pull request:
///
/// ```
/// type ShopError
/// namespace Cart cart SHOP.CART
/// case cartNotFound SHOP.CART.0001
/// ```
///
/// (a namespace's type and umbrella case, then its catalogue name; a case's name, then its
/// code; each case under its namespace).
public struct NameLock: Sendable, Equatable {
    /// A namespace's recorded names, and its codes when they were recorded.
    public struct RecordedNamespace: Sendable, Equatable {
        public var name: String
        public var typeName: String
        public var codes: [String]
        public var location: SourceLocation
    }

    public var typeName: Pin?
    public var namespaces: [RecordedNamespace]
    /// Each code's recorded case name, at its line of the lock.
    public var cases: [String: Pin]

    /// The lock of `named`: the names it has now.
    public init(_ named: NamedCatalogue) {
        typeName = Pin(name: named.typeName, location: named.typeNameLocation)
        namespaces = named.namespaces.filter { !$0.entries.isEmpty }.map {
            RecordedNamespace(name: $0.name, typeName: $0.typeName, codes: $0.entries.map(\.code), location: $0.location)
        }
        cases = [:]
        for entry in named.entries { cases[entry.code] = Pin(name: entry.caseName, location: entry.location) }
    }

    /// The lock file's text for `named`.
    public static func text(of named: NamedCatalogue) -> String {
        var out = """
            # errgen's lock for \(named.fileName): the Swift names of its codes, which errgen keeps when
            # the catalogue's text changes, so that a copy edit renames no public case. Commit it.
            # To rename, edit a name here, or pin one in the catalogue's front matter.
            type \(named.typeName)

            """
        for namespace in named.namespaces where !namespace.entries.isEmpty {
            out += "namespace \(namespace.typeName) \(namespace.caseName) \(oneLine(namespace.name))\n"
            for entry in namespace.entries {
                out += "case \(entry.caseName) \(oneLine(entry.code))\n"
            }
        }
        return out
    }

    /// Reads a lock file. Lines errgen cannot read are errors at their line.
    public static func read(_ source: SourceText) -> (NameLock, [Diagnostic]) {
        var lock = NameLock(typeName: nil, namespaces: [], cases: [:])
        var diagnostics: [Diagnostic] = []
        for (index, line) in source.lines.enumerated() {
            let location = SourceLocation(file: source.path, line: index + 1, column: 1)
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true).map(String.init)
            switch (fields.first, fields.count) {
            case ("type", 2):
                lock.typeName = Pin(name: fields[1], location: location)
            case ("namespace", 4):
                lock.namespaces.append(RecordedNamespace(name: fields[3], typeName: fields[1], codes: [], location: location))
            case ("case", 3...) where !lock.namespaces.isEmpty:
                let code = fields.dropFirst(2).joined(separator: " ")
                lock.cases[code] = Pin(name: fields[1], location: location)
                lock.namespaces[lock.namespaces.count - 1].codes.append(code)
            default:
                diagnostics.append(
                    .error(
                        "errgen cannot read this line of the lock; expected 'type <Name>', 'namespace <Type> <case> <name>' or 'case <name> <code>' (delete the file to record the names again)",
                        at: location))
            }
        }
        return (lock, diagnostics)
    }

    private init(typeName: Pin?, namespaces: [RecordedNamespace], cases: [String: Pin]) {
        self.typeName = typeName
        self.namespaces = namespaces
        self.cases = cases
    }

    /// `catalogue` with the recorded names pinned where its front matter pins none, and a
    /// warning for each name kept that the catalogue's text, named as `derived`, would change.
    public func pinned(_ catalogue: Catalogue, derived: NamedCatalogue) -> (Catalogue, [Diagnostic]) {
        var catalogue = catalogue
        var diagnostics: [Diagnostic] = []
        let lockFile = typeName?.location.file ?? namespaces.first?.location.file ?? "the lock"
        let change = "edit its line in \(lockFile), or pin a name in the front matter, to rename it"
        if !catalogue.typeNameIsPinned, let recorded = typeName, recorded.name != catalogue.typeName {
            diagnostics.append(.warning("the catalogue keeps its recorded type name '\(recorded.name)'; its text now gives '\(catalogue.typeName)' (\(change))", at: catalogue.typeNameLocation))
            catalogue.typeName = recorded.name
            catalogue.typeNameLocation = recorded.location
        }
        var claimed: Set<String> = []
        for (namespace, named) in zip(catalogue.namespaces, derived.namespaces) where catalogue.pinnedTypeNames[namespace.name] == nil && !namespace.entries.isEmpty {
            guard let recorded = recordedNamespace(for: namespace), claimed.insert(recorded.name).inserted else { continue }
            catalogue.pinnedTypeNames[namespace.name] = Pin(name: recorded.typeName, location: recorded.location)
            if recorded.typeName != named.typeName {
                let origin = recorded.name == namespace.name ? "" : ", recorded for '\(recorded.name)'"
                diagnostics.append(
                    .warning("namespace '\(namespace.name)' keeps its recorded type name '\(recorded.typeName)'\(origin); its text now gives '\(named.typeName)' (\(change))", at: namespace.location))
            }
        }
        for named in derived.entries where catalogue.pinnedCaseNames[named.code] == nil {
            guard let recorded = cases[named.code] else { continue }
            catalogue.pinnedCaseNames[named.code] = recorded
            if recorded.name != named.caseName {
                diagnostics.append(.warning("'\(named.code)' keeps its recorded name '\(recorded.name)'; its text now gives '\(named.caseName)' (\(change))", at: named.location))
            }
        }
        return (catalogue, diagnostics)
    }

    /// The codes of `named` the lock has no name for.
    public func unrecordedCodes(of named: NamedCatalogue) -> [String] {
        named.entries.map(\.code).filter { cases[$0] == nil }
    }

    /// The recorded namespace `namespace` continues: the one of its name, else the one that
    /// held most of its codes (its heading was edited).
    private func recordedNamespace(for namespace: Namespace) -> RecordedNamespace? {
        if let same = namespaces.first(where: { $0.name == namespace.name }) { return same }
        let codes = Set(namespace.entries.map(\.code))
        let best = namespaces.max { lhs, rhs in lhs.codes.filter(codes.contains).count < rhs.codes.filter(codes.contains).count }
        guard let best, best.codes.filter(codes.contains).count * 2 > codes.count else { return nil }
        return best
    }

    private static func oneLine(_ text: String) -> String {
        text.replacing("\n", with: " ")
    }
}
