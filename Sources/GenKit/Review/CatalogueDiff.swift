/// The changes between two versions of a catalogue that its clients can feel, each with what
/// it means for them (``CatalogueChange/Severity``): what `errgen diff` reports.
///
/// Codes are matched by their code. A namespace of the old catalogue corresponds to the new
/// namespace that holds most of its codes, so that a heading edited (`## Payment` → `##
/// Payments`) reads as one namespace renamed, not as every code moved.
public enum CatalogueDiff {
    public static func changes(from old: ReviewedCatalogue, to new: ReviewedCatalogue) -> [CatalogueChange] {
        var changes: [CatalogueChange] = []
        if old.typeName != new.typeName {
            changes.append(CatalogueChange(code: nil, kind: .typeRenamed, severity: .breaking, location: new.typeNameLocation, old: old.typeName, new: new.typeName))
        }
        let oldCodes = Dictionary(old.codes.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let newCodes = Dictionary(new.codes.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let successors = namespaceSuccessors(from: old, to: new)
        for (oldNamespace, newNamespace) in successors.sorted(by: { $0.key < $1.key }) {
            guard let before = old.codes.first(where: { $0.namespace == oldNamespace }),
                let after = new.codes.first(where: { $0.namespace == newNamespace }),
                before.namespaceTypeName != after.namespaceTypeName
            else { continue }
            changes.append(CatalogueChange(code: newNamespace, kind: .namespaceRenamed, severity: .breaking, location: after.location, old: before.namespaceTypeName, new: after.namespaceTypeName))
        }
        for code in old.codes where newCodes[code.code] == nil {
            changes.append(CatalogueChange(code: code.code, kind: .removed, severity: code.deprecation == nil ? .breaking : .safe, location: code.location, old: code.caseName, new: nil))
        }
        for code in new.codes {
            guard let before = oldCodes[code.code] else {
                changes.append(CatalogueChange(code: code.code, kind: .added, severity: .dangerous, location: code.location, old: nil, new: code.caseName))
                continue
            }
            changes += self.changes(of: code.code, from: before, to: code, namespaceMoved: successors[before.namespace] != code.namespace)
        }
        for index in changes.indices where changes[index].severity == .breaking {
            if let code = changes[index].code, new.acceptedBreaking.contains(code) { changes[index].accepted = true }
        }
        // Worst first, then in the order of the files.
        return changes.enumerated().sorted {
            ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset)
        }.map(\.element)
    }

    /// The changes to one code listed in both catalogues.
    private static func changes(of code: String, from old: ReviewedCatalogue.Code, to new: ReviewedCatalogue.Code, namespaceMoved: Bool) -> [CatalogueChange] {
        var changes: [CatalogueChange] = []
        func add(_ kind: CatalogueChange.Kind, _ severity: CatalogueChange.Severity, _ before: String?, _ after: String?) {
            changes.append(CatalogueChange(code: code, kind: kind, severity: severity, location: new.location, old: before, new: after))
        }
        if namespaceMoved { add(.moved, .breaking, old.namespace, new.namespace) }
        if old.caseName != new.caseName { add(.caseRenamed, .breaking, old.caseName, new.caseName) }
        if old.status != new.status { add(.statusChanged, .breaking, old.status.map(String.init), new.status.map(String.init)) }
        if old.category != new.category { add(.categoryChanged, .breaking, old.category, new.category) }
        if old.retryable != new.retryable {
            // A client that retried may no longer; one that gave up may now retry.
            let severity: CatalogueChange.Severity = old.retryable == true ? .breaking : new.retryable == true ? .dangerous : .safe
            add(.retryableChanged, severity, old.retryable.map(String.init), new.retryable.map(String.init))
        }
        if old.deprecation == nil, let deprecation = new.deprecation {
            add(.deprecated, .dangerous, nil, deprecation.isEmpty ? nil : deprecation)
        }
        if old.message != new.message { add(.messageChanged, .safe, old.message, new.message) }
        if old.hint != new.hint { add(.hintChanged, .safe, old.hint, new.hint) }
        if old.docsURL != new.docsURL { add(.docsURLChanged, new.docsURL == nil ? .dangerous : .safe, old.docsURL, new.docsURL) }
        return changes
    }

    /// Each old namespace's successor: the new namespace holding most of its codes (the
    /// first such in catalogue order on a tie).
    static func namespaceSuccessors(from old: ReviewedCatalogue, to new: ReviewedCatalogue) -> [String: String] {
        let newNamespace = Dictionary(new.codes.map { ($0.code, $0.namespace) }, uniquingKeysWith: { first, _ in first })
        let newOrder = Dictionary(new.codes.enumerated().map { ($0.element.namespace, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var counts: [String: [String: Int]] = [:]
        for code in old.codes {
            guard let namespace = newNamespace[code.code] else { continue }
            counts[code.namespace, default: [:]][namespace, default: 0] += 1
        }
        return counts.mapValues { tally in
            tally.max { ($0.value, -(newOrder[$0.key] ?? 0)) < ($1.value, -(newOrder[$1.key] ?? 0)) }!.key
        }
    }
}
