/// What a catalogue's front matter says under `errgen:`, checked line by line.
///
/// ```yaml
/// errgen:
///   type: Shop                                  # the umbrella type is ShopError
///   docs-url: https://docs.example.com/errors#{anchor}
///   columns: {code: Gateway response type, message: Description}
///   tables: [Error codes]                       # read only the tables under these headings
///   skip-tables: [Opcodes]                      # never read the tables under these
///   cases: {SHOP.CART.0001: cartMissing}
///   namespaces: {SHOP.CART: Basket}
///   accept-breaking: [SHOP.CART.0003]           # `errgen diff` reports these breaking changes as accepted
/// ```
struct CatalogueSettings {
    /// The front-matter keys errgen reads under `errgen:`.
    static let keys = ["type", "docs-url", "columns", "tables", "skip-tables", "cases", "namespaces", "accept-breaking"]

    var type: (value: String, location: SourceLocation)?
    var docsTemplate: (value: String, location: SourceLocation)?
    /// Header texts naming a field's column, by field (`code: Gateway response type`).
    var columns: [ColumnField: (header: String, location: SourceLocation)] = [:]
    /// Headings whose tables are the only ones read; empty reads every error table.
    var tables: [(heading: String, location: SourceLocation)] = []
    /// Headings whose tables are never read.
    var skipTables: [(heading: String, location: SourceLocation)] = []
    var pinnedCases: [String: Pin] = [:]
    var pinnedTypes: [String: Pin] = [:]
    /// Codes whose breaking changes `errgen diff` accepts.
    var acceptedBreaking: [String] = []
    /// The docs site's own `title:`, which says what the page is about.
    var pageTitle: String?

    init() {}

    /// The settings of `frontMatter`, and the problems of its `errgen:` map.
    static func read(_ frontMatter: FrontMatter?) -> (CatalogueSettings, [Diagnostic]) {
        var settings = CatalogueSettings()
        var diagnostics: [Diagnostic] = []
        guard let frontMatter else { return (settings, diagnostics) }
        settings.pageTitle = frontMatter.entries.first { $0.key == "title" && $0.isReadable }?.value
        guard let errgen = frontMatter.entries.first(where: { $0.key == "errgen" && $0.isReadable }) else { return (settings, diagnostics) }
        diagnostics += SettingsText.problems(in: errgen.children, "under 'errgen:'")
        for entry in errgen.children where entry.isReadable && !entry.isListItem {
            switch entry.key {
            case "type":
                if let value = entry.value, !value.isEmpty {
                    settings.type = (value, entry.valueLocation)
                } else {
                    diagnostics.append(.error("'type' needs a value, such as 'type: Shop'", at: entry.location))
                }
            case "docs-url":
                if let value = entry.value {
                    settings.docsTemplate = (value, entry.valueLocation)
                } else {
                    diagnostics.append(.error("'docs-url' needs a value, such as 'docs-url: https://docs.example.com/errors#{anchor}'", at: entry.location))
                }
            case "columns":
                for column in map(entry, "a header", example: "code: Gateway response type", diagnostics: &diagnostics) {
                    guard let field = ColumnField(rawValue: column.key) else {
                        diagnostics.append(
                            .error(
                                Suggestion.message(
                                    "unknown field '\(column.key)' under 'columns:' (expected one of \(ColumnField.allCases.map(\.rawValue).joined(separator: ", ")))", for: column.key,
                                    in: ColumnField.allCases.map(\.rawValue)), at: column.location))
                        continue
                    }
                    settings.columns[field] = (column.value!, column.valueLocation)
                }
            case "tables", "skip-tables", "accept-breaking":
                var headings: [(String, SourceLocation)] = []
                if let value = entry.value {
                    headings.append((value, entry.valueLocation))
                } else {
                    for item in entry.children {
                        if item.isListItem, let value = item.value, !value.isEmpty {
                            headings.append((value, item.valueLocation))
                        } else {
                            let example = entry.key == "accept-breaking" ? "codes, such as 'accept-breaking: [SHOP.CART.0003]'" : "headings, such as '\(entry.key): [Error codes]'"
                            diagnostics.append(.error("'\(entry.key)' is a list of \(example)", at: item.location))
                        }
                    }
                }
                switch entry.key {
                case "tables": settings.tables = headings
                case "skip-tables": settings.skipTables = headings
                default: settings.acceptedBreaking = headings.map(\.0)
                }
            case "cases", "namespaces":
                for pin in map(entry, "a Swift name", example: "key: SwiftName", diagnostics: &diagnostics) {
                    let value = Pin(name: pin.value!, location: pin.valueLocation)
                    if entry.key == "cases" { settings.pinnedCases[pin.key] = value } else { settings.pinnedTypes[pin.key] = value }
                }
            default:
                diagnostics.append(.error(Suggestion.message("unknown setting '\(entry.key)' under 'errgen:'", for: entry.key, in: keys), at: entry.location))
            }
        }
        return (settings, diagnostics)
    }

    /// The readable `key: value` entries of the map `entry`, with errors for the rest.
    private static func map(_ entry: SettingsEntry, _ what: String, example: String, diagnostics: inout [Diagnostic]) -> [SettingsEntry] {
        if entry.value != nil {
            diagnostics.append(.error("'\(entry.key)' is a map: put one '\(example)' per line under it, indented", at: entry.valueLocation))
        }
        diagnostics += SettingsText.problems(in: entry.children, "under '\(entry.key):'")
        return entry.children.filter { child in
            guard child.isReadable, !child.isListItem else { return false }
            if child.value == nil {
                diagnostics.append(.error("'\(child.key)' needs \(what)", at: child.location))
                return false
            }
            return true
        }
    }
}
