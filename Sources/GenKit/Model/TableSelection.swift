/// Decides which tables of a page are error tables and which column holds what, the way a
/// reader of the page would: from the headers, from what the columns hold, from the headings
/// above, and from the catalogue's own `columns:`, `tables:` and `skip-tables:` settings.
struct TableSelection {
    /// What errgen decided about one table.
    enum Verdict {
        /// An error table, with its columns and what was guessed.
        case read(TableColumns)
        /// Not an error table: why, and whether errgen is unsure (a warning) or sure (a note).
        case skipped(String, unsure: Bool)
    }

    var settings: CatalogueSettings
    /// Whether the page as a whole is about errors: its file name, its title or its first heading says so.
    var pageIsAboutErrors: Bool
    /// Whether some table of the page names its code column by header (`Code`, `Error code`):
    /// the page then shows what its error tables look like, and a table whose only code-like
    /// column is a `Value` or a `Name` is read only under a heading about errors.
    var pageHasCodeHeaders: Bool

    /// Words of a heading that say its tables list errors.
    static let errorWords: Set<String> = ["error", "errors", "exception", "exceptions", "fault", "faults", "failure", "failures", "exit", "错误", "错误码"]
    /// Words of a heading that say its tables list something else, even under a `Code` header.
    static let otherWords: Set<String> = ["opcode", "opcodes", "event", "events", "changelog"]
    /// Words of a heading that say its tables list something else, unless a header names the
    /// code column (`Generic field validation` may well list `Code`s).
    static let otherWordsUnlessCodes: Set<String> = [
        "field", "fields", "parameter", "parameters", "param", "params", "attribute", "attributes", "property",
        "properties", "header", "headers", "scope", "scopes", "permission", "permissions", "intent", "intents",
        "flag", "flags", "argument", "arguments", "option", "options", "object", "objects",
    ]

    /// Whether `text` (a heading, a title, a file name) speaks of errors.
    static func speaksOfErrors(_ text: String) -> Bool {
        ["错误", "에러", "오류", "エラー"].contains(where: text.contains) || words(text).contains { errorWords.contains($0) || $0.contains("error") }
    }

    /// The lowercased words of `text`, split at everything but letters and digits.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// The verdict on `table`, which sits under `headings` (outermost first).
    func verdict(on table: MarkdownTable, under headings: [MarkdownHeading]) -> Verdict {
        let headingTexts = headings.map(\.text)
        if let skip = settings.skipTables.first(where: { wanted in headingTexts.contains { Self.sameHeading($0, wanted.heading) } }) {
            return .skipped("'skip-tables:' lists its heading '\(skip.heading)'", unsure: false)
        }
        let chosen = !settings.tables.isEmpty
        if chosen, !settings.tables.contains(where: { wanted in headingTexts.contains { Self.sameHeading($0, wanted.heading) } }) {
            return .skipped("its heading is not listed under 'tables:'", unsure: false)
        }
        let nearest = headings.last.map { Self.words($0.text) } ?? []
        let underErrors = pageIsAboutErrors || headingTexts.contains(where: Self.speaksOfErrors)
        let headers = table.header.map { ColumnField.normalized($0.text) }
        let headerNamesCodes = headers.contains { ColumnField.aliases[$0] == .code } || settings.columns[.code] != nil
        let headingSaysErrors = nearest.contains { Self.errorWords.contains($0) }
        // A list names codes only in a page's context of errors, unless its codes cannot be
        // anything else: three or more, each a number of three digits or more or a CONSTANT_NAME.
        let unmistakable =
            table.rows.count >= 3
            && table.rows.allSatisfy { row in
                let code = row[0].text
                return (CellShape.isNumber(code) && code.count >= 3) || (code.contains("_") && !code.contains(where: \.isLowercase))
            }
        if table.isList, !underErrors, !chosen, !unmistakable {
            return .skipped("a list of codes is read only under a heading or on a page about errors", unsure: false)
        }

        var texts: [Int: [String]] = [:]
        func cells(_ column: Int) -> [String] {
            if let known = texts[column] { return known }
            let values = table.rows.map { $0[column].text }.filter { !$0.isEmpty }
            texts[column] = values
            return values
        }
        /// The share of a column's cells that hold only codes.
        func codeShare(_ column: Int) -> Double {
            let values = cells(column)
            guard !values.isEmpty else { return 0 }
            let codes = values.filter { value in
                if FieldValues.jsonCode(value) != nil { return true }  // an error body names its code
                let codes = FieldValues.codes(value)
                return !codes.isEmpty && codes.allSatisfy { CellShape.isCode($0) }
            }
            return Double(codes.count) / Double(values.count)
        }

        if !chosen, !headingSaysErrors,
            let other = nearest.first(where: { word in
                if Self.otherWords.contains(word) { return true }
                guard Self.otherWordsUnlessCodes.contains(word), !headerNamesCodes else { return false }
                // An error page's enum reference lists its codes under `Fields`: a `Name` column
                // of codes on a page about errors is read.
                return !(pageIsAboutErrors && headers.indices.contains { ColumnField.codeLikeHeaders.contains(headers[$0]) && codeShare($0) >= 0.9 })
            })
        {
            return .skipped("its heading '\(headings.last!.text)' names \(other), not errors", unsure: false)
        }

        var columns = TableColumns()
        // The catalogue's own names first, then the headers' aliases.
        for field in ColumnField.allCases {
            if let named = settings.columns[field], let index = headers.firstIndex(of: ColumnField.normalized(named.header)) { columns.fields[field] = index }
        }
        for (index, header) in headers.enumerated() where !columns.fields.values.contains(index) {
            if let field = ColumnField.field(forHeader: header), columns.fields[field] == nil { columns.fields[field] = index }
        }

        if columns.fields[.code] == nil, let status = columns.fields[.status], settings.columns[.status] == nil {
            // `Status code` holding `4001`: the API's own codes under a status header.
            let values = cells(status)
            if !values.isEmpty, values.allSatisfy({ CellShape.httpStatus($0) == nil }), codeShare(status) >= 0.8 {
                columns.fields[.status] = nil
                columns.fields[.code] = status
                columns.guesses.append("the codes are in '\(table.header[status].text)', whose cells are not HTTP statuses")
            }
        }
        let assigned = { (index: Int) in columns.fields.values.contains(index) }
        let hasStatuses = columns.fields[.status].map { cells($0).contains { CellShape.httpStatus($0) != nil } } ?? false
        if columns.fields[.code] == nil {
            // `Error`, `Name`, `Identifier`: codes when the cells look like codes, or under a heading about errors.
            let candidates = headers.indices.filter { !assigned($0) && ColumnField.codeLikeHeaders.contains(headers[$0]) }
            // Elsewhere, `Name | Description` lists enum values or regions: codes only beside statuses.
            let byContent = hasStatuses ? candidates.first(where: { codeShare($0) >= 0.6 }) : nil
            if let index = (underErrors || chosen ? candidates.first : nil) ?? byContent {
                columns.fields[.code] = index
                columns.guesses.append("the codes are in '\(table.header[index].text)'")
            }
        }
        if columns.fields[.code] == nil, underErrors, let status = columns.fields[.status], CellShape.allRegisteredStatuses(cells(status), errorsOnly: true) {
            // `HTTP response code | Typical failure` of 4xx and 5xx on a page of errors: the
            // statuses are its codes. With a 200 among them, it is a reference of statuses.
            columns.fields[.code] = status
            columns.guesses.append("the codes are the HTTP statuses in '\(table.header[status].text)'")
        }
        if columns.fields[.code] == nil, let message = columns.fields[.message], settings.columns[.message] == nil, !cells(message).isEmpty,
            cells(message).allSatisfy({ !$0.contains(" ") && CellShape.isCode($0) }),
            cells(message).filter({ CellShape.isCode($0, strict: true) }).count * 5 >= cells(message).count * 4
        {
            // `Cause | Description` of `USER_BUSY`: a column of codes is not the messages.
            columns.fields[.message] = nil
            columns.fields[.code] = message
            columns.guesses.append("the codes are in '\(table.header[message].text)', whose cells are all codes")
        }
        if columns.fields[.code] == nil, let other = headers.firstIndex(where: ColumnField.otherThingHeaders.contains) {
            return .skipped("it lists \(table.header[other].text.lowercased())s, not errors", unsure: false)
        }
        if columns.fields[.code] == nil {
            // A header that says nothing (`Gateway response type`): the first column of codes,
            // or beside HTTP statuses, of single words (`Forbidden`, `NotFound`).
            let tokenShare = { (column: Int) in Double(cells(column).filter { !$0.contains(" ") }.count) / Double(max(1, cells(column).count)) }
            if underErrors || chosen || hasStatuses,
                let index = headers.indices.first(where: {
                    !assigned($0) && !ColumnField.fieldTableHeaders.contains(headers[$0]) && !cells($0).isEmpty
                        && (codeShare($0) >= 0.9 || (hasStatuses && tokenShare($0) >= 0.9))
                })
            {
                columns.fields[.code] = index
                columns.guesses.append("the codes are in '\(table.header[index].text)', whose cells all look like codes")
            }
        }
        if columns.fields[.code] == nil, chosen, let index = headers.indices.first(where: { !assigned($0) }) {
            columns.fields[.code] = index
            columns.guesses.append("the codes are in its first free column, '\(table.header[index].text)'")
        }
        if let code = columns.fields[.code], settings.columns[.code] == nil {
            // `Code | Subcode`: where the code column repeats its values (a SIP or HTTP code per
            // outcome), the other column of codes that names each row is the code.
            let distinct = { (column: Int) in Set(cells(column)).count }
            // `Code | Error` of `400 | bad_request`: the statuses head the row, the error names it.
            if columns.fields[.status] == nil, CellShape.allRegisteredStatuses(cells(code), errorsOnly: false),
                let named = headers.indices.first(where: { !assigned($0) && ColumnField.errorNameHeaders.contains(headers[$0]) && codeShare($0) >= 0.6 })
            {
                columns.fields[.code] = named
                columns.fields[.status] = code
                columns.guesses.append("the codes are in '\(table.header[named].text)', beside the HTTP statuses in '\(table.header[code].text)'")
            } else if let better = headers.indices.first(where: {
                $0 != code && !assigned($0) && headers[$0].contains("code") && distinct($0) > distinct(code) && distinct($0) * 5 >= cells($0).count * 4
            }) {
                columns.fields[.code] = better
                columns.guesses.append("the codes are in '\(table.header[better].text)', which names each row where '\(table.header[code].text)' repeats")
                if columns.fields[.status] == nil, cells(code).filter({ CellShape.httpStatus($0) != nil }).count * 2 >= cells(code).count {
                    columns.fields[.status] = code
                }
            }
        }
        if let code = columns.fields[.code], settings.columns[.code] == nil, cells(code).count * 2 < table.rows.count,
            let named = headers.indices.first(where: { !assigned($0) && ColumnField.codeLikeHeaders.contains(headers[$0]) && cells($0).count * 2 >= table.rows.count && codeShare($0) >= 0.8 })
        {
            // `ResultCode | Name | Value` whose first column names a group on its first row
            // only: the codes are the names of each row.
            columns.fields[.code] = named
            columns.guesses.append("the codes are in '\(table.header[named].text)'; '\(table.header[code].text)' names groups of rows")
        }
        guard let code = columns.fields[.code] else {
            if let status = columns.fields[.status], !cells(status).isEmpty, cells(status).allSatisfy({ CellShape.httpStatus($0) != nil }) {
                return .skipped("its rows are HTTP statuses ('\(cells(status)[0])'), not the API's error codes", unsure: false)
            }
            let unsure = underErrors && headers.count >= 2
            return .skipped("no column holds error codes (headers: \(table.header.map { "'\($0.text)'" }.joined(separator: ", ")))", unsure: unsure)
        }

        if !chosen {
            let values = cells(code)
            let statuses = values.compactMap(CellShape.httpStatus)
            // `400 | Bad Request`: the codes are the statuses' reason phrases.
            if let status = columns.fields[.status] {
                let reasons = table.rows.filter { row in
                    guard let value = CellShape.httpStatus(row[status].text), let reason = CellShape.reasonPhrases[value.status] else { return false }
                    return row[code].text == reason
                }
                if !table.rows.isEmpty, reasons.count * 5 >= table.rows.count * 4 {
                    return .skipped("its codes are the reason phrases of HTTP statuses ('\(table.rows[0][code].text)')", unsure: false)
                }
            }
            // `200 (OK)` or `404 Not Found`: HTTP statuses. `100`, `200`, `600` under a heading
            // that does not speak of errors: the statuses of something else.
            if !values.isEmpty, statuses.count == values.count, columns.fields[.status] == nil,
                statuses.contains(where: \.hasReason)
                    || (statuses.contains { $0.status < 400 } && !(headings.last.map { Self.speaksOfErrors($0.text) } ?? pageIsAboutErrors))
            {
                return .skipped("its codes are statuses ('\(values[0])'), not the API's error codes", unsure: false)
            }
            if settings.columns[.code] == nil, ColumnField.aliases[headers[code]] != .code,
                let field = headers.indices.first(where: { $0 != code && ColumnField.fieldTableHeaders.contains(headers[$0]) })
            {
                return .skipped("it describes fields (it has a '\(table.header[field].text)' column)", unsure: false)
            }
        }

        if settings.columns[.code] == nil, ColumnField.aliases[headers[code]] != .code,
            let value = headers.indices.first(where: {
                !assigned($0) && ColumnField.valueHeaders.contains(headers[$0]) && !cells($0).isEmpty
                    && cells($0).allSatisfy(CellShape.isNumber) && Set(cells($0)).count == cells($0).count
            })
        {
            // `Name | Value` of an SDK's enum (`kErrorCodeInvalidToken | -1000`): the number is
            // what the wire carries.
            columns.fields[.code] = value
            columns.guesses.append("the codes are the numbers in '\(table.header[value].text)', beside their names")
        }
        if columns.fields[.status] == nil, CellShape.allRegisteredStatuses(cells(code), errorsOnly: true) {
            // `Error Code | Meaning` of 400, 401, 500: the codes are HTTP statuses, and their own.
            columns.fields[.status] = code
        } else if columns.fields[.status] == nil,
            let status = headers.indices.first(where: { index in
                !columns.fields.values.contains(index) && !cells(index).isEmpty
                    && cells(index).allSatisfy { CellShape.httpStatus($0).map { $0.status < 600 } ?? false }
            })
        {
            // `HTML Error | Code`: a column of HTTP statuses beside the codes is their status.
            columns.fields[.status] = status
            columns.guesses.append("the statuses are in '\(table.header[status].text)', whose cells are all HTTP statuses")
        }
        if columns.fields[.message] == nil {
            // The column with the most prose, else none: rows then say they have no message.
            let free = headers.indices.filter { !columns.fields.values.contains($0) }
            let best = free.max { prose(cells($0)) < prose(cells($1)) }
            if let best, prose(cells(best)) > 0 {
                columns.fields[.message] = best
                columns.guesses.append("the messages are in '\(table.header[best].text)'")
            } else if let hint = columns.fields[.hint] {
                columns.fields[.message] = hint
                columns.fields[.hint] = nil
                columns.guesses.append("the messages are in '\(table.header[hint].text)'")
            } else {
                columns.guesses.append("no column holds messages")
            }
        }
        for (index, cell) in table.header.enumerated() where !columns.fields.values.contains(index) {
            columns.extras.append((index, cell.text))
        }
        return .read(columns)
    }

    /// How much prose a column holds: its cells' total length, counting only cells with words.
    private func prose(_ values: [String]) -> Int {
        values.reduce(0) { $0 + ($1.contains(" ") || $1.utf8.count > 24 ? $1.utf8.count : 0) }
    }

    /// Whether a heading's text is the one a setting names: compared without case, markup or punctuation.
    static func sameHeading(_ heading: String, _ wanted: String) -> Bool {
        ColumnField.normalized(heading) == ColumnField.normalized(wanted)
    }
}
