/// Checks across entries that no single row can see: duplicated codes, and combinations that
/// are legal but suspicious.
public enum Validation {
    /// 4xx statuses for which a retry can help.
    static let retryable4xx: Set<Int> = [408, 409, 423, 425, 429]

    /// The catalogue without repeated codes (each repetition is reported, and naming it would
    /// only add collisions), and what is wrong or suspicious in it.
    public static func validate(_ catalogue: Catalogue) -> (Catalogue, [Diagnostic]) {
        var catalogue = catalogue
        var diagnostics: [Diagnostic] = []
        // Where each code is first listed: only the location is read back, so entries are not
        // copied in, and the table is sized once for every code.
        var firstLocations: [String: SourceLocation] = [:]
        firstLocations.reserveCapacity(catalogue.namespaces.reduce(0) { $0 + $1.entries.count + $1.families.count })
        // Whether `entry` is the first with its code; checks it if so, reports it if not.
        func isFirst(_ entry: Entry) -> Bool {
            if let first = firstLocations[entry.code] {
                diagnostics.append(.error(
                    "duplicate code '\(entry.code)'; each code is listed once per catalogue",
                    at: entry.location, notes: [.note("'\(entry.code)' is first listed here", at: first)]))
                return false
            }
            firstLocations[entry.code] = entry.location
            if entry.category == .validation, let status = entry.statuses.first(where: { $0 >= 500 }) {
                diagnostics.append(.warning("'\(entry.code)' has status \(status) but category 'validation'; a server error is rarely the caller's validation problem", at: entry.location))
            }
            if entry.retryable == true, let status = entry.statuses.first(where: { (400..<500).contains($0) && !retryable4xx.contains($0) }) {
                diagnostics.append(.warning("'\(entry.code)' is retryable with status \(status); repeating a request the server rejected as a client error rarely helps", at: entry.location))
            }
            return true
        }
        for index in catalogue.namespaces.indices {
            catalogue.namespaces[index].entries = catalogue.namespaces[index].entries.filter(isFirst)
            catalogue.namespaces[index].families = catalogue.namespaces[index].families.filter(isFirst)
        }
        return (catalogue, diagnostics)
    }
}
