/// Markdown inline markup reduced to the plain text a reader sees: code spans, links,
/// emphasis, `<br>`, backslash escapes and character references. Other HTML-looking text
/// (`Bearer <token>`) is kept as written, since in an error catalogue it is usually text.
public enum InlineText {
    /// The plain text of a span of markdown.
    public static func plainText<S: StringProtocol>(_ markdown: S) -> String {
        if let code = soleCodeSpan(markdown) { return code }
        return hasMarkup(markdown) ? convert(Array(markdown)).text : String(markdown)
    }

    /// The content of a cell that is one code span with single backticks (`` `AUTH_X` ``),
    /// the usual code cell: its content is literal.
    private static func soleCodeSpan<S: StringProtocol>(_ markdown: S) -> String? {
        let utf8 = Array(markdown.utf8)
        guard utf8.count >= 3, utf8.first == UInt8(ascii: "`"), utf8.last == UInt8(ascii: "`") else { return nil }
        let inner = utf8[1..<(utf8.count - 1)]
        guard !inner.contains(UInt8(ascii: "`")), inner.first != 0x20 || inner.last != 0x20 else { return nil }
        return String(decoding: inner, as: UTF8.self)
    }

    /// The target of the first link or autolink in `markdown`, if any.
    public static func firstLink<S: StringProtocol>(_ markdown: S) -> String? {
        hasMarkup(markdown) ? convert(Array(markdown)).link : nil
    }

    /// Whether `markdown` holds any character that can start markup; most cells do not, and
    /// are their own plain text.
    private static func hasMarkup<S: StringProtocol>(_ markdown: S) -> Bool {
        markdown.utf8.contains { byte in
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "<"), UInt8(ascii: "&"),
                 UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
                return true
            default:
                return false
            }
        }
    }

    private static let asciiPunctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

    private struct Delimiter {
        var character: Character
        var length: Int
        var position: Int  // index in output pieces
        var canOpen: Bool
        var canClose: Bool
    }

    private static func convert(_ input: [Character]) -> (text: String, link: String?) {
        // Pieces of output; emphasis delimiters are kept as separate pieces so that matched
        // pairs can be removed after the scan.
        var pieces: [String] = []
        var delimiters: [Delimiter] = []
        var link: String?
        var index = 0
        var literal = ""
        func flush() {
            if !literal.isEmpty { pieces.append(literal); literal = "" }
        }
        while index < input.count {
            let character = input[index]
            switch character {
            case "\\":
                if index + 1 < input.count, asciiPunctuation.contains(input[index + 1]) {
                    literal.append(input[index + 1])
                    index += 2
                } else {
                    literal.append("\\")
                    index += 1
                }
            case "`":
                let run = countRun(input, from: index, of: "`")
                if let close = findClosingBackticks(input, from: index + run, length: run) {
                    var code = String(input[(index + run)..<close])
                    if code.count >= 2, code.first == " ", code.last == " ", code.contains(where: { $0 != " " }) {
                        code = String(code.dropFirst().dropLast())
                    }
                    literal += code
                    index = close + run
                } else {
                    literal += String(repeating: "`", count: run)
                    index += run
                }
            case "!" where index + 1 < input.count && input[index + 1] == "[":
                if let parsed = parseLink(input, from: index + 1) {
                    literal += convert(Array(parsed.label)).text
                    if link == nil { link = parsed.destination }
                    index = parsed.end
                } else {
                    literal.append("!")
                    index += 1
                }
            case "[":
                if let parsed = parseLink(input, from: index) {
                    literal += convert(Array(parsed.label)).text
                    if link == nil { link = parsed.destination }
                    index = parsed.end
                } else {
                    literal.append("[")
                    index += 1
                }
            case "<":
                if let (tag, end) = lineBreakTag(input, from: index) {
                    literal += tag
                    index = end
                } else if let (url, end) = autolink(input, from: index) {
                    literal += url
                    if link == nil { link = url }
                    index = end
                } else {
                    literal.append("<")
                    index += 1
                }
            case "&":
                if let (decoded, end) = characterReference(input, from: index) {
                    literal += decoded
                    index = end
                } else {
                    literal.append("&")
                    index += 1
                }
            case "*", "_", "~":
                let run = countRun(input, from: index, of: character)
                let before: Character = index > 0 ? input[index - 1] : " "
                let after: Character = index + run < input.count ? input[index + run] : " "
                let leftFlanking = !after.isWhitespace && !(after.isPunctuation && !before.isWhitespace && !before.isPunctuation)
                let rightFlanking = !before.isWhitespace && !(before.isPunctuation && !after.isWhitespace && !after.isPunctuation)
                var canOpen = leftFlanking
                var canClose = rightFlanking
                if character == "_" {
                    canOpen = leftFlanking && (!rightFlanking || before.isPunctuation)
                    canClose = rightFlanking && (!leftFlanking || after.isPunctuation)
                }
                if character == "~" && run > 2 { canOpen = false; canClose = false }
                flush()
                delimiters.append(Delimiter(character: character, length: run, position: pieces.count, canOpen: canOpen, canClose: canClose))
                pieces.append(String(repeating: character, count: run))
                index += run
            default:
                literal.append(character)
                index += 1
            }
        }
        flush()
        // Remove matched emphasis pairs: each closer takes the nearest opener of the same kind.
        var openers: [Int] = []
        for (number, delimiter) in delimiters.enumerated() {
            if delimiter.canClose, let match = openers.lastIndex(where: { delimiters[$0].character == delimiter.character && delimiters[$0].length == delimiter.length }) {
                pieces[delimiters[openers[match]].position] = ""
                pieces[delimiter.position] = ""
                openers.removeSubrange(match...)
            } else if delimiter.canOpen {
                openers.append(number)
            }
        }
        return (pieces.joined(), link)
    }

    private static func countRun(_ input: [Character], from start: Int, of character: Character) -> Int {
        var end = start
        while end < input.count, input[end] == character { end += 1 }
        return end - start
    }

    private static func findClosingBackticks(_ input: [Character], from start: Int, length: Int) -> Int? {
        var index = start
        while index < input.count {
            if input[index] == "`" {
                let run = countRun(input, from: index, of: "`")
                if run == length { return index }
                index += run
            } else {
                index += 1
            }
        }
        return nil
    }

    /// `[label](destination "title")` starting at `start` (the `[`).
    private static func parseLink(_ input: [Character], from start: Int) -> (label: ArraySlice<Character>, destination: String, end: Int)? {
        var depth = 0
        var index = start
        var labelEnd: Int?
        while index < input.count {
            let character = input[index]
            if character == "\\" { index += 2; continue }
            if character == "[" { depth += 1 }
            if character == "]" {
                depth -= 1
                if depth == 0 { labelEnd = index; break }
            }
            index += 1
        }
        guard let close = labelEnd, close + 1 < input.count, input[close + 1] == "(" else { return nil }
        var end = close + 2
        var parentheses = 1
        while end < input.count {
            if input[end] == "(" { parentheses += 1 }
            if input[end] == ")" {
                parentheses -= 1
                if parentheses == 0 { break }
            }
            end += 1
        }
        guard end < input.count else { return nil }
        var inside = String(input[(close + 2)..<end]).trimmingSpaces()
        if let space = inside.firstIndex(where: { $0 == " " }) { inside = inside[..<space] }
        if inside.first == "<", inside.last == ">" { inside = inside.dropFirst().dropLast() }
        return (input[(start + 1)..<close], String(inside), end + 1)
    }

    private static func lineBreakTag(_ input: [Character], from start: Int) -> (String, Int)? {
        guard let close = input[start...].prefix(8).firstIndex(of: ">") else { return nil }
        let tag = String(input[(start + 1)..<close]).lowercased().filter { $0 != " " }
        return (tag == "br" || tag == "br/") ? ("\n", close + 1) : nil
    }

    private static func autolink(_ input: [Character], from start: Int) -> (String, Int)? {
        guard let close = input[start...].firstIndex(of: ">") else { return nil }
        let body = String(input[(start + 1)..<close])
        guard !body.contains(" "), !body.contains("<"),
              body.hasPrefix("http://") || body.hasPrefix("https://") || body.hasPrefix("mailto:") else { return nil }
        return (body, close + 1)
    }

    private static let namedReferences: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "mdash": "—", "ndash": "–",
    ]

    private static func characterReference(_ input: [Character], from start: Int) -> (String, Int)? {
        guard let semicolon = input[start...].prefix(12).firstIndex(of: ";") else { return nil }
        let name = String(input[(start + 1)..<semicolon])
        if let named = namedReferences[name] { return (named, semicolon + 1) }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value: UInt32?
        if digits.first == "x" || digits.first == "X" {
            value = UInt32(digits.dropFirst(), radix: 16)
        } else {
            value = UInt32(digits, radix: 10)
        }
        guard let scalarValue = value, scalarValue != 0, let scalar = Unicode.Scalar(scalarValue) else { return nil }
        return (String(Character(scalar)), semicolon + 1)
    }
}
