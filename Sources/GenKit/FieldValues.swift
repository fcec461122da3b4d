/// Parsing of the cell values errgen interprets: statuses, retryable flags, categories, codes.
enum FieldValues {
    enum Status {
        case statuses([Int])
        case note(String)
        case invalid(String)
    }

    static let blankWords: Set<String> = ["", "—", "–", "-", "n/a", "na", "none"]

    /// `404`, `500/503`, `422 / 404`, `400 or 413` give statuses; text without digits
    /// (`terminal`, `(row)`) is a note; digits that are not HTTP statuses are invalid.
    static func status(_ text: String) -> Status {
        let trimmed = String(text.trimmingSpaces())
        if blankWords.contains(trimmed.lowercased()) { return .statuses([]) }
        guard trimmed.contains(where: \.isNumber) else { return .note(trimmed) }
        var statuses: [Int] = []
        func isSeparator(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "/"), UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "|"), UInt8(ascii: "\n"): true
            default: false
            }
        }
        for token in split(trimmed, at: isSeparator) {
            let word = token.lowercased()
            if word == "or" || word == "and" { continue }
            guard token.count == 3, let value = Int(token), (100...599).contains(value) else {
                return .invalid(String(token))
            }
            if !statuses.contains(value) { statuses.append(value) }
        }
        return .statuses(statuses)
    }

    static let retryableSpellings: [String: Bool?] = [
        "": nil, "—": nil, "–": nil, "-": nil, "?": nil, "n/a": nil, "unknown": nil,
        "✅": true, "✓": true, "✔": true, "✔️": true, "yes": true, "y": true, "true": true, "retryable": true,
        "❌": false, "✗": false, "✘": false, "no": false, "n": false, "false": false,
    ]

    static func retryable(_ text: String) -> Bool?? {
        retryableSpellings[String(text.trimmingSpaces()).lowercased()]
    }

    static func category(_ text: String) -> ErrorCategory?? {
        let word = String(text.trimmingSpaces()).lowercased()
        if blankWords.contains(word) { return .some(nil) }
        return ErrorCategory(rawValue: word).map { .some($0) }
    }

    /// Splits a code cell: several codes separated by `/`, `,` or line breaks.
    static func codes(_ text: String) -> [String] {
        split(text, at: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\n") })
            .map { String($0.trimmingSpaces()) }
            .filter { !$0.isEmpty }
    }

    /// `text` split at the characters that `isSeparator` accepts, all of them one ASCII byte.
    /// Cells are nearly always ASCII, whose characters are its bytes (but for CR LF, one
    /// character): there the split need not find character boundaries, most of its cost.
    private static func split(_ text: String, at isSeparator: (UInt8) -> Bool) -> [Substring] {
        if text.withUTF8Bytes({ $0.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") } }) {
            return text.utf8.split(whereSeparator: isSeparator).map { Substring($0) }
        }
        return text.split(whereSeparator: { $0.utf8.count == 1 && isSeparator($0.utf8.first!) })
    }

    /// Why `code` cannot be an error code, or nil when it can. Codes are printable ASCII
    /// identifiers: letters, digits, `_`, `.`, `-`, `:`, and `*` for families.
    static func problem(withCode code: String) -> String? {
        for scalar in code.unicodeScalars {
            let allowed = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || "_.-:*".unicodeScalars.contains(scalar)
            if !allowed {
                let shown = scalar == " " ? "a space" : "'\(scalar.escaped(asASCII: true))'"
                return "code '\(code)' contains \(shown); codes are letters, digits, '_', '.', '-' and ':'"
            }
        }
        return nil
    }

    /// `{anchor}`: the code lowercased, every run of non-alphanumerics turned into `-`.
    static func anchor(for code: String) -> String {
        // On bytes: the alphanumerics kept are ASCII, and every byte of another character is
        // not one of them.
        var anchor: [UInt8] = []
        anchor.reserveCapacity(code.utf8.count)
        var pendingDash = false
        for byte in code.lowercased().utf8 {
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                if pendingDash, !anchor.isEmpty { anchor.append(UInt8(ascii: "-")) }
                pendingDash = false
                anchor.append(byte)
            } else {
                pendingDash = true
            }
        }
        return String(decoding: anchor, as: UTF8.self)
    }
}
