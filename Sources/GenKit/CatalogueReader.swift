import Foundation

/// Builds the catalogue model from a markdown document: finds the error tables, reads their
/// cells into entries, assigns namespaces and applies the front matter's settings.
public enum CatalogueReader {
    /// The front-matter keys errgen reads under `errgen:`.
    static let settingKeys = ["type", "docs-url", "cases", "namespaces"]

    public static func read(_ document: MarkdownDocument) -> (Catalogue, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let fileLocation = SourceLocation(file: document.path, line: 1, column: 1)
        let stem = OutputLayout.stem(ofCatalogue: document.path)
        var title = CaseNaming.upperCamelCase(CaseNaming.words(in: stem, splitHumps: true))
        var typeNameLocation = fileLocation
        var docsTemplate: (value: String, location: SourceLocation)?
        var pinnedCases: [String: Pin] = [:]
        var pinnedTypes: [String: Pin] = [:]

        if let frontMatter = document.frontMatter, let errgen = frontMatter.entries.first(where: { $0.key == "errgen" && $0.isReadable }) {
            diagnostics += SettingsText.problems(in: errgen.children, "under 'errgen:'")
            for entry in errgen.children where entry.isReadable {
                switch entry.key {
                case "type":
                    if let value = entry.value, !value.isEmpty {
                        title = value.hasSuffix("Error") && value.count > 5 ? String(value.dropLast(5)) : value
                        typeNameLocation = entry.valueLocation
                    } else {
                        diagnostics.append(.error("'type' needs a value, such as 'type: Shop'", at: entry.location))
                    }
                case "docs-url":
                    if let value = entry.value {
                        docsTemplate = (value, entry.valueLocation)
                    } else {
                        diagnostics.append(.error("'docs-url' needs a value, such as 'docs-url: https://docs.example.com/errors#{anchor}'", at: entry.location))
                    }
                case "cases", "namespaces":
                    if entry.value != nil {
                        diagnostics.append(.error("'\(entry.key)' is a map: put one 'key: SwiftName' per line under it, indented", at: entry.valueLocation))
                    }
                    diagnostics += SettingsText.problems(in: entry.children, "under '\(entry.key):'")
                    for pin in entry.children where pin.isReadable {
                        guard let name = pin.value else {
                            diagnostics.append(.error("'\(pin.key)' needs a Swift name", at: pin.location))
                            continue
                        }
                        let value = Pin(name: name, location: pin.valueLocation)
                        if entry.key == "cases" { pinnedCases[pin.key] = value } else { pinnedTypes[pin.key] = value }
                    }
                default:
                    diagnostics.append(.error(Suggestion.message("unknown setting '\(entry.key)' under 'errgen:'", for: entry.key, in: settingKeys), at: entry.location))
                }
            }
        }

        var namespaces: [Namespace] = []
        var namespaceIndex: [String: Int] = [:]
        var heading: MarkdownHeading?
        let urlTemplate = docsTemplate.map { DocsURLTemplate($0.value) }
        for block in document.blocks {
            switch block {
            case .heading(let value):
                heading = value.text.isEmpty ? nil : value
            case .table(let table):
                guard let columns = TableColumns(table) else { continue }
                guard columns.fields[.message] != nil else {
                    let codeHeader = table.header[columns.fields[.code]!]
                    diagnostics.append(.error("error table has a code column but no message column; add a 'Message' column (or 'Description', 'Meaning', 'Title', 'Detail', 'When fired')", at: codeHeader.location))
                    continue
                }
                for row in table.rows {
                    for entry in readRow(row, columns: columns, docsTemplate: urlTemplate, diagnostics: &diagnostics) {
                        let name = namespaceName(for: entry.code, heading: heading, title: title)
                        let index: Int
                        if let existing = namespaceIndex[name] {
                            index = existing
                        } else {
                            index = namespaces.count
                            namespaceIndex[name] = index
                            namespaces.append(namespace(named: name, for: entry.code, heading: heading, fileLocation: fileLocation))
                        }
                        if entry.code.utf8.contains(UInt8(ascii: "*")) {
                            namespaces[index].families.append(entry)
                        } else {
                            namespaces[index].entries.append(entry)
                        }
                    }
                }
            }
        }

        if let template = docsTemplate, let urlTemplate, URL(string: urlTemplate.url(for: "x")) == nil {
            diagnostics.append(.error("'docs-url' is not a valid URL: '\(template.value)'", at: template.location))
        }
        let catalogue = Catalogue(
            path: document.path, typeName: title + "Error", typeNameLocation: typeNameLocation, title: title,
            namespaces: namespaces, pinnedCaseNames: pinnedCases, pinnedTypeNames: pinnedTypes)
        return (catalogue, diagnostics)
    }

    private static func readRow(_ row: [MarkdownCell], columns: TableColumns, docsTemplate: DocsURLTemplate?, diagnostics: inout [Diagnostic]) -> [Entry] {
        func cell(_ field: ColumnField) -> MarkdownCell? { columns.fields[field].map { row[$0] } }
        let codeCell = cell(.code)!
        let codeText = codeCell.text
        let message = cell(.message).map { $0.text } ?? ""
        if codeText.isEmpty {
            if row.contains(where: { !$0.markdown.isEmpty }) {
                diagnostics.append(.error("row has no code; every row of an error table needs one", at: codeCell.location))
            }
            return []
        }
        var template = Entry(code: codeText, location: codeCell.location)
        var ok = true

        if let statusCell = cell(.status) {
            switch FieldValues.status(statusCell.text) {
            case .statuses(let statuses): template.statuses = statuses
            case .note(let note): template.statusNote = note
            case .invalid(let token):
                diagnostics.append(.error("'\(token)' is not an HTTP status (100–599); write statuses as '404' or '500/503', or a word such as 'terminal'", at: statusCell.location))
                ok = false
            }
        }
        if let categoryCell = cell(.category) {
            if let category = FieldValues.category(categoryCell.text) {
                template.category = category
            } else {
                let word = categoryCell.text
                diagnostics.append(.error(Suggestion.message("unknown category '\(word)' (expected one of \(ErrorCategory.allCases.map(\.rawValue).joined(separator: ", ")))", for: word, in: ErrorCategory.allCases.map(\.rawValue)), at: categoryCell.location))
                ok = false
            }
        }
        if let retryableCell = cell(.retryable) {
            if let retryable = FieldValues.retryable(retryableCell.text) {
                template.retryable = retryable
            } else {
                diagnostics.append(.error("unreadable retryable value '\(retryableCell.text)'; use ✅/❌/—, yes/no or true/false", at: retryableCell.location))
                ok = false
            }
        }
        var text = message
        if text.utf8.first == UInt8(ascii: "("), text.uppercased().hasPrefix("(RESERVED)") {
            template.reserved = true
            text = String(text.dropFirst("(RESERVED)".count).trimmingSpaces())
        }
        if text.isEmpty {
            diagnostics.append(.error("code '\(codeText)' has no message", at: cell(.message)?.location ?? codeCell.location))
            ok = false
        }
        template.message = text
        if let hint = cell(.hint)?.text, !hint.isEmpty { template.hint = hint }
        if let docsCell = cell(.docs), !docsCell.markdown.isEmpty {
            let url = InlineText.firstLink(docsCell.markdown) ?? docsCell.text
            if URL(string: url) == nil {
                diagnostics.append(.error("'\(url)' is not a valid URL", at: docsCell.location))
                ok = false
            }
            template.docsURL = url
        }
        template.extras = columns.extras.map { ExtraField(name: $0.name, value: row[$0.index].text) }
        let codes = FieldValues.codes(codeText)
        if codes.isEmpty {
            diagnostics.append(.error("row has no code, only separators ('\(codeText)'); every row of an error table needs one", at: codeCell.location))
            ok = false
        }
        guard ok else { return [] }

        var entries: [Entry] = []
        for code in codes {
            if let problem = FieldValues.problem(withCode: code) {
                diagnostics.append(.error(problem, at: codeCell.location))
                continue
            }
            var entry = template
            entry.code = code
            if entry.docsURL == nil, let docsTemplate {
                entry.docsURL = docsTemplate.url(for: code)
            }
            entries.append(entry)
        }
        return entries
    }

    /// Dotted codes name their namespace (`BCK.AGENT.0001` → `BCK.AGENT`); other codes take
    /// the nearest heading above their table, else the catalogue's title.
    private static func namespaceName(for code: String, heading: MarkdownHeading?, title: String) -> String {
        if let lastDot = dottedPrefixEnd(of: code) { return String(code[..<lastDot]) }
        return heading?.text ?? title
    }

    /// The end of a dotted code's namespace (its last dot), when every segment is non-empty.
    private static func dottedPrefixEnd(of code: String) -> String.Index? {
        // Codes are ASCII (``FieldValues/problem(withCode:)``): the dots are found among bytes.
        let utf8 = code.utf8
        let dot = UInt8(ascii: ".")
        guard let lastDot = utf8.lastIndex(of: dot), utf8.last != dot else { return nil }
        // A segment is empty where a dot starts the code or follows another.
        var previous = dot
        for byte in utf8 {
            if byte == dot, previous == dot { return nil }
            previous = byte
        }
        return lastDot
    }

    /// A new namespace named `name`, as ``namespaceName(for:heading:title:)`` gave it for `code`,
    /// with the words its type name and case names are made of.
    private static func namespace(named name: String, for code: String, heading: MarkdownHeading?, fileLocation: SourceLocation) -> Namespace {
        if dottedPrefixEnd(of: code) != nil {
            // `BCK.AGENT` → `Agent`, `BCK.STRIPE.CONNECT` → `StripeConnect`; a two-segment code
            // (`AUTH.0001`) names its namespace by its first segment.
            let segments = name.split(separator: ".")
            let words = (segments.count >= 2 ? segments.dropFirst() : segments[...]).flatMap { CaseNaming.words(in: String($0), splitHumps: true) }
            return Namespace(name: name, prefixWords: [], nameWords: words, location: heading?.location ?? fileLocation)
        }
        if let heading {
            // "Billing & subscription" reads as `BillingAndSubscription`.
            let words = CaseNaming.words(in: heading.text.replacing("&", with: " and "), splitHumps: false)
            return Namespace(name: name, prefixWords: words.map { $0.lowercased() }, nameWords: words, location: heading.location)
        }
        return Namespace(name: name, prefixWords: [], nameWords: CaseNaming.words(in: name, splitHumps: true), location: fileLocation)
    }
}
