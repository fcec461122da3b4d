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
        let separators: Set<Character> = [" ", "/", ",", "(", ")", "|", "\n"]
        for token in trimmed.split(whereSeparator: { separators.contains($0) }) {
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
        text.split(whereSeparator: { $0 == "/" || $0 == "," || $0 == "\n" })
            .map { String($0.trimmingSpaces()) }
            .filter { !$0.isEmpty }
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
        var anchor = ""
        var pendingDash = false
        for scalar in code.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash, !anchor.isEmpty { anchor.append("-") }
                pendingDash = false
                anchor.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return anchor
    }
}
