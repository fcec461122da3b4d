/// Markdown inline markup reduced to the plain text a reader sees: code spans, links,
/// emphasis, `<br>`, backslash escapes, character references, HTML tags and comments, and
/// MDX components (a tag whose name starts with a capital). Other HTML-looking text
/// (`Bearer <token>`) is kept as written, since in an error catalogue it is usually text.
///
/// Runs in time linear in the span's size whatever it holds: where a bracket, paren or
/// backtick run closes is found once for the whole span rather than by scanning ahead from
/// each opener, and links nested more than ``maximumLinkNesting`` deep are read as text.
public enum InlineText {
    /// The plain text of a span of markdown.
    public static func plainText<S: StringProtocol>(_ markdown: S) -> String {
        if let code = soleCodeSpan(markdown) { return code }
        return hasMarkup(markdown) ? convert(Array(markdown), depth: 0).text : String(markdown)
    }

    /// The content of a cell that is one code span with single backticks (`` `AUTH_X` ``),
    /// the usual code cell: its content is literal.
    private static func soleCodeSpan<S: StringProtocol>(_ markdown: S) -> String? {
        // Most cells do not start with a backtick: copying each one to look at its ends was an
        // eighth of building the model.
        guard markdown.utf8.first == UInt8(ascii: "`") else { return nil }
        let utf8 = Array(markdown.utf8)
        guard utf8.count >= 3, utf8.last == UInt8(ascii: "`") else { return nil }
        let inner = utf8[1..<(utf8.count - 1)]
        guard !inner.contains(UInt8(ascii: "`")), inner.first != 0x20 || inner.last != 0x20 else { return nil }
        return String(decoding: inner, as: UTF8.self)
    }

    /// The target of the first link or autolink in `markdown`, if any.
    public static func firstLink<S: StringProtocol>(_ markdown: S) -> String? {
        hasMarkup(markdown) ? convert(Array(markdown), depth: 0).link : nil
    }

    /// Whether `markdown` holds any character that can start markup; most cells do not, and
    /// are their own plain text.
    private static func hasMarkup<S: StringProtocol>(_ markdown: S) -> Bool {
        func startsMarkup(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "<"), UInt8(ascii: "&"),
                UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
                return true
            default:
                return false
            }
        }
        return markdown.withUTF8Bytes { $0.contains(where: startsMarkup) }
    }

    /// How deep links may nest in one another's labels before a `[` is read as text.
    static let maximumLinkNesting = 8

    private static let asciiPunctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

    private struct Delimiter {
        var kind: DelimiterKind
        var position: Int  // index in output pieces
        var canOpen: Bool
        var canClose: Bool
    }

    /// Emphasis delimiters pair only with a run of the same character and length.
    private struct DelimiterKind: Hashable {
        var character: Character
        var length: Int
    }

    private static func convert(_ input: [Character], depth: Int) -> (text: String, link: String?) {
        let closers = Closers(input)
        var backticks = BacktickRuns(input)
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
                if let close = backticks.closing(from: index + run, length: run) {
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
            case "!" where index + 1 < input.count && input[index + 1] == "[" && depth < maximumLinkNesting:
                if let parsed = parseLink(input, from: index + 1, closers: closers) {
                    literal += convert(Array(parsed.label), depth: depth + 1).text
                    if link == nil { link = parsed.destination }
                    index = parsed.end
                } else {
                    literal.append("!")
                    index += 1
                }
            case "[" where depth < maximumLinkNesting:
                if let parsed = parseLink(input, from: index, closers: closers) {
                    literal += convert(Array(parsed.label), depth: depth + 1).text
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
                } else if let end = htmlTagEnd(input, from: index) {
                    // The tag goes, its content stays: `<code>X</code>`, `<a name="x"></a>`,
                    // an MDX component's `<Badge>`.
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
                delimiters.append(Delimiter(kind: DelimiterKind(character: character, length: run), position: pieces.count, canOpen: canOpen, canClose: canClose))
                pieces.append(String(repeating: character, count: run))
                index += run
            default:
                literal.append(character)
                index += 1
            }
        }
        flush()
        // Remove matched emphasis pairs: each closer takes the nearest opener of the same kind,
        // and the openers between them can no longer match. Counting the open openers of each
        // kind keeps a closer without a match from scanning the whole stack.
        var openers: [Int] = []
        var openCount: [DelimiterKind: Int] = [:]
        for (number, delimiter) in delimiters.enumerated() {
            if delimiter.canClose, openCount[delimiter.kind, default: 0] > 0,
                let match = openers.lastIndex(where: { delimiters[$0].kind == delimiter.kind })
            {
                pieces[delimiters[openers[match]].position] = ""
                pieces[delimiter.position] = ""
                for closed in openers[match...] { openCount[delimiters[closed].kind]! -= 1 }
                openers.removeSubrange(match...)
            } else if delimiter.canOpen {
                openers.append(number)
                openCount[delimiter.kind, default: 0] += 1
            }
        }
        return (pieces.joined(), link)
    }

    private static func countRun(_ input: [Character], from start: Int, of character: Character) -> Int {
        var end = start
        while end < input.count, input[end] == character { end += 1 }
        return end - start
    }

    /// `[label](destination "title")` starting at `start` (the `[`).
    private static func parseLink(_ input: [Character], from start: Int, closers: Closers) -> (label: ArraySlice<Character>, destination: String, end: Int)? {
        let close = closers.closing[start]
        guard close >= 0, close + 1 < input.count, input[close + 1] == "(" else { return nil }
        let end = closers.closing[close + 1]
        guard end >= 0 else { return nil }
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

    /// HTML elements that docs pages put in tables and headings; a tag of another lowercase
    /// name (`<token>`) is text.
    static let htmlTagNames: Set<String> = [
        "a", "abbr", "b", "big", "center", "cite", "code", "del", "details", "dfn", "div", "em", "font", "i", "img",
        "ins", "kbd", "mark", "p", "pre", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "summary",
        "sup", "tt", "u", "var", "wbr", "nobr", "section", "label", "dl", "dt", "dd", "ul", "ol", "li", "table", "thead",
        "tbody", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "figure", "caption", "font",
    ]

    /// The end of an HTML tag (`<span class="x">`, `</div>`, `<a name="x"/>`), a comment
    /// (`<!-- … -->`) or an MDX component's tag starting at `start`, or nil.
    private static func htmlTagEnd(_ input: [Character], from start: Int) -> Int? {
        if input[start...].starts(with: ["<", "!", "-", "-"]) {
            var index = start + 4
            while index + 2 < input.count {
                if input[index] == "-", input[index + 1] == "-", input[index + 2] == ">" { return index + 3 }
                index += 1
            }
            return nil
        }
        var index = start + 1
        if index < input.count, input[index] == "/" { index += 1 }
        let nameStart = index
        while index < input.count, input[index].isASCII, input[index].isLetter || input[index].isNumber || input[index] == "." || input[index] == "-" {
            index += 1
        }
        guard index > nameStart, input[nameStart].isLetter else { return nil }
        let name = String(input[nameStart..<index])
        guard htmlTagNames.contains(name.lowercased()) || input[nameStart].isUppercase else { return nil }
        // Attributes, with quoted values that may hold `>`.
        var quote: Character?
        while index < input.count {
            let character = input[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ">" {
                return index + 1
            } else if character == "<" {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// `<https://…>`: no spaces and no `<` before the closing `>`, so a scan ends at the
    /// next `<` at the latest.
    private static func autolink(_ input: [Character], from start: Int) -> (String, Int)? {
        var close = start + 1
        while close < input.count, input[close] != ">" {
            if input[close] == " " || input[close] == "<" { return nil }
            close += 1
        }
        guard close < input.count else { return nil }
        let body = String(input[(start + 1)..<close])
        guard body.hasPrefix("http://") || body.hasPrefix("https://") || body.hasPrefix("mailto:") else { return nil }
        return (body, close + 1)
    }

    private static let namedReferences: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "mdash": "—", "ndash": "–",
    ]

    /// A named or numeric character reference. A reference to a control character other than
    /// tab and line feed stays as written, as `&#0;` does: catalogue text holds none (see
    /// ``SourceText``).
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
        guard let scalarValue = value, let scalar = Unicode.Scalar(scalarValue),
            scalar == "\t" || scalar == "\n" || scalar.properties.generalCategory != .control
        else { return nil }
        return (String(Character(scalar)), semicolon + 1)
    }
}

/// Where each `[` and `(` of a span closes, found in one pass. `]` pairs with `[` skipping
/// backslash escapes; `)` pairs with `(` counting every paren, as a link destination does.
private struct Closers {
    /// For the index of a `[` or `(`, the index of its closer; -1 elsewhere and where none.
    var closing: [Int]

    init(_ input: [Character]) {
        closing = Array(repeating: -1, count: input.count)
        var open: [Int] = []
        var index = 0
        while index < input.count {
            switch input[index] {
            case "\\": index += 1
            case "[": open.append(index)
            case "]": if let start = open.popLast() { closing[start] = index }
            default: break
            }
            index += 1
        }
        open = []
        for (index, character) in input.enumerated() {
            if character == "(" { open.append(index) }
            if character == ")", let start = open.popLast() { closing[start] = index }
        }
    }
}

/// The backtick runs of a span by length, so that finding the run that closes a code span
/// does not rescan the text for every opener.
private struct BacktickRuns {
    private var starts: [Int: [Int]] = [:]
    /// How far each length's list has been consumed; lookups come in increasing positions.
    private var cursors: [Int: Int] = [:]

    init(_ input: [Character]) {
        var index = 0
        while index < input.count {
            guard input[index] == "`" else { index += 1; continue }
            let start = index
            while index < input.count, input[index] == "`" { index += 1 }
            starts[index - start, default: []].append(start)
        }
    }

    /// The start of the first run of exactly `length` backticks at or after `position`.
    mutating func closing(from position: Int, length: Int) -> Int? {
        guard let runs = starts[length] else { return nil }
        var cursor = cursors[length, default: 0]
        while cursor < runs.count, runs[cursor] < position { cursor += 1 }
        cursors[length] = cursor
        return cursor < runs.count ? runs[cursor] : nil
    }
}
