/// Checks across entries that no single row can see: codes listed more than once, and
/// combinations that are legal but suspicious.
public enum Validation {
    /// 4xx statuses for which a retry can help.
    static let retryable4xx: Set<Int> = [408, 409, 423, 425, 429]

    /// The catalogue with each code once, and what is suspicious in it.
    ///
    /// A code listed again (a summary table and a detailed one, a "common errors" table and a
    /// section's) is one code: its first listing decides its namespace and name, its statuses
    /// are merged in order, a field one listing leaves empty is taken from another, and where
    /// two listings disagree the first wins and a warning points at both.
    public static func validate(_ catalogue: Catalogue) -> (Catalogue, [Diagnostic]) {
        var catalogue = catalogue
        var diagnostics: [Diagnostic] = []
        // Where each code's first listing is: namespace and position.
        var firsts: [String: (namespace: Int, index: Int, family: Bool)] = [:]
        firsts.reserveCapacity(catalogue.namespaces.reduce(0) { $0 + $1.entries.count + $1.families.count })
        var repeated = false
        // Each code's disagreeing listings, reported once per code after the merge.
        var disagreements: [String: (first: SourceLocation, later: SourceLocation, fields: [String], more: Int)] = [:]
        /// Folds `later` into `first`, remembering where they disagree.
        func fold(_ later: Entry, into first: inout Entry) {
            let fields = merge(later, into: &first)
            guard !fields.isEmpty else { return }
            if var known = disagreements[later.code] {
                known.more += 1
                disagreements[later.code] = known
            } else {
                disagreements[later.code] = (first.location, later.location, fields, 0)
            }
        }
        for namespace in catalogue.namespaces.indices {
            for family in [false, true] {
                let entries = family ? catalogue.namespaces[namespace].families : catalogue.namespaces[namespace].entries
                var kept: [Entry] = []
                kept.reserveCapacity(entries.count)
                for entry in entries {
                    guard let first = firsts[entry.code] else {
                        firsts[entry.code] = (namespace, kept.count, family)
                        kept.append(entry)
                        continue
                    }
                    repeated = true
                    if first.namespace == namespace, first.family == family {
                        fold(entry, into: &kept[first.index])
                    } else if first.family {
                        fold(entry, into: &catalogue.namespaces[first.namespace].families[first.index])
                    } else {
                        fold(entry, into: &catalogue.namespaces[first.namespace].entries[first.index])
                    }
                }
                if family { catalogue.namespaces[namespace].families = kept } else { catalogue.namespaces[namespace].entries = kept }
            }
        }
        for (code, disagreement) in disagreements.sorted(by: { ($0.value.later, $0.key) < ($1.value.later, $1.key) }) {
            let fields = disagreement.fields
            let what = fields.count == 1 ? "another \(fields[0])" : "another " + fields.dropLast().joined(separator: ", ") + " and " + fields.last!
            let more = disagreement.more == 0 ? "" : " (\(disagreement.more) later \(disagreement.more == 1 ? "listing differs" : "listings differ") too)"
            diagnostics.append(
                .warning(
                    "'\(code)' is listed again with \(what); the first listing's is kept\(more)",
                    at: disagreement.later, notes: [.note("'\(code)' is first listed here", at: disagreement.first)]))
        }
        if repeated {
            // A section whose codes were all listed before has nothing of its own.
            catalogue.namespaces.removeAll { $0.entries.isEmpty && $0.families.isEmpty }
        }
        for namespace in catalogue.namespaces {
            for entry in namespace.entries {
                if entry.category == "validation", let status = entry.statuses.first(where: { $0 >= 500 }) {
                    diagnostics.append(.warning("'\(entry.code)' has status \(status) but category 'validation'; a server error is rarely the caller's validation problem", at: entry.location))
                }
                if entry.retryable == true, let status = entry.statuses.first(where: { (400..<500).contains($0) && !retryable4xx.contains($0) }) {
                    diagnostics.append(.warning("'\(entry.code)' is retryable with status \(status); repeating a request the server rejected as a client error rarely helps", at: entry.location))
                }
            }
        }
        return (catalogue, diagnostics)
    }

    /// Folds a later listing of a code into its first, and says which fields disagree.
    private static func merge(_ later: Entry, into first: inout Entry) -> [String] {
        for status in later.statuses where !first.statuses.contains(status) { first.statuses.append(status) }
        var conflicts: [String] = []
        func take<Value: Equatable>(_ field: WritableKeyPath<Entry, Value?>, _ name: String) {
            guard let value = later[keyPath: field] else { return }
            if let existing = first[keyPath: field] {
                if existing != value { conflicts.append(name) }
            } else {
                first[keyPath: field] = value
            }
        }
        if first.statuses.isEmpty { take(\.statusNote, "status") }
        take(\.category, "category")
        take(\.retryable, "retryable")
        take(\.hint, "hint")
        take(\.docsURL, "docs URL")
        if first.message.isEmpty {
            first.message = later.message
        } else if !later.message.isEmpty, later.message != first.message {
            conflicts.insert("message", at: 0)
        }
        first.deprecation = first.deprecation ?? later.deprecation
        for extra in later.extras where !extra.value.isEmpty {
            if let index = first.extras.firstIndex(where: { $0.name == extra.name }) {
                if first.extras[index].value.isEmpty { first.extras[index].value = extra.value }
            } else {
                first.extras.append(extra)
            }
        }
        return conflicts
    }
}
