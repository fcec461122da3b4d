/// Which catalogue field a table column holds.
public enum ColumnField: String, CaseIterable, Sendable {
    case code, status, category, retryable, message, hint, docs, deprecated

    /// Header spellings, compared after ``normalized(_:)`` (`Error code`, `error_code` and
    /// `**ErrorCode**` are all `errorcode`).
    static let aliases: [String: ColumnField] = {
        var aliases: [String: ColumnField] = [:]
        let table: [(ColumnField, [String])] = [
            (
                .code,
                [
                    "code", "codes", "errorcode", "errorcodes", "errcode", "errorid", "errorkey", "errorname", "errortype",
                    "returncode", "resultcode", "reasoncode", "codename", "errorconstant", "错误码", "错误代码", "返回码", "错误码值",
                    "코드", "에러코드", "오류코드", "エラーコード", "コード",
                ]
            ),
            (
                .status,
                [
                    "http", "status", "httpstatus", "httpcode", "statuscode", "httpstatuscode", "httpresponse",
                    "httpresponsecode", "httpstatuses", "httperror", "responsestatus", "httpstatuscodes", "状态码", "http状态码",
                ]
            ),
            (.category, ["category", "errorcategory", "class", "errorclass", "kind", "errorkind", "group", "分类", "类别"]),
            (.retryable, ["retryable", "retriable", "retry", "canretry", "isretryable", "shouldretry", "transient", "重试"]),
            (
                .message,
                [
                    "message", "meaning", "title", "detail", "details", "description", "whenfired", "summary",
                    "explanation", "errormessage", "errordescription", "errordetail", "errordetails", "msg", "desc",
                    "cause", "case", "text", "definition", "condition", "scenario", "errortext", "info",
                    "whatitmeans", "errormsg", "reason", "描述", "说明", "含义", "错误信息", "错误描述", "错误说明", "原因",
                    "설명", "메시지", "내용", "説明", "メッセージ", "内容",
                ]
            ),
            (
                .hint,
                [
                    "hint", "frontendhandling", "clientshould", "resolution", "remediation", "howtofix", "solution",
                    "solutions", "action", "actions", "suggestedaction", "recommendedaction", "recommendation", "suggestion",
                    "fix", "howtoresolve", "troubleshooting", "whattodo", "handling", "workaround", "nextsteps",
                    "解决方案", "处理建议", "建议", "处理方法", "解决办法", "해결방법", "조치", "対処", "対処法",
                ]
            ),
            (.docs, ["docs", "docsurl", "url", "documentation", "link", "docslink", "moreinfo", "reference", "learnmore"]),
            (.deprecated, ["deprecated", "deprecation", "deprecationnote", "deprecatednote", "deprecationmessage", "deprecatedsince"]),
        ]
        for (field, names) in table {
            for name in names { aliases[name] = field }
        }
        return aliases
    }()

    /// Headers that name the code column only when the column holds codes, or the table sits
    /// under a heading about errors: `Name` and `Type` name many other things.
    static let codeLikeHeaders: Set<String> = [
        "error", "errors", "name", "identifier", "id", "type", "key", "exception", "constant", "enum", "value",
        "symbol", "errorenum", "错误", "이름", "名前", "名称",
    ]

    /// Headers of a column that names the error of a row whose `Code` is its HTTP status
    /// (`Code | Error` of `400 | bad_request`); `Name` beside a `Code` names the code instead.
    static let errorNameHeaders: Set<String> = ["error", "errors", "identifier", "exception", "type", "errortype", "key"]

    /// Headers of a column of numbers that an enum's names stand for (`Name | Value`).
    static let valueHeaders: Set<String> = ["value", "values", "number", "num", "值", "数值", "取值", "错误码值"]

    /// Headers of a table that describes fields or parameters, not errors.
    static let fieldTableHeaders: Set<String> = [
        "type", "datatype", "required", "optional", "default", "defaultvalue", "format", "nullable", "example",
        "field", "fields", "parameter", "param", "property", "attribute", "argument", "member",
    ]

    /// Headers of a column that names something other than errors, which is never taken for
    /// the code column by what it holds: a table of events or opcodes, or an endpoint list.
    static let otherThingHeaders: Set<String> = [
        "event", "events", "eventname", "eventtype", "opcode", "opcodes", "webhook", "method", "endpoint", "endpoints",
        "path", "route", "scope", "permission", "header", "command", "action", "range", "ranges", "coderange", "errorcoderange", "coderanges",
    ]

    /// A header's text lowercased, with everything but letters and digits dropped.
    static func normalized(_ header: String) -> String {
        String(header.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
    }

    /// The field `header` (normalized) names: an alias, else the words it holds (`Default
    /// status code` is a status, `Short description` a message, `Suggested fix` a hint).
    static func field(forHeader header: String) -> ColumnField? {
        if let field = aliases[header] { return field }
        if header.contains("range") { return nil }  // `Error code range`: ranges, not codes
        if header.contains("http") || header.contains("status") { return .status }
        if header.contains("message") || header.contains("description") || header.contains("explanation") || header.contains("meaning") { return .message }
        if header.contains("solution") || header.contains("resolution") || header.contains("remediation") || header.contains("howto")
            || header.contains("action") || header.contains("suggest") || header.contains("handling") || header.contains("fix")
        {
            return .hint
        }
        if header.contains("retr") { return .retryable }
        if header.contains("category") { return .category }
        if header.contains("errorcode") || header.contains("returncode") || header.contains("resultcode") || header.hasPrefix("code") { return .code }
        if header.hasSuffix("code") || header.hasSuffix("codes"), header.contains("error") || header.hasPrefix("err") { return .code }
        return nil
    }
}

/// The column layout of one error table.
struct TableColumns {
    /// Column index of each recognised field.
    var fields: [ColumnField: Int] = [:]
    /// Columns kept as extra metadata: index and header text.
    var extras: [(index: Int, name: String)] = []
    /// What errgen guessed rather than read from a header, said in `errgen lint`'s notes.
    var guesses: [String] = []
}
