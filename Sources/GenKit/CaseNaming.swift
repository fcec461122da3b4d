import Foundation

/// Swift names for namespaces and codes: readable, stable, always valid identifiers.
///
/// - Symbolic codes give their own words, without the words their namespace's heading already
///   says (`AUTH_TOO_MANY_REQUESTS` under `## Auth` → `tooManyRequests`).
/// - Numeric codes (`BCK.AGENT.0001`) take their words from the message's first clause, at
///   most ``maximumMessageWords`` of them, without articles ("Invalid Agent Execution
///   Status" → `invalidAgentExecutionStatus`); if another entry has that name, the whole message.
/// - A name still taken by an earlier entry gets the code's last segment appended. Every
///   collision is reported as a warning.
/// - Pins in the front matter (`cases:`, `namespaces:`) win over all of these.
public enum CaseNaming {
    static let maximumMessageWords = 8

    /// Initialisms written in one case (Swift API Design Guidelines): `invalidAPIKey`, `apiKey`.
    static let initialisms: Set<String> = [
        "api", "url", "urls", "uri", "id", "ids", "http", "https", "json", "jwt", "otp", "uuid", "sms", "pdf", "csv",
        "dns", "ip", "sse", "asr", "iap", "csrf", "ssrf", "ocr", "sdk", "ui", "mfa", "sso", "xml", "html", "ttl",
        "dlq", "rbac", "tls", "ssl", "db", "cep", "clabe", "spei", "rpc", "iam", "oauth2", "pii", "iso",
    ]

    /// Members of the generated enums that a case may not be named after.
    static let reservedCaseNames: Set<String> = [
        "code", "status", "category", "retryable", "message", "hint", "docsURL", "allCases", "init", "self", "Self",
        "Type", "Protocol", "description", "hashValue", "hash", "unknown", "errorDescription", "recoverySuggestion",
        "failureReason", "helpAnchor", "localizedDescription", "_",
    ]

    /// Type names that a namespace's enum may not take, because the generated code or the
    /// support types use them inside the umbrella type.
    static let reservedTypeNames: Set<String> = [
        "Failure", "Failures", "UnknownCode", "CatalogueError", "ErrorCategory", "AllCases", "Type", "Protocol", "Self",
        "String", "Int", "Bool", "URL", "Data", "Date", "Array", "Dictionary", "Optional", "Set", "Error", "Sendable",
        "Hashable", "Equatable", "CaseIterable", "Never", "Void", "Any", "LocalizedError", "JSONValue", "Resolve",
        "ErrorBody", "CatalogueTable", "ErrorCatalogue", "CatalogueFailure", "ErrorResolution", "ErrorBodyDecodingError",
        "Swift", "Foundation",
    ]

    static let keywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func", "import",
        "inout", "internal", "let", "nonisolated", "open", "operator", "package", "private", "precedencegroup", "protocol",
        "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch",
        "where", "while", "as", "false", "is", "nil", "super", "throws", "true", "try", "await", "any", "some",
    ]

    /// The words of `text`: runs of ASCII letters and digits after folding diacritics
    /// (`é` → `e`); other characters separate words. With `splitHumps`, `camelCase` and
    /// `HTTPError` are split too.
    public static func words(in text: String, splitHumps: Bool) -> [String] {
        var folded = text
        if !text.utf8.allSatisfy({ $0 < 0x80 }) {
            folded = text.applyingTransform(.toLatin, reverse: false)?.applyingTransform(.stripDiacritics, reverse: false) ?? text
        }
        // Word characters are ASCII, so the scan works on bytes.
        func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
        func isLower(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
        func isWordByte(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) || (0x30...0x39).contains(byte) }
        let bytes = Array(folded.utf8)
        var words: [String] = []
        var start: Int?
        for index in bytes.indices {
            let byte = bytes[index]
            guard isWordByte(byte) else {
                if let first = start { words.append(String(decoding: bytes[first..<index], as: UTF8.self)) }
                start = nil
                continue
            }
            if let first = start, splitHumps {
                let previous = bytes[index - 1]
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0x20
                if (isLower(previous) && isUpper(byte)) || (isUpper(previous) && isUpper(byte) && isLower(next)) {
                    words.append(String(decoding: bytes[first..<index], as: UTF8.self))
                    start = index
                }
            }
            if start == nil { start = index }
        }
        if let first = start { words.append(String(decoding: bytes[first...], as: UTF8.self)) }
        return words
    }

    /// `lowerCamelCase` of words. Initialisms are one case; a word written in capitals in
    /// mixed-case text (`IAP`) keeps them.
    public static func lowerCamelCase(_ words: [String]) -> String {
        guard let first = words.first else { return "" }
        return first.lowercased() + upperCamelCase(Array(words.dropFirst()))
    }

    /// `UpperCamelCase` of words (ASCII, as ``words(in:splitHumps:)`` makes them).
    public static func upperCamelCase(_ words: [String]) -> String {
        func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
        func isLower(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
        func lowered(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 0x20 : byte }
        func uppered(_ byte: UInt8) -> UInt8 { isLower(byte) ? byte - 0x20 : byte }
        // In SCREAMING_SNAKE text capitals say nothing; elsewhere an all-capitals word is
        // an initialism the author wrote so.
        let screaming = !words.contains { $0.utf8.contains(where: isLower) }
        var out: [UInt8] = []
        for word in words {
            let bytes = Array(word.utf8)
            guard let first = bytes.first else { continue }
            let lowerBytes = bytes.map(lowered)
            if initialisms.contains(String(decoding: lowerBytes, as: UTF8.self))
                || (!screaming && bytes.count > 1 && !bytes.contains(where: isLower) && bytes.contains(where: isUpper)) {
                out += bytes.map(uppered)
            } else {
                out.append(uppered(first))
                out += screaming ? lowerBytes.dropFirst() : bytes.dropFirst()
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Assigns type names to namespaces and case names to entries.
    public static func assign(_ catalogue: Catalogue) -> (Catalogue, [Diagnostic]) {
        var catalogue = catalogue
        var diagnostics: [Diagnostic] = []
        var codes: Set<String> = []
        for namespace in catalogue.namespaces { codes.formUnion(namespace.entries.map(\.code)) }
        for (code, pin) in catalogue.pinnedCaseNames.sorted(by: { $0.key < $1.key }) where !codes.contains(code) {
            diagnostics.append(.error(Suggestion.message("'cases:' pins a name for '\(code)', which is not a code of this catalogue", for: code, in: Array(codes)), at: pin.location))
        }
        let namespaceNames = Set(catalogue.namespaces.map(\.name))
        for (name, pin) in catalogue.pinnedTypeNames.sorted(by: { $0.key < $1.key }) where !namespaceNames.contains(name) {
            diagnostics.append(.error(Suggestion.message("'namespaces:' pins a name for '\(name)', which is not a namespace of this catalogue", for: name, in: Array(namespaceNames)), at: pin.location))
        }

        var typeOwners: [String: Namespace] = [:]
        for index in catalogue.namespaces.indices {
            let namespace = catalogue.namespaces[index]
            var typeName: String
            if let pin = catalogue.pinnedTypeNames[namespace.name] {
                typeName = pin.name
                if let problem = identifierProblem(pin.name, upper: true) {
                    diagnostics.append(.error("'\(pin.name)' cannot name a namespace: \(problem)", at: pin.location))
                }
            } else {
                typeName = validTypeName(upperCamelCase(namespace.nameWords))
            }
            if let owner = typeOwners[typeName] {
                diagnostics.append(.error(
                    "namespaces '\(owner.name)' and '\(namespace.name)' would both be named '\(typeName)'; rename one, or pin a name under 'namespaces:' in the front matter",
                    at: namespace.location, notes: [.note("'\(owner.name)' is here", at: owner.location)]))
            }
            typeOwners[typeName] = namespace
            catalogue.namespaces[index].typeName = typeName
            assignCaseNames(in: &catalogue.namespaces[index], pins: catalogue.pinnedCaseNames, diagnostics: &diagnostics)
        }
        return (catalogue, diagnostics)
    }

    private static func assignCaseNames(in namespace: inout Namespace, pins: [String: Pin], diagnostics: inout [Diagnostic]) {
        var owners: [String: Entry] = [:]
        // Pinned names are claimed first, so that a pin never loses to a derived name.
        for entry in namespace.entries {
            guard let pin = pins[entry.code] else { continue }
            if let problem = identifierProblem(pin.name, upper: false) {
                diagnostics.append(.error("'\(pin.name)' cannot name a case: \(problem)", at: pin.location))
            } else if let owner = owners[pin.name] {
                diagnostics.append(.error("'\(owner.code)' and '\(entry.code)' are both pinned to '\(pin.name)'", at: pin.location))
            }
            owners[pin.name] = entry
        }
        for index in namespace.entries.indices {
            let entry = namespace.entries[index]
            if let pin = pins[entry.code] {
                namespace.entries[index].caseName = pin.name
                continue
            }
            let candidates = derivedNames(for: entry, in: namespace).map(validCaseName)
            var name = candidates.first { owners[$0] == nil } ?? ""
            if name.isEmpty {
                let suffix = upperCamelCase(words(in: String(entry.code.split(separator: ".").last ?? ""), splitHumps: false))
                name = validCaseName(candidates[0] + suffix)
                var counter = 2
                while owners[name] != nil {
                    name = validCaseName(candidates[0] + suffix + "_\(counter)")
                    counter += 1
                }
            }
            if let owner = owners[candidates[0]] {
                diagnostics.append(.warning(
                    "'\(entry.code)' would be named '\(candidates[0])' like '\(owner.code)'; it is named '\(name)' (pin another name under 'cases:' in the front matter)",
                    at: entry.location, notes: [.note("'\(owner.code)' is here", at: owner.location)]))
            }
            owners[name] = entry
            namespace.entries[index].caseName = name
        }
    }

    static let fillerWords: Set<String> = ["a", "an", "the", "is", "are"]

    /// The names an entry can take, best first, before collisions with other entries are
    /// resolved: a symbolic code's own words without its namespace's words, then with them; a
    /// numeric code's message, first clause then whole.
    static func derivedNames(for entry: Entry, in namespace: Namespace) -> [String] {
        let lastSegment = String(entry.code.split(separator: ".").last ?? "")
        let codeWords = words(in: lastSegment, splitHumps: true)
        if !codeWords.isEmpty, !codeWords.allSatisfy({ $0.allSatisfy(\.isNumber) }) {
            var dropped = 0
            while dropped < namespace.prefixWords.count, dropped < codeWords.count - 1,
                  codeWords[dropped].lowercased() == namespace.prefixWords[dropped] {
                dropped += 1
            }
            let stripped = lowerCamelCase(Array(codeWords.dropFirst(dropped)))
            let whole = lowerCamelCase(codeWords)
            return stripped == whole ? [whole] : [stripped, whole]
        }
        func name(from text: Substring) -> String {
            let kept = words(in: String(text), splitHumps: false).filter { !fillerWords.contains($0.lowercased()) }
            return lowerCamelCase(Array(kept.prefix(maximumMessageWords)))
        }
        let fallback = "code" + upperCamelCase(codeWords)
        var names: [String] = []
        for candidate in [name(from: firstClause(of: entry.message)), name(from: entry.message[...])] {
            let chosen = candidate.isEmpty ? fallback : candidate
            if !names.contains(chosen) { names.append(chosen) }
        }
        return names
    }

    /// The message up to its first clause break (`: `, `; `, `. `, ` — `, ` – `).
    private static func firstClause(of message: String) -> Substring {
        let bytes = Array(message.utf8)
        var index = 1
        while index + 1 < bytes.count {
            let byte = bytes[index]
            let punctuation = (byte == UInt8(ascii: ":") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ".")) && bytes[index + 1] == 0x20
            // " — " and " – " are a space, E2 80 94 or E2 80 93, a space.
            let dash = byte == 0x20 && index + 4 < bytes.count && bytes[index + 1] == 0xE2 && bytes[index + 2] == 0x80
                && (bytes[index + 3] == 0x94 || bytes[index + 3] == 0x93) && bytes[index + 4] == 0x20
            if punctuation || dash {
                return message[..<message.utf8.index(message.utf8.startIndex, offsetBy: index)]
            }
            index += 1
        }
        return message[...]
    }

    /// A case name that compiles: keywords in backticks, a leading digit or a name that is
    /// reserved by the generated members gets an underscore.
    static func validCaseName(_ name: String) -> String {
        var name = name.isEmpty ? "code" : name
        if name.first!.isNumber { name = "_" + name }
        if reservedCaseNames.contains(name) { name += "_" }
        return name
    }

    static func validTypeName(_ name: String) -> String {
        var name = name.isEmpty ? "Errors" : name
        if name.first!.isNumber { name = "_" + name }
        if reservedTypeNames.contains(name) || keywords.contains(name) { name += "Errors" }
        return name
    }

    /// How a Swift name spelt in source must be written: keywords need backticks.
    public static func escaped(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// Why `name` cannot be used as given, or nil.
    static func identifierProblem(_ name: String, upper: Bool) -> String? {
        guard let first = name.first else { return "it is empty" }
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            return "use ASCII letters, digits and underscores"
        }
        if first.isNumber { return "it starts with a digit" }
        if upper ? reservedTypeNames.contains(name) : reservedCaseNames.contains(name) {
            return "'\(name)' is used by the generated code"
        }
        if upper, keywords.contains(name) { return "'\(name)' is a Swift keyword" }
        return nil
    }
}
