/// Which catalogue field a table column holds, recognised by its header.
public enum ColumnField: String, CaseIterable, Sendable {
    case code, status, category, retryable, message, hint, docs

    /// Header spellings, compared after lowercasing and dropping everything but letters and
    /// digits (`Error code`, `error_code` and `ErrorCode` are all `errorcode`).
    static let aliases: [String: ColumnField] = {
        var aliases: [String: ColumnField] = [:]
        let table: [(ColumnField, [String])] = [
            (.code, ["code", "errorcode", "errcode", "codes"]),
            (.status, ["http", "status", "httpstatus", "httpcode", "statuscode"]),
            (.category, ["category", "errorcategory"]),
            (.retryable, ["retryable", "retriable", "retry"]),
            (.message, ["message", "meaning", "title", "detail", "description", "whenfired", "summary"]),
            (.hint, ["hint", "frontendhandling", "clientshould", "resolution", "remediation", "howtofix"]),
            (.docs, ["docs", "docsurl", "url", "documentation", "link", "docslink"]),
        ]
        for (field, names) in table {
            for name in names { aliases[name] = field }
        }
        return aliases
    }()

    static func normalized(_ header: String) -> String {
        String(header.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }.map(Character.init))
    }
}

/// The column layout of one error table.
struct TableColumns {
    /// Column index of each recognised field (the first column wins when two match).
    var fields: [ColumnField: Int] = [:]
    /// Columns kept as extra metadata: index and header text.
    var extras: [(index: Int, name: String)] = []

    /// The layout of `table`, or nil when it has no code column (it is not an error table).
    init?(_ table: MarkdownTable) {
        for (index, cell) in table.header.enumerated() {
            let name = cell.text
            if let field = ColumnField.aliases[ColumnField.normalized(name)], fields[field] == nil {
                fields[field] = index
            } else {
                extras.append((index, name))
            }
        }
        guard fields[.code] != nil else { return nil }
    }
}
