/// Reads a bulleted or numbered list whose items each name a code and say what it means into a
/// two-column table (`Code`, `Description`), marked as a list:
///
/// ```
/// - FIRSTNAME_INVALID: The first name was rejected
/// - `PHONE_CODE_EXPIRED` — The login code is too old
/// ```
///
/// A list is one of codes when two items or more, and four in five of them, start with a code
/// followed by `:` or a dash. The catalogue reader reads such a list only under a heading or on
/// a page about errors (``TableSelection``).
enum CodeListReader {
    /// The list starting at line `first`: its table when it is a list of codes, and the index
    /// of the line after it; nil when no list starts there.
    static func read(_ source: SourceText, from first: Int) -> (table: MarkdownTable?, next: Int)? {
        let lines = source.lines
        // A list is items of one marker: `*` after `-` starts another (CommonMark's rule).
        guard itemText(lines[first]) != nil else { return nil }
        let marker = lines[first].drop { $0 == " " }.first
        var items: [(line: Int, text: Substring)] = []
        var index = first
        while index < lines.count {
            let line = lines[index]
            if let text = itemText(line) {
                guard line.drop(while: { $0 == " " }).first == marker || !(marker == "-" || marker == "*" || marker == "+") else { break }
                items.append((index, text))
                index += 1
            } else if line.trimmingSpaces().isEmpty {
                // A blank line ends the list unless an item or an indented line follows.
                var next = index
                while next < lines.count, lines[next].trimmingSpaces().isEmpty { next += 1 }
                guard next < lines.count, itemText(lines[next]) != nil || lines[next].hasPrefix("  ") else { break }
                index = next
            } else if !startsBlock(line) {
                index += 1  // a continuation of the item above, indented or lazy (a table in an item is a table)
            } else {
                break
            }
        }
        var rows: [[MarkdownCell]] = []
        for item in items {
            guard let (code, description) = split(item.text) else { continue }
            rows.append([
                MarkdownCell(markdown: code, location: source.location(line: item.line, at: code.startIndex)),
                MarkdownCell(markdown: description, location: source.location(line: item.line, at: description.startIndex)),
            ])
        }
        // One item is a list of codes when its code cannot be a word (`FLOOD_WAIT_X`).
        let single = rows.count == 1 && items.count == 1 && rows[0][0].text.contains { $0 == "_" || $0.isNumber }
        guard rows.count >= 2 || single, rows.count * 5 >= items.count * 4 else { return (nil, index) }
        var header = rows[0].map { MarkdownCell(markdown: "", location: $0.location) }
        header[0].markdown = "Code"
        header[1].markdown = "Description"
        return (MarkdownTable(header: header, rows: rows, location: rows[0][0].location, isList: true), index)
    }

    /// The text of a list item's line after its marker (`- `, `* `, `+ `, `1. `, `1) `), when the
    /// line starts an item of a list that is not indented.
    private static func itemText(_ line: Substring) -> Substring? {
        let content = line.drop { $0 == " " }
        guard line.count - content.count < 2, let first = content.first else { return nil }
        if first == "-" || first == "*" || first == "+" {
            let rest = content.dropFirst()
            return rest.first == " " ? rest.dropFirst().trimmingSpaces() : nil
        }
        let digits = content.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let rest = content.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first == " " else { return nil }
        return rest.dropFirst(2).trimmingSpaces()
    }

    /// A line that starts another block: a heading, a table row, a fence, a quote or HTML.
    private static func startsBlock(_ line: Substring) -> Bool {
        let content = line.drop { $0 == " " }
        return content.hasPrefix("#") || content.hasPrefix("|") || content.hasPrefix("```") || content.hasPrefix("~~~")
            || content.hasPrefix(">") || content.hasPrefix("<")
    }

    /// An item's code and description: `CODE: text`, `` `CODE` — text ``, `**CODE** - text`,
    /// `**E101** Device not responding` (the markup ends the code), or an SDK's enum member
    /// with its wire value, `` `AutoFund` (value: `'auto_fund'`) ``.
    private static func split(_ text: Substring) -> (code: Substring, description: Substring)? {
        if let value = text.range(of: "(value: `'"), let end = text[value.upperBound...].range(of: "'`") {
            let code = text[value.upperBound..<end.lowerBound]
            return code.isEmpty ? nil : (code, text[..<value.lowerBound].trimmingSpaces())
        }
        for marker in ["**", "`"] where text.hasPrefix(marker) {
            guard let close = text.dropFirst(marker.count).range(of: marker) else { continue }
            let code = text[text.index(text.startIndex, offsetBy: marker.count)..<close.lowerBound]
            var rest = text[close.upperBound...].trimmingSpaces()
            if let first = rest.first, ":-–—".contains(first) { rest = rest.dropFirst().trimmingSpaces() }
            guard !code.contains(" "), CellShape.isNumber(String(code)) || CellShape.isCode(code, strict: true) else { return nil }
            return (text[..<close.upperBound], rest)
        }
        let separators = [": ", " - ", " – ", " — "]
        var best: Range<Substring.Index>?
        for separator in separators {
            if let range = text.range(of: separator), best.map({ range.lowerBound < $0.lowerBound }) ?? true { best = range }
        }
        guard let range = best else { return nil }
        let code = text[..<range.lowerBound].trimmingSpaces()
        let plain = InlineText.plainText(code)
        guard !plain.isEmpty, !plain.contains(" "), CellShape.isNumber(plain) || CellShape.isCode(plain, strict: true) else { return nil }
        return (code, text[range.upperBound...].trimmingSpaces())
    }
}
