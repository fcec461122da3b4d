/// Parsing of the cell values errgen interprets: statuses, retryable flags, categories, codes.
enum FieldValues {
    enum Status {
        case statuses([Int])
        case note(String)
        case invalid(String)
        /// Statuses beside a token that is not one (`999/500`).
        case partly([Int], invalid: String)
    }

    static let blankWords: Set<String> = ["", "—", "–", "-", "n/a", "na", "none"]
    /// What a code cell holds when a row has no code (`none` may be a code: `ErrorKind.none`).
    static let noCodeWords: Set<String> = ["—", "–", "-", "n/a", "na", "null", "tbd"]

    /// `404`, `500/503`, `422 / 404`, `400 or 413`, `404 Not Found` give statuses; text
    /// without digits (`terminal`, `(row)`) is a note; digits that are not HTTP statuses
    /// (`4xx`, `999`) are invalid, and the caller keeps the text as a note.
    static func status(_ text: String) -> Status {
        let trimmed = String(text.trimmingSpaces())
        // `0` stands for no status where a table gives one per row.
        if blankWords.contains(trimmed.lowercased()) || trimmed == "0" { return .statuses([]) }
        guard trimmed.contains(where: \.isNumber) else { return .note(trimmed) }
        var statuses: [Int] = []
        var invalid: Substring?
        func isSeparator(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "/"), UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "|"), UInt8(ascii: "\n"),
                UInt8(ascii: ";"), UInt8(ascii: ":"):
                true
            default: false
            }
        }
        for token in split(trimmed, at: isSeparator) {
            // Reason phrases and words between statuses (`Not Found`, `or`) are read past.
            guard token.contains(where: \.isNumber) else { continue }
            guard token.count == 3, let value = Int(token), (100...599).contains(value) else {
                invalid = invalid ?? token
                continue
            }
            if !statuses.contains(value) { statuses.append(value) }
        }
        if let invalid { return statuses.isEmpty ? .invalid(String(invalid)) : .partly(statuses, invalid: String(invalid)) }
        return .statuses(statuses)
    }

    static let retryableSpellings: [String: Bool?] = [
        "": nil, "—": nil, "–": nil, "-": nil, "?": nil, "n/a": nil, "unknown": nil,
        "✅": true, "✓": true, "✔": true, "✔️": true, "yes": true, "y": true, "true": true, "retryable": true,
        "❌": false, "✗": false, "✘": false, "no": false, "n": false, "false": false,
    ]

    /// A `Deprecated` cell: nil when empty or a no (`no`, `❌`, `—`), empty for a bare yes (`yes`,
    /// `✅`, `deprecated`), else its text, the reason (`Use SHOP.CART.0009 instead`).
    static func deprecation(_ text: String) -> String? {
        if text.isEmpty { return nil }
        if let flag = retryable(text), text.split(separator: " ").count == 1 || flag == false { return flag == true ? "" : nil }
        return text.lowercased() == "deprecated" ? "" : text
    }

    /// A message that says its code is deprecated: `(DEPRECATED) Old login flow` gives the
    /// message `Old login flow` and no reason; `Deprecated: use v2 tokens` gives `use v2 tokens`
    /// as both. Nil for any other message.
    static func deprecationPrefix(of message: String) -> (message: String, reason: String)? {
        guard let first = message.utf8.first, first == UInt8(ascii: "(") || first == UInt8(ascii: "D") || first == UInt8(ascii: "d") else { return nil }
        let upper = message.uppercased()
        if upper.hasPrefix("(DEPRECATED)") {
            return (String(message.dropFirst("(DEPRECATED)".count).trimmingSpaces()), "")
        }
        for marker in ["DEPRECATED:", "DEPRECATED."] where upper.hasPrefix(marker) {
            let rest = String(message.dropFirst(marker.count).trimmingSpaces())
            return (rest, rest)
        }
        return nil
    }

    /// A retryable cell: its spelling, else its first word (`Yes, after a backoff`).
    static func retryable(_ text: String) -> Bool?? {
        let lowered = String(text.trimmingSpaces()).lowercased()
        if let value = retryableSpellings[lowered] { return value }
        let first = lowered.prefix { $0.isLetter || $0.isNumber || !$0.isASCII && !$0.isWhitespace && !$0.isPunctuation }
        return first.isEmpty ? nil : retryableSpellings[String(first)]
    }

    /// The categories of seed 001, which ErrGenRuntime names (``WellKnownCategory``).
    static let knownCategories = WellKnownCategory.allCases.map(\.rawValue)

    /// A category cell: one of ``knownCategories`` in any case (lowercased), any other word as
    /// written, or nil when blank.
    static func category(_ text: String) -> String? {
        let word = String(text.trimmingSpaces())
        let lowered = word.lowercased()
        if blankWords.contains(lowered) { return nil }
        return knownCategories.contains(lowered) ? lowered : word.replacing("\n", with: " ")
    }

    /// The codes of a code cell's plain text: several codes separated by line breaks (`<br>`),
    /// commas, semicolons, ` / ` or spaces (`ERR_A ERR_B`, `4001/4002`); a code followed by a
    /// remark (`10018 (deprecated)`) is that code; a cell of words is one code (`Not Found`).
    /// Backslashes (`\_` written inside code spans) are dropped.
    static func codes(_ text: String) -> [String] {
        // Most cells are one plain code: nothing to split or clean, checked in one byte scan.
        let plain = text.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: "\n"), UInt8(ascii: ";"), UInt8(ascii: " "), UInt8(ascii: "/"), UInt8(ascii: "\\"),
                UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "<"), 0x80...0xFF:
                false
            default: true
            }
        }
        if plain, !text.isEmpty, text.utf8.last != UInt8(ascii: "*"), text.utf8.last != UInt8(ascii: "\""), text.utf8.last != UInt8(ascii: "'"),
            text.utf8.count > 4 || !noCodeWords.contains(text.lowercased()),
            !text.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "~") })
        {
            return [text]
        }
        if let code = jsonCode(text) { return [code] }
        var cleaned = text
        if cleaned.contains("\\") { cleaned.removeAll { $0 == "\\" } }
        if cleaned.contains("`") { cleaned.removeAll { $0 == "`" } }
        if cleaned.contains("\u{00A0}") { cleaned = cleaned.replacing("\u{00A0}", with: " ") }
        // A long code wrapped at an underscore (`CREATE_ROOM_FAIL_<br/>ALREADY_JOINED`) is one code.
        if cleaned.contains("_\n") { cleaned = cleaned.replacing("_\n", with: "_") }
        var codes: [String] = []
        let parts = split(cleaned, at: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: ";") })
        for rawPart in parts {
            for part in rawPart.split(separator: " / ") {
                let part = part.trimmingSpaces()
                guard !part.isEmpty else { continue }
                if isRange(part) {
                    codes.append(String(part))
                    continue
                }
                var tokens: [Substring] = []
                for token in part.split(separator: " ") where token != "or" && token != "and" && token != "&" && token != "|" {
                    // A code wrapped across two code spans (`duplicate_unique` `_property_exists`).
                    if let last = tokens.last, token.first == "_" || last.last == "_" {
                        tokens[tokens.count - 1] = Substring(last + token)
                    } else {
                        tokens.append(token)
                    }
                }
                if tokens.count > 1 {
                    if tokens.allSatisfy({ CellShape.isCode($0, strict: true) }) {
                        codes += tokens.flatMap(slashed)
                    } else if CellShape.isCode(tokens[0]), let remark = tokens[1].first, "(-–—:[".contains(remark) {
                        codes += slashed(tokens[0])
                    } else {
                        codes.append(String(part))
                    }
                } else if let token = tokens.first {
                    codes += slashed(token)
                }
            }
        }
        codes = codes.map { code in
            // Spaces of other widths and invisible characters at either end are not the code's,
            // nor is a footnote's star after a word (`OK*`; `11060*` is a family).
            var code = Substring(code)
            while let last = code.unicodeScalars.last, last.properties.isWhitespace || VisibleText.isInvisible(last) { code.unicodeScalars.removeLast() }
            while let first = code.unicodeScalars.first, first.properties.isWhitespace || VisibleText.isInvisible(first) { code.unicodeScalars.removeFirst() }
            if code.count > 1, code.last == "*", let before = code.dropLast().last, before.isLetter, !code.dropLast().contains("*") { code = code.dropLast() }
            // A string literal's quotes (`"SDK_NOT_SUPPORTED"`, `'auto_fund'`) are not the code's.
            if code.count > 2, let first = code.first, first == "\"" || first == "'", code.last == first { code = code.dropFirst().dropLast() }
            return String(code)
        }
        // A cell of separators only (`/`, `—`) names no code, nor does a template's placeholder
        // (`{{SPECIFIC_CODE}}`, `<code>`).
        codes.removeAll { code in
            code.allSatisfy { "-–—/|.·•~".contains($0) } || (code.first == "{" && code.last == "}") || (code.first == "<" && code.last == ">")
                || noCodeWords.contains(code.lowercased())
        }
        // A symbolic name beside its number (`E_POINTER 0x80004003`) is the name's code.
        if codes.count == 2, let number = codes.firstIndex(where: CellShape.isNumber), !CellShape.isNumber(codes[1 - number]) {
            return [codes[1 - number]]
        }
        return codes
    }

    /// The code of a cell that shows the error body itself, `{"error":"invalid_request",
    /// "error_description":"…"}`: its `error`, `code` or `error_code` member.
    static func jsonCode(_ text: String) -> String? {
        guard text.first == "{", text.last == "}", text.contains("\"") else { return nil }
        for key in ["\"error\"", "\"code\"", "\"error_code\"", "\"errorCode\""] {
            guard let keyRange = text.range(of: key) else { continue }
            var rest = text[keyRange.upperBound...].drop { $0 == " " }
            guard rest.first == ":" else { continue }
            rest = rest.dropFirst().drop { $0 == " " }
            if rest.first == "\"" {
                let value = rest.dropFirst().prefix { $0 != "\"" }.replacing("\\", with: "")
                if !value.isEmpty { return String(value) }
            } else {
                let value = rest.prefix { $0.isNumber || $0 == "-" }
                if !value.isEmpty { return String(value) }
            }
        }
        return nil
    }

    /// `4001/4002` and `ERR_A/ERR_B` are two codes; `auth/invalid-email` is one.
    private static func slashed(_ token: Substring) -> [String] {
        guard token.contains("/") else { return [String(token)] }
        let pieces = token.split(separator: "/")
        let numeric = pieces.allSatisfy { $0.allSatisfy { $0.isNumber || $0 == "-" } }
        let upper = pieces.allSatisfy { $0.count > 1 && !$0.contains(where: \.isLowercase) && $0.contains(where: \.isLetter) }
        return pieces.count > 1 && (numeric || upper) ? pieces.map(String.init) : [String(token)]
    }

    /// A numeric range written as one code, `-32000 to -32099` or `1000-1999`: a family.
    static func isRange<S: StringProtocol>(_ text: S) -> Bool {
        let code = Substring(text)
        let words = code.split(whereSeparator: { $0 == " " || $0 == "~" || $0 == "–" || $0 == "—" })
        func isNumber(_ word: Substring) -> Bool { CellShape.isNumber(String(word)) }
        if words.count == 3, words[1] == "to" || words[1] == "-" || words[1] == "..", isNumber(words[0]), isNumber(words[2]) { return true }
        if words.count == 2, isNumber(words[0]), isNumber(words[1]) { return code.contains("~") || code.contains("–") || code.contains("—") }
        if words.count == 1, !code.hasPrefix("-"), let dash = code.firstIndex(of: "-") {
            let first = code[..<dash], second = code[code.index(after: dash)...]
            return first.count == second.count && first.count >= 3 && first.allSatisfy(\.isNumber) && second.allSatisfy(\.isNumber) && Int(first)! < Int(second)!
        }
        return false
    }

    /// Whether `code` stands for many codes: a wildcard family (`100***`, `queues_*_failed`)
    /// or a numeric range.
    static func isFamily(_ code: String) -> Bool {
        var mayBeRange = false
        for byte in code.utf8 {
            if byte == UInt8(ascii: "*") { return true }
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "~") || byte >= 0x80 { mayBeRange = true }
        }
        return mayBeRange && code.contains(where: \.isNumber) && isRange(code)
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
