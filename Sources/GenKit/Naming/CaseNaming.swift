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

    /// Members of the generated enums that a case may not be named after. (Names that start
    /// with `_` and a letter are left to the generated code as a whole: see
    /// ``identifierProblem(_:upper:)``.)
    static let reservedCaseNames: Set<String> = [
        "code", "status", "category", "retryable", "message", "hint", "docsURL", "allCases", "init", "self", "Self",
        "Type", "Protocol", "description", "hashValue", "hash", "unknown", "errorDescription", "recoverySuggestion",
        "failureReason", "helpAnchor", "localizedDescription", "entry", "_",
    ]

    /// Type names that a namespace's enum may not take, because the generated code or the
    /// support types use them inside the umbrella type.
    static let reservedTypeNames: Set<String> = [
        "Failure", "Failures", "UnknownCode", "CatalogueError", "ErrorCategory", "AllCases", "Type", "Protocol", "Self",
        "String", "Int", "Bool", "URL", "Data", "Date", "Array", "Dictionary", "Optional", "Set", "Error", "Sendable",
        "Hashable", "Equatable", "CaseIterable", "Never", "Void", "Any", "LocalizedError", "JSONValue", "Resolve",
        "ErrorBody", "CatalogueTable", "ErrorCatalogue", "CatalogueFailure", "ErrorResolution", "ErrorBodyDecodingError",
        "CatalogueEntry", "ErrGenRuntime", "Swift", "Foundation",
    ]

    static let keywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func", "import",
        "inout", "internal", "let", "nonisolated", "open", "operator", "package", "private", "precedencegroup", "protocol",
        "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch",
        "where", "while", "as", "false", "is", "nil", "super", "throws", "true", "try", "await", "any", "some",
    ]

    /// The catalogue with its names: a type name and an umbrella case for each namespace, a case
    /// name for each entry. Reports names that would not compile: an invalid or reserved
    /// catalogue type name, pins that name nothing or are not valid names, and two namespaces
    /// that would share a type or case name.
    public static func assign(_ catalogue: Catalogue) -> (NamedCatalogue, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        if let problem = identifierProblem(catalogue.typeName, upper: true) {
            diagnostics.append(.error("'\(catalogue.typeName)' cannot name the catalogue's type: \(problem); set 'type:' under 'errgen:' in the front matter", at: catalogue.typeNameLocation))
        }
        var codes: Set<String> = []
        for namespace in catalogue.namespaces { codes.formUnion(namespace.entries.map(\.code)) }
        // Made only when a pin needs one: sorting and lowering every code is a tenth of naming.
        lazy var codeSuggestions = Suggestion(candidates: codes)
        for (code, pin) in catalogue.pinnedCaseNames.sorted(by: { $0.key < $1.key }) where !codes.contains(code) {
            diagnostics.append(.error(codeSuggestions.message("'cases:' pins a name for '\(code)', which is not a code of this catalogue", for: code), at: pin.location))
        }
        let namespaceNames = Set(catalogue.namespaces.map(\.name))
        lazy var namespaceSuggestions = Suggestion(candidates: namespaceNames)
        for (name, pin) in catalogue.pinnedTypeNames.sorted(by: { $0.key < $1.key }) where !namespaceNames.contains(name) {
            diagnostics.append(.error(namespaceSuggestions.message("'namespaces:' pins a name for '\(name)', which is not a namespace of this catalogue", for: name), at: pin.location))
        }
        let typeNames = typeNames(of: catalogue, diagnostics: &diagnostics)
        let namespaces = zip(catalogue.namespaces, typeNames).map { namespace, names in
            let caseNames = caseNames(in: namespace, pins: catalogue.pinnedCaseNames, diagnostics: &diagnostics)
            return NamedNamespace(
                name: namespace.name, typeName: names.type, caseName: names.umbrellaCase, location: namespace.location,
                entries: zip(namespace.entries, caseNames).map(NamedEntry.init), families: namespace.families)
        }
        let named = NamedCatalogue(
            path: catalogue.path, stem: catalogue.stem, fileName: catalogue.fileName, byteCount: catalogue.byteCount, typeName: catalogue.typeName,
            typeNameLocation: catalogue.typeNameLocation, title: catalogue.title, namespaces: namespaces,
            acceptedBreaking: catalogue.acceptedBreaking)
        return (named, diagnostics)
    }

    /// Each namespace's nested type and its case in the umbrella enum. Both share the umbrella's
    /// scope, so two namespaces may not share either name: `URL validation` and `Url Validation`,
    /// or a pin and a derived name, are reported with where each comes from.
    private static func typeNames(of catalogue: Catalogue, diagnostics: inout [Diagnostic]) -> [(type: String, umbrellaCase: String)] {
        var typeOwners: [String: Namespace] = [:]
        var caseOwners: [String: Namespace] = [:]
        var names: [(type: String, umbrellaCase: String)] = []
        names.reserveCapacity(catalogue.namespaces.count)
        for namespace in catalogue.namespaces {
            let typeName: String
            if let pin = catalogue.pinnedTypeNames[namespace.name] {
                typeName = pin.name
                if let problem = identifierProblem(pin.name, upper: true) ?? (pin.name == catalogue.typeName ? "it is the catalogue's own type" : nil) {
                    diagnostics.append(.error("'\(pin.name)' cannot name a namespace: \(problem)", at: pin.location))
                }
            } else {
                typeName = validTypeName(Words.upperCamelCase(namespace.nameWords), besides: catalogue.typeName)
            }
            let caseName = umbrellaCaseName(ofType: typeName)
            names.append((typeName, caseName))
            // Namespaces with families only generate no type.
            guard !namespace.entries.isEmpty else { continue }
            let clash: (owner: Namespace, what: String)? =
                typeOwners[typeName].map { ($0, "named '\(typeName)'") }
                ?? caseOwners[caseName].map { ($0, "the case '\(caseName)' of '\(catalogue.typeName)'") }
            if let (owner, what) = clash {
                var notes: [Diagnostic] = [.note("'\(owner.name)' is here", at: owner.location)]
                for pinned in [owner, namespace] {
                    if let pin = catalogue.pinnedTypeNames[pinned.name] { notes.append(.note("'namespaces:' pins '\(pinned.name)' to '\(pin.name)' here", at: pin.location)) }
                }
                diagnostics.append(
                    .error(
                        "namespaces '\(owner.name)' and '\(namespace.name)' would both be \(what); rename one, or pin a name under 'namespaces:' in the front matter",
                        at: namespace.location, notes: notes))
            }
            typeOwners[typeName] = typeOwners[typeName] ?? namespace
            caseOwners[caseName] = caseOwners[caseName] ?? namespace
        }
        return names
    }

    /// The case name of each of the namespace's entries, in order.
    private static func caseNames(in namespace: Namespace, pins: [String: Pin], diagnostics: inout [Diagnostic]) -> [String] {
        // Each name's entry, by index: an `Entry` copy would retain each of its strings.
        var owners: [String: Int] = [:]
        owners.reserveCapacity(namespace.entries.count)
        // Pinned names are claimed first, so that a pin never loses to a derived name.
        for (index, entry) in namespace.entries.enumerated() {
            guard let pin = pins[entry.code] else { continue }
            if let problem = identifierProblem(pin.name, upper: false) {
                diagnostics.append(.error("'\(pin.name)' cannot name a case: \(problem)", at: pin.location))
            } else if let owner = owners[pin.name] {
                diagnostics.append(.error("'\(namespace.entries[owner].code)' and '\(entry.code)' are both pinned to '\(pin.name)'", at: pin.location))
            }
            owners[pin.name] = index
        }
        var names: [String] = []
        names.reserveCapacity(namespace.entries.count)
        // The next number to try after a name, so that many entries with one name stay linear.
        var nextNumber: [String: Int] = [:]
        for (index, entry) in namespace.entries.enumerated() {
            if let pin = pins[entry.code] {
                names.append(pin.name)
                continue
            }
            let candidates = derivedNames(for: entry, in: namespace).map(validCaseName)
            var name = candidates.first { owners[$0] == nil } ?? ""
            if name.isEmpty {
                let suffix = Words.upperCamelCase(Words.split(lastSegment(of: entry.code), splitHumps: false))
                let base = validCaseName(candidates[0] + suffix)
                name = base
                var number = nextNumber[base, default: 2]
                while owners[name] != nil {
                    name = validCaseName(base + "_\(number)")
                    number += 1
                }
                nextNumber[base] = number
            }
            // Codes of one cell share their row's message, and so their name: expected, not worth a word.
            if let ownerIndex = owners[candidates[0]], namespace.entries[ownerIndex].location != entry.location {
                let owner = namespace.entries[ownerIndex]
                diagnostics.append(
                    .warning(
                        "'\(entry.code)' would be named '\(candidates[0])' like '\(owner.code)'; it is named '\(name)' (pin another name under 'cases:' in the front matter)",
                        at: entry.location, notes: [.note("'\(owner.code)' is here", at: owner.location)]))
            }
            owners[name] = index
            names.append(name)
        }
        return names
    }

    static let fillerWords: Set<String> = ["a", "an", "the", "is", "are"]

    /// The names an entry can take, best first, before collisions with other entries are
    /// resolved: a symbolic code's own words without its namespace's words, then with them; a
    /// numeric code's message, first clause then whole.
    static func derivedNames(for entry: Entry, in namespace: Namespace) -> [String] {
        let codeWords = Words.split(lastSegment(of: entry.code), splitHumps: true)
        // Words are ASCII letters and digits: a numeric one is all digits.
        if !codeWords.isEmpty, !codeWords.allSatisfy({ $0.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }) {
            var dropped = 0
            while dropped < namespace.prefixWords.count, dropped < codeWords.count - 1,
                codeWords[dropped].lowercased() == namespace.prefixWords[dropped]
            {
                dropped += 1
            }
            let stripped = Words.lowerCamelCase(Array(codeWords.dropFirst(dropped)))
            let whole = Words.lowerCamelCase(codeWords)
            return stripped == whole ? [whole] : [stripped, whole]
        }
        func name(from text: Substring) -> String {
            func kept(_ text: Substring) -> [String] {
                Words.split(String(text), splitHumps: false).filter { !fillerWords.contains($0.lowercased()) }
            }
            // A name takes the first words only: a long message is read whole only when its
            // start holds too few of them (the last word of a prefix may be cut short).
            // A character is at least one byte: a short text is its own prefix, without
            // counting its characters.
            let start = text.utf8.count <= messagePrefixLength ? text : text.prefix(messagePrefixLength)
            var found = kept(start)
            if found.count <= maximumMessageWords, start.endIndex != text.endIndex { found = kept(text) }
            return Words.lowerCamelCase(Array(found.prefix(maximumMessageWords)))
        }
        var names: [String] = []
        let clause = firstClause(of: entry.message)
        let candidates = clause.endIndex == entry.message.endIndex ? [name(from: clause)] : [name(from: clause), name(from: entry.message[...])]
        for candidate in candidates {
            let chosen = candidate.isEmpty ? "code" + Words.upperCamelCase(codeWords) : candidate
            if !names.contains(chosen) { names.append(chosen) }
        }
        return names
    }

    static let messagePrefixLength = 1_000

    /// The last non-empty dot-separated segment of a code (`BCK.AGENT.0001` → `0001`). A dot is
    /// one byte in UTF-8 and never part of another character, so the split is on bytes.
    private static func lastSegment(of code: String) -> String {
        let utf8 = code.utf8
        let dot = UInt8(ascii: ".")
        guard let last = utf8.lastIndex(where: { $0 != dot }) else { return "" }
        let end = utf8.index(after: last)
        let start = utf8[..<end].lastIndex(of: dot).map(utf8.index(after:)) ?? utf8.startIndex
        return String(code[start..<end])
    }

    /// The message up to its first clause break (`: `, `; `, `. `, ` — `, ` – `, ` -- `).
    private static func firstClause(of message: String) -> Substring {
        let bytes = Array(message.utf8)
        var index = 1
        while index + 1 < bytes.count {
            let byte = bytes[index]
            let punctuation = (byte == UInt8(ascii: ":") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ".")) && bytes[index + 1] == 0x20
            // " — " and " – " are a space, E2 80 94 or E2 80 93, a space.
            let dash =
                byte == 0x20 && index + 4 < bytes.count && bytes[index + 1] == 0xE2 && bytes[index + 2] == 0x80
                && (bytes[index + 3] == 0x94 || bytes[index + 3] == 0x93) && bytes[index + 4] == 0x20
            // " -- ", a dash typed in ASCII (`Bad Request -- Your request is invalid.`).
            let asciiDash = byte == 0x20 && index + 3 < bytes.count && bytes[index + 1] == UInt8(ascii: "-") && bytes[index + 2] == UInt8(ascii: "-") && bytes[index + 3] == 0x20
            if punctuation || dash || asciiDash {
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

    /// A type name that compiles and differs from its case in the umbrella enum: it starts with
    /// a capital letter (`2fa` → `_2Fa`), and a reserved name, a keyword or the catalogue's own
    /// type (`catalogueType`) gets `Errors` appended.
    static func validTypeName(_ name: String, besides catalogueType: String) -> String {
        var name = name.isEmpty ? "Errors" : name
        if name.first!.isNumber { name = "_" + name }
        if let letter = name.firstIndex(where: \.isLetter) {
            name.replaceSubrange(letter...letter, with: name[letter].uppercased())
        } else {
            name += "Errors"
        }
        if reservedTypeNames.contains(name) || keywords.contains(name) || name == catalogueType { name += "Errors" }
        return name
    }

    /// The umbrella enum's case for a namespace's type: the type in lower camel case, its
    /// leading initialism lowered as one word (`URLValidation` → `urlValidation`, `_2FA` → `_2fa`).
    static func umbrellaCaseName(ofType type: String) -> String {
        let prefix = type.prefix { $0 == "_" || $0.isNumber }
        let rest = type.dropFirst(prefix.count)
        let capitals = rest.prefix { $0.isUppercase || $0.isNumber }
        let lowered: String
        if capitals.count > 1, capitals.count < rest.count {
            // Keep the capital that starts the next word.
            lowered = capitals.dropLast().lowercased() + rest.dropFirst(capitals.count - 1)
        } else {
            lowered = capitals.lowercased() + rest.dropFirst(capitals.count)
        }
        return validCaseName(prefix + lowered)
    }

    /// How a Swift name spelt in source must be written: keywords need backticks.
    public static func escaped(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// Why `name` cannot be used as given, or nil. Type names start with a capital letter and
    /// case names with a lowercase letter, so that a type never shares a name with a case; a
    /// case name may start with `_` only before a digit (`_404`), since names like `_table`
    /// belong to the generated code.
    static func identifierProblem(_ name: String, upper: Bool) -> String? {
        guard let first = name.first else { return "it is empty" }
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            return "use ASCII letters, digits and underscores"
        }
        if first.isNumber { return "it starts with a digit" }
        if upper, !first.isUppercase { return "a type name starts with a capital letter" }
        if !upper, first == "_", name.dropFirst().first?.isNumber != true {
            return "names that start with '_' are left to the generated code (except before a digit, as in '_404')"
        }
        if !upper, first.isUppercase { return "a case name starts with a lowercase letter" }
        if upper ? reservedTypeNames.contains(name) : reservedCaseNames.contains(name) {
            return "'\(name)' is used by the generated code"
        }
        return nil
    }
}
