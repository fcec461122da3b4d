import Foundation

/// Builds the catalogue model from a markdown document: finds the error tables, reads their
/// cells into entries, assigns namespaces and applies the front matter's settings.
///
/// A page written for people is read as a person reads it: a table errgen is unsure of is
/// skipped with a warning, a cell it cannot interpret is kept as text with a warning, and
/// only what is surely a mistake (a malformed setting, a setting that names nothing) is an
/// error. `errgen lint` shows each decision as a note at its table.
public enum CatalogueReader {
    /// The catalogue of `document`, a file whose name has the stem `stem` (as output files are
    /// named: ``OutputLayout/stem(ofCatalogue:)``) and whose size is `byteCount` bytes. Both come
    /// from the caller, so that reading does not call the output stage.
    public static func read(_ document: MarkdownDocument, stem: String, fileName: String, byteCount: Int) -> (Catalogue, [Diagnostic]) {
        let fileLocation = SourceLocation(file: document.path, line: 1, column: 1)
        var (settings, diagnostics) = CatalogueSettings.read(document.frontMatter)
        let headings = document.blocks.compactMap { block -> MarkdownHeading? in
            if case .heading(let heading) = block { return heading } else { return nil }
        }
        let title =
            settings.type.map { $0.value.hasSuffix("Error") && $0.value.count > 5 ? String($0.value.dropLast(5)) : $0.value }
            ?? defaultTitle(stem: stem, pageTitle: settings.pageTitle, firstHeading: headings.first?.text)
        let typeNameLocation = settings.type?.location ?? fileLocation
        let urlTemplate = settings.docsTemplate.map { DocsURLTemplate($0.value) }
        if let template = settings.docsTemplate, let urlTemplate, URL(string: urlTemplate.url(for: "x")) == nil {
            diagnostics.append(.error("'docs-url' is not a valid URL: '\(template.value)'", at: template.location))
        }
        diagnostics += checkSettingsNameSomething(settings, document: document, headings: headings)

        let selection = TableSelection(
            settings: settings,
            pageIsAboutErrors: [stem, settings.pageTitle ?? "", headings.first?.text ?? ""].contains(where: TableSelection.speaksOfErrors),
            pageHasCodeHeaders: settings.columns[.code] != nil
                || document.blocks.contains { block in
                    guard case .table(let table) = block else { return false }
                    return table.header.contains { ColumnField.field(forHeader: ColumnField.normalized($0.text)) == .code }
                })
        var namespaces: [Namespace] = []
        var namespaceIndex: [String: Int] = [:]
        var openHeadings: [MarkdownHeading] = []
        var tablesRead = 0
        var skipped: [Diagnostic] = []
        func add(_ entry: Entry, under heading: MarkdownHeading?) {
            let name = namespaceName(for: entry.code, heading: heading, title: title)
            let index: Int
            if let existing = namespaceIndex[name] {
                index = existing
            } else {
                index = namespaces.count
                namespaceIndex[name] = index
                namespaces.append(namespace(named: name, for: entry.code, heading: heading, fileLocation: fileLocation))
            }
            if FieldValues.isFamily(entry.code) {
                namespaces[index].families.append(entry)
            } else {
                namespaces[index].entries.append(entry)
            }
        }
        let headingCodes = HeadingCodes(document, pageIsAboutErrors: selection.pageIsAboutErrors, enabled: settings.tables.isEmpty)
        if let first = headingCodes.named.keys.min() {
            diagnostics.append(.note("\(headingCodes.named.count) headings read as error codes, such as '\(headings.first { $0.location == first }!.text)'", at: first))
        }
        var openStatuses: [(level: Int, status: Int)] = []
        for block in document.blocks {
            switch block {
            case .heading(let heading):
                while let last = openHeadings.last, last.level >= heading.level { openHeadings.removeLast() }
                openStatuses.removeAll { $0.level >= heading.level }
                if headingCodes.statusHeadingsGroup, let status = HeadingCodes.groupStatus(heading.text) {
                    openStatuses.append((heading.level, status))
                } else if let named = headingCodes.named[heading.location] {
                    for code in named.codes {
                        var entry = Entry(code: code, location: heading.location)
                        entry.message = named.message
                        entry.statuses = named.statuses
                        if let urlTemplate { entry.docsURL = urlTemplate.url(for: code) }
                        add(entry, under: openHeadings.last)
                    }
                }
                if !heading.text.isEmpty { openHeadings.append(heading) }
            case .table(let table):
                let columns: TableColumns
                switch selection.verdict(on: table, under: openHeadings) {
                case .skipped(let reason, let unsure):
                    let message = "table skipped: \(reason)"
                    let advice = unsure ? "; to read it, name its columns under 'columns:' or list its heading under 'tables:' in the front matter" : ""
                    let diagnostic = Diagnostic(unsure ? .warning : .note, message + advice, at: table.location)
                    skipped.append(diagnostic)
                    diagnostics.append(diagnostic)
                    continue
                case .read(let found):
                    columns = found
                }
                tablesRead += 1
                if table.isList {
                    diagnostics.append(.note("list read as error codes and their meanings (skip it with 'skip-tables:' in the front matter)", at: table.location))
                } else if !columns.guesses.isEmpty {
                    diagnostics.append(.note("table read as errors; \(columns.guesses.joined(separator: "; ")) (name columns under 'columns:' in the front matter to change this)", at: table.location))
                }
                for row in table.rows {
                    for var entry in readRow(row, columns: columns, docsTemplate: urlTemplate, diagnostics: &diagnostics) {
                        if entry.statuses.isEmpty, entry.statusNote == nil, let status = openStatuses.last?.status { entry.statuses = [status] }
                        add(entry, under: openHeadings.last)
                    }
                }
            }
        }
        if namespaces.isEmpty, !diagnostics.containsErrors {
            let looked = "read \(tablesRead) of \(tablesRead + skipped.count) tables"
            diagnostics.append(
                .warning(
                    "no error codes found in '\(document.path)' (\(looked)); errgen reads markdown tables with a column of codes, see 'errgen lint' for each table", at: fileLocation,
                    notes: skipped.map { .note($0.message, at: $0.location) }))
        }

        let catalogue = Catalogue(
            path: document.path, stem: stem, fileName: fileName, byteCount: byteCount, typeName: title + "Error", typeNameLocation: typeNameLocation,
            typeNameIsPinned: settings.type != nil, title: title,
            namespaces: namespaces, pinnedCaseNames: settings.pinnedCases, pinnedTypeNames: settings.pinnedTypes,
            acceptedBreaking: settings.acceptedBreaking)
        return (catalogue, diagnostics)
    }

    /// Words that a file name or title adds to every catalogue's: `errors.md` and
    /// `error-codes.md` are about errors, and `ErrorsError` would say it twice.
    static let genericTitleWords: Set<String> = ["error", "errors", "code", "codes", "reference", "list", "catalogue", "catalog", "response", "responses", "status"]

    /// The catalogue's name when the front matter sets no `type`: the file name's words without
    /// a leading number and the words every error page has (`01-billing-errors.md` →
    /// `Billing`), else the page's title or first heading so shortened, else the file name's
    /// words (`error-codes.md` → `ErrorCodes`).
    static func defaultTitle(stem: String, pageTitle: String?, firstHeading: String?) -> String {
        func name(_ text: String, shortened: Bool) -> String {
            var words = Words.split(text, splitHumps: true)
            while words.count > 1, words[0].allSatisfy(\.isNumber) { words.removeFirst() }
            if shortened {
                if let first = words.first, first.allSatisfy(\.isNumber) { words.removeFirst() }
                while let last = words.last, genericTitleWords.contains(last.lowercased()) { words.removeLast() }
            }
            return Words.upperCamelCase(words)
        }
        let candidates = [stem, pageTitle, firstHeading].compactMap { $0 }.map { name($0, shortened: true) } + [name(stem, shortened: false)]
        let title = candidates.first { !$0.isEmpty } ?? "API"
        // `1st.md`: a type name cannot start with a digit.
        return title.first!.isNumber ? "Catalogue" + title : title
    }

    /// Errors for `columns:`, `tables:` and `skip-tables:` entries that name no header or
    /// heading of the page, with the nearest one as a suggestion.
    private static func checkSettingsNameSomething(_ settings: CatalogueSettings, document: MarkdownDocument, headings: [MarkdownHeading]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var headers: [String] = []
        for block in document.blocks {
            if case .table(let table) = block { headers += table.header.map(\.text) }
        }
        let normalizedHeaders = Set(headers.map(ColumnField.normalized))
        for field in ColumnField.allCases {
            guard let named = settings.columns[field], !normalizedHeaders.contains(ColumnField.normalized(named.header)) else { continue }
            diagnostics.append(.error(Suggestion.message("'columns:' names '\(named.header)' for \(field.rawValue), but no table has that header", for: named.header, in: headers), at: named.location))
        }
        let headingTexts = headings.map(\.text)
        for wanted in settings.tables + settings.skipTables where !headingTexts.contains(where: { TableSelection.sameHeading($0, wanted.heading) }) {
            diagnostics.append(.error(Suggestion.message("no heading '\(wanted.heading)' in this page", for: wanted.heading, in: headingTexts), at: wanted.location))
        }
        return diagnostics
    }

    private static func readRow(_ row: [MarkdownCell], columns: TableColumns, docsTemplate: DocsURLTemplate?, diagnostics: inout [Diagnostic]) -> [Entry] {
        func cell(_ field: ColumnField) -> MarkdownCell? { columns.fields[field].map { row[$0] } }
        let codeCell = cell(.code)!
        let codeText = codeCell.text
        if codeText.isEmpty { return [] }  // A row that continues the one above, or a spacer.
        var template = Entry(code: codeText, location: codeCell.location)
        if isStruckThrough(codeCell.markdown) { template.deprecation = "" }
        if let deprecatedCell = cell(.deprecated) { template.deprecation = FieldValues.deprecation(deprecatedCell.text) ?? template.deprecation }

        if let statusCell = cell(.status) {
            switch FieldValues.status(statusCell.text) {
            case .statuses(let statuses): template.statuses = statuses
            case .note(let note): template.statusNote = note
            case .invalid(let token):
                template.statusNote = statusCell.text
                diagnostics.append(
                    .warning("'\(token)' is not an HTTP status (100–599); the status is kept as the note '\(statusCell.text)' (write statuses as '404' or '500/503')", at: statusCell.location))
            case .partly(let statuses, let token):
                template.statuses = statuses
                diagnostics.append(.warning("'\(token)' is not an HTTP status (100–599) and is left out (write statuses as '404' or '500/503')", at: statusCell.location))
            }
        }
        if let categoryCell = cell(.category), let category = FieldValues.category(categoryCell.text) {
            template.category = category
            // A long word three edits away is still a typo (`bizness`); a short one is another word.
            if !FieldValues.knownCategories.contains(category),
                let known = Suggestion(candidates: FieldValues.knownCategories).closest(to: category, within: category.count >= 7 ? 3 : 2)
            {
                diagnostics.append(.warning("category '\(category)' is kept as written; did you mean '\(known)'?", at: categoryCell.location))
            }
        }
        if let retryableCell = cell(.retryable) {
            if let retryable = FieldValues.retryable(retryableCell.text) {
                template.retryable = retryable
            } else {
                diagnostics.append(.warning("unreadable retryable value '\(retryableCell.text)' is read as unknown; use ✅/❌/—, yes/no or true/false", at: retryableCell.location))
            }
        }
        var text = cell(.message).map { $0.text } ?? ""
        if text.utf8.first == UInt8(ascii: "("), text.uppercased().hasPrefix("(RESERVED)") {
            template.reserved = true
            text = String(text.dropFirst("(RESERVED)".count).trimmingSpaces())
        }
        if let (rest, reason) = FieldValues.deprecationPrefix(of: text) {
            text = rest
            template.deprecation = template.deprecation ?? reason
        }
        template.message = text
        if let hint = cell(.hint)?.text, !hint.isEmpty { template.hint = hint }
        if let docsCell = cell(.docs), !docsCell.markdown.isEmpty {
            let url = InlineText.firstLink(docsCell.markdown) ?? docsCell.text
            if URL(string: url) == nil {
                diagnostics.append(.warning("'\(url)' is not a valid URL; the code gets no docs URL", at: docsCell.location))
            } else {
                template.docsURL = url
            }
        }
        template.extras = columns.extras.map { ExtraField(name: $0.name, value: row[$0.index].text) }

        var entries: [Entry] = []
        for code in FieldValues.codes(codeText) {
            var entry = template
            entry.code = code
            if entry.docsURL == nil, let docsTemplate {
                entry.docsURL = docsTemplate.url(for: code)
            }
            entries.append(entry)
        }
        return entries
    }

    /// Whether a code cell is struck through: `~~code~~`, `<del>`, `<s>` or `<strike>`.
    private static func isStruckThrough(_ markdown: Substring) -> Bool {
        // Most cells hold neither `~` nor `<`: a byte scan rules them out before any search.
        guard markdown.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "<") }) else { return false }
        return markdown.contains("~~") || markdown.contains("<del>") || markdown.contains("<s>") || markdown.contains("<strike>")
    }

    /// Dotted codes name their namespace (`BCK.AGENT.0001` → `BCK.AGENT`); other codes take
    /// the nearest heading above their table, else the catalogue's title.
    private static func namespaceName(for code: String, heading: MarkdownHeading?, title: String) -> String {
        if let lastDot = dottedPrefixEnd(of: code) { return String(code[..<lastDot]) }
        return heading?.text ?? title
    }

    /// The end of a dotted code's namespace (its last dot), when every segment is non-empty
    /// and the code is one word (`Invalid key. Try again` is not dotted).
    private static func dottedPrefixEnd(of code: String) -> String.Index? {
        // A dot is one byte, never part of another character: the dots are found among bytes.
        let utf8 = code.utf8
        let dot = UInt8(ascii: ".")
        guard let lastDot = utf8.lastIndex(of: dot), utf8.last != dot, !utf8.contains(UInt8(ascii: " ")) else { return nil }
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
            let words = (segments.count >= 2 ? segments.dropFirst() : segments[...]).flatMap { Words.split(String($0), splitHumps: true) }
            return Namespace(name: name, prefixWords: [], nameWords: words, location: heading?.location ?? fileLocation)
        }
        if let heading {
            // "Billing & subscription" reads as `BillingAndSubscription`.
            let words = Words.split(heading.text.replacing("&", with: " and "), splitHumps: false)
            return Namespace(name: name, prefixWords: words.map { $0.lowercased() }, nameWords: words, location: heading.location)
        }
        return Namespace(name: name, prefixWords: [], nameWords: Words.split(name, splitHumps: true), location: fileLocation)
    }
}
