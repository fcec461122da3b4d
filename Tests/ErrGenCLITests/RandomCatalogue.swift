import Foundation
@testable import GenKit

/// A random catalogue that errgen must accept: random namespaces from dotted codes and from
/// headings, random column layouts, every status, category and retryable spelling, messages
/// and hints full of characters that could break generated code, multi-code cells, families,
/// reserved codes, pinned names, and what real pages do: header spellings in markup, the
/// catalogue's own categories, struck-through, hex and negative codes, codes listed again.
struct RandomCatalogue {
    private(set) var text = ""
    private var random: SeededRandom
    private var usedCodes: Set<String> = []
    /// Codes listed so far, which a later row may list again.
    private var listedCodes: [String] = []
    private var rowNumber = 0

    static let statuses = ["404", "500/503", "422 / 404", "400 or 413", "terminal", "(row)", "", "—", "200", "301", "429"]
    static let categories = ["", "validation", "auth", "business", "integration", "internal", "—", "Business", "standard", "non-standard", "Rate limit", "quota \"\"\" */ \\\\("]
    static let codeHeaders = ["Code", "**Error code**", "<div align=\"center\">Code</div>", "Error_Code", "`code`"]
    static let messageHeaders = ["Message", "Details", "Explanation", "Error Message", "<b>Description</b>"]
    static let retryables = ["", "✅", "❌", "—", "yes", "no", "true", "false", "Y", "n/a"]
    static let codeWords = ["AUTH", "token", "Expired", "self", "init", "default", "404", "a", "URL", "x", "Type", "rawValue", "allCases", "_", "internal", "café"]
    static let headingWords = ["Billing", "&", "Café", "日本", "\"\"\"", "*/", "URL", "2FA", "self", "Type", "default", "😀", "(Apple IAP)", "x\\\\(y)", "`code`", "**bold**", "\u{202E}", "Ünïcödé"]
    static let nasty = ["\"\"\"", "\\\\(x)", "\\\\u{41}", "*/", "/*", "//", "\\\\", "#\"raw\"#", "\t", "<br>", "&#0;", "&amp;", "&#x2028;",
                        "\u{2028}", "\u{202E}", "\u{200B}", "\u{FEFF}", "😀", "👨‍👩‍👧", "e\u{301}", "%@", "${x}", "'''", "`tick`", "**b**", "_e_",
                        "[l](https://x.dev)", "<https://x.dev>", "~~s~~", "#if", "\u{FFFF}", "日本語", "Ωμέγα", "Ошибка"]

    /// The catalogue `gen<number>.md`, type `Gen<number>Error`.
    init(number: Int, random: inout SeededRandom) {
        self.random = random
        var frontMatter = "---\nerrgen:\n  type: Gen\(number)\n"
        if Bool.random(using: &self.random) {
            frontMatter += "  docs-url: https://docs.example.com/g\(number)/{code}#{anchor}\n"
        }
        var body = ""
        var pinnableCodes: [String] = []
        var pinnableNamespaces: [String] = []
        for section in 0..<Int.random(in: 1...5, using: &self.random) {
            let tag = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(section))) + String(UnicodeScalar(UInt8(ascii: "a") + UInt8(number % 26)))
            let dotted = Bool.random(using: &self.random)
            let heading = "Q\(tag) zone " + (0..<Int.random(in: 0...3, using: &self.random)).map { _ in pick(Self.headingWords) }.joined(separator: " ")
            body += "## \(heading)\n\n"
            // A namespace is pinned by its heading's plain text.
            if !dotted { pinnableNamespaces.append(String(InlineText.plainText(heading).trimmingSpaces())) }
            let (header, fields) = columns()
            body += header
            for _ in 0..<Int.random(in: 1...12, using: &self.random) {
                let codes = rowCodes(dotted: dotted, prefix: "G\(number).NS\(tag)")
                if codes.count == 1, !codes[0].contains("*"), !pinnableCodes.contains(codes[0]) { pinnableCodes.append(codes[0]) }
                body += "| " + fields.map { cell(for: $0, codes: codes) }.joined(separator: " | ") + " |\n"
            }
            body += "\n"
        }
        let pinnedCodes = pinnableCodes.shuffled(using: &self.random).prefix(3)
        if !pinnedCodes.isEmpty {
            frontMatter += "  cases:\n" + pinnedCodes.enumerated().map { "    \"\($1)\": pinned\(number)x\($0)\n" }.joined()
        }
        let pinnedNamespaces = pinnableNamespaces.shuffled(using: &self.random).prefix(2)
        if !pinnedNamespaces.isEmpty {
            frontMatter += "  namespaces:\n" + pinnedNamespaces.enumerated().map { "    '\($1.replacingOccurrences(of: "'", with: "''"))': Pinned\($0)\n" }.joined()
        }
        text = frontMatter + "---\n\n# Catalogue \(number)\n\nProse | with a pipe, not a table.\n\n" + body
        random = self.random
    }

    private mutating func pick(_ values: [String]) -> String {
        values.randomElement(using: &random)!
    }

    /// A table header with the code and message columns and a random choice of the others, in
    /// random order.
    private mutating func columns() -> (String, [String]) {
        var fields = ["Code", "Message"]
        for optional in ["HTTP", "Category", "Retryable", "Hint", "Docs", "Notes \"\"\" */ \\\\("] where Bool.random(using: &random) {
            fields.append(optional)
        }
        fields.shuffle(using: &random)
        let headers = fields.map { $0 == "Code" ? pick(Self.codeHeaders) : $0 == "Message" ? pick(Self.messageHeaders) : $0 }
        let header = "| " + headers.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: fields.count) + "\n"
        return (header, fields)
    }

    /// The codes of one row: a dotted code with a numeric last segment, or one or two symbolic
    /// codes, or a family.
    private mutating func rowCodes(dotted: Bool, prefix: String) -> [String] {
        rowNumber += 1
        if dotted { return [unique("\(prefix).\(String(format: "%04d", rowNumber))")] }
        switch Int.random(in: 0..<20, using: &random) {
        case 0, 1: return [unique("fam_\(rowNumber)_*_x")]
        case 2: return [unique("-327\(rowNumber)")]
        case 3: return [unique("0x5200\(rowNumber)")]
        case 4 where !listedCodes.isEmpty: return [pick(listedCodes)]  // listed again, to be merged
        default: break
        }
        return (0..<Int.random(in: 1...2, using: &random)).map { _ in
            let words = (0..<Int.random(in: 1...3, using: &random)).map { _ in pick(Self.codeWords) }
            let code = words.joined(separator: pick(["_", "-", ":", "__"]))
            let listed = unique(Self.codeCharacters(code))
            listedCodes.append(listed)
            return listed
        }
    }

    private mutating func unique(_ code: String) -> String {
        var candidate = code
        while usedCodes.contains(candidate) { candidate = code + "_\(usedCodes.count)" }
        usedCodes.insert(candidate)
        return candidate
    }

    private mutating func nastyText() -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            text += Bool.random(using: &random) ? pick(Self.nasty) : randomScalars()
            text += " "
        }
        return text.replacingOccurrences(of: "|", with: "\\|")
    }

    private mutating func randomScalars() -> String {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x2FF, 0x300...0x36F, 0x370...0x3FF, 0x400...0x4FF, 0x2000...0x206F, 0x3040...0x30FF, 0x4E00...0x4E80, 0x1F300...0x1F64F, 0xE000...0xE010]
        var text = ""
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            let range = ranges.randomElement(using: &random)!
            if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &random)), scalar.properties.generalCategory != .control {
                text.unicodeScalars.append(scalar)
            }
        }
        return text
    }

    private mutating func cell(for field: String, codes: [String]) -> String {
        switch field {
        case "Code":
            return codes.map { code in
                switch Int.random(in: 0..<6, using: &random) {
                case 0, 1, 2: return "`\(code)`"
                case 3 where code.first!.isLetter && code.last!.isLetter: return "~~\(code)~~"
                default: return code.replacingOccurrences(of: "_", with: "\\_")
                }
            }.joined(separator: pick([" / ", ", ", "<br>"]))
        case "Message": return (Int.random(in: 0..<10, using: &random) == 0 ? "(RESERVED) " : "") + "M\(rowNumber) " + nastyText()
        case "HTTP": return pick(Self.statuses)
        case "Category": return pick(Self.categories)
        case "Retryable": return pick(Self.retryables)
        case "Hint": return Bool.random(using: &random) ? "" : nastyText()
        case "Docs": return pick(["", "[docs](https://x.dev/p\(rowNumber))", "<https://x.dev/q\(rowNumber)>", "https://x.dev/r\(rowNumber)"])
        default: return Bool.random(using: &random) ? "" : nastyText()
        }
    }

    /// `text` cut down to the characters codes may hold: letters, digits, `_`, `-`, `:`.
    private static func codeCharacters(_ text: String) -> String {
        let kept = text.replacingOccurrences(of: "é", with: "e").unicodeScalars.filter {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "_-:".unicodeScalars.contains($0)
        }
        let code = String(String.UnicodeScalarView(kept))
        return code.isEmpty ? "c" : code
    }
}
