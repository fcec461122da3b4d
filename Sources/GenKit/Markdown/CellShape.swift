/// What a cell's plain text looks like: an error code, an HTTP status, or prose. Used to find
/// a table's code column when its header does not say, and to tell error tables from tables
/// of HTTP statuses or opcodes.
enum CellShape {
    /// Whether `token` (one word, no spaces) reads as an error code on its own: SCREAMING_SNAKE,
    /// snake_case, kebab-case, dotted, PascalCase or camelCase with two humps or more, a number
    /// (also negative, hex, or a wildcard family such as `100***`). A plain word (`Dispatch`,
    /// `timeout`) is not: it reads as a name or as prose.
    /// With `strict`, a word of capitals alone (`BAD`) is not a code either: among several
    /// words it is part of a phrase (`BAD REQUEST`).
    static func isCode<S: StringProtocol>(_ token: S, strict: Bool = false) -> Bool {
        let bytes = Array(token.utf8)
        guard !bytes.isEmpty, bytes.count <= 120 else { return false }
        var letters = 0, digits = 0, uppers = 0, lowers = 0, humps = 0, joiners = 0
        var previous: UInt8 = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                uppers += 1; letters += 1
                if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(previous) { humps += 1 }
            case UInt8(ascii: "a")...UInt8(ascii: "z"): lowers += 1; letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "/"):
                joiners += 1
            case UInt8(ascii: "*"): digits += 1
            case 0x80...: letters += 1  // a letter of another script (`FILE_PART_Х_MISSING`)
            default: return false
            }
            previous = byte
        }
        guard letters + digits > 0 else { return false }
        if letters == 0 { return true }  // 1001, -32700, 100***, 4.2.1
        if digits > 0 && (bytes.first == UInt8(ascii: "0") || uppers > 0 || joiners > 0 || letters <= 3) { return true }  // 0x5200, E1001, ERR-42
        if joiners > 0, previous != UInt8(ascii: "."), previous != UInt8(ascii: ":") { return true }  // a_b, a.b, a-b
        if lowers == 0 { return uppers >= 2 && !strict }  // ERR, NOTFOUND
        return humps >= 1 && (uppers >= 2 || bytes.first.map { !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) } == true)  // AccessDenied, invalidToken
    }

    /// Whether `code` is a number: decimal, negative or hex.
    static func isNumber(_ code: String) -> Bool {
        var digits = Substring(code)
        if digits.hasPrefix("-") { digits = digits.dropFirst() }
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") { return digits.count > 2 && digits.dropFirst(2).allSatisfy(\.isHexDigit) }
        return !digits.isEmpty && digits.allSatisfy(\.isNumber)
    }

    /// The status a cell starts with, when the cell is a status and nothing else: `404`,
    /// `200 (OK)`, `404 Not Found`, `429 - Too Many Requests`; three digits, so that a table of
    /// statuses of another protocol (`600`) reads as one too.
    static func httpStatus(_ text: String) -> (status: Int, hasReason: Bool)? {
        let utf8 = text.utf8
        guard utf8.count >= 3 else { return nil }
        let digits = utf8.prefix(3)
        // `5xx`: a class of statuses.
        if let first = digits.first, (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(first), digits.dropFirst().allSatisfy({ $0 | 0x20 == UInt8(ascii: "x") }) {
            return (Int(first - UInt8(ascii: "0")) * 100, true)
        }
        guard digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }), let value = Int(String(decoding: digits, as: UTF8.self)), (100...999).contains(value) else { return nil }
        let rest = utf8.dropFirst(3)
        guard let next = rest.first else { return (value, false) }
        // `4001` is not a status; `404 Not Found` and `200 (OK)` are.
        guard next == UInt8(ascii: " ") || next == UInt8(ascii: "(") || next == UInt8(ascii: ":") else { return nil }
        let reason = String(decoding: rest, as: UTF8.self).trimmingSpaces()
        // A reason phrase is a few capitalised words, not a sentence.
        guard reason.count <= 40 else { return nil }
        return (value, !reason.isEmpty)
    }

    /// The statuses HTTP defines (IANA's registry): a column of them is a column of HTTP
    /// statuses, where `213` or `410` among `214` is an API's own numbering.
    static let registeredHTTPStatuses: Set<Int> = Set(
        [100, 101, 102, 103] + Array(200...208) + [226] + Array(300...308)
            + Array(400...418) + Array(421...426) + [428, 429, 431, 451] + Array(500...508) + [510, 511])

    /// The reason phrases of the HTTP statuses an error table lists, as RFC 9110 writes them.
    static let reasonPhrases: [Int: String] = [
        200: "OK", 201: "Created", 202: "Accepted", 204: "No Content", 301: "Moved Permanently", 302: "Found", 304: "Not Modified",
        400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden", 404: "Not Found",
        405: "Method Not Allowed", 406: "Not Acceptable", 408: "Request Timeout", 409: "Conflict", 410: "Gone",
        411: "Length Required", 412: "Precondition Failed", 413: "Payload Too Large", 414: "URI Too Long",
        415: "Unsupported Media Type", 416: "Range Not Satisfiable", 422: "Unprocessable Entity", 423: "Locked",
        425: "Too Early", 426: "Upgrade Required", 428: "Precondition Required", 429: "Too Many Requests",
        431: "Request Header Fields Too Large", 451: "Unavailable For Legal Reasons", 500: "Internal Server Error",
        501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
    ]

    /// Whether `values` are HTTP statuses: each bare (no reason phrase), 4xx or 5xx when
    /// `errorsOnly`, and all registered but one in five, or one (an API may add its own, `542`).
    static func allRegisteredStatuses(_ values: [String], errorsOnly: Bool) -> Bool {
        var registered = 0
        for value in values {
            guard let status = httpStatus(value), !status.hasReason, status.status < 600, !errorsOnly || status.status >= 400 else { return false }
            if registeredHTTPStatuses.contains(status.status) { registered += 1 }
        }
        return !values.isEmpty && values.count - registered <= max(1, values.count / 5)
    }

    /// Whether `text` reads as prose: several words with spaces.
    static func isProse(_ text: String) -> Bool {
        var spaces = 0
        for byte in text.utf8 where byte == UInt8(ascii: " ") { spaces += 1 }
        return spaces >= 2 || (spaces >= 1 && text.utf8.count > 12)
    }
}
