/// Checks across entries that no single row can see: duplicated codes, and combinations that
/// are legal but suspicious.
public enum Validation {
    /// 4xx statuses for which a retry can help.
    static let retryable4xx: Set<Int> = [408, 409, 423, 425, 429]

    public static func validate(_ catalogue: Catalogue) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstByCode: [String: Entry] = [:]
        for namespace in catalogue.namespaces {
            for entry in namespace.entries + namespace.families {
                if let first = firstByCode[entry.code] {
                    diagnostics.append(.error(
                        "duplicate code '\(entry.code)'; each code is listed once per catalogue",
                        at: entry.location, notes: [.note("'\(entry.code)' is first listed here", at: first.location)]))
                    continue
                }
                firstByCode[entry.code] = entry
                if entry.category == .validation, let status = entry.statuses.first(where: { $0 >= 500 }) {
                    diagnostics.append(.warning("'\(entry.code)' has status \(status) but category 'validation'; a server error is rarely the caller's validation problem", at: entry.location))
                }
                if entry.retryable == true, let status = entry.statuses.first(where: { (400..<500).contains($0) && !retryable4xx.contains($0) }) {
                    diagnostics.append(.warning("'\(entry.code)' is retryable with status \(status); repeating a request the server rejected as a client error rarely helps", at: entry.location))
                }
            }
        }
        return diagnostics
    }
}
