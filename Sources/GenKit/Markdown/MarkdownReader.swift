/// Reads a markdown file into headings and tables, following GitHub-flavoured markdown's
/// block rules where they matter for tables: fenced code is skipped, a table is a row with a
/// pipe followed by a delimiter row with as many cells, and it ends at a blank line or the
/// start of another block. An HTML `<table>`, a YFM multiline table (`#|` … `|#`) and a definition
/// list of codes are read as tables too (``HTMLTableReader``, ``MultilineTableReader``,
/// ``DefinitionListReader``). In an MDX page (`.mdx`), indentation never makes code, as MDX
/// reads it. Runs in time linear in the file's size.
public enum MarkdownReader {
    public static func read(_ source: SourceText) -> (MarkdownDocument, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var blocks: [MarkdownBlock] = []
        let lines = source.lines
        var index = 0
        var frontMatter: FrontMatter?

        if let first = lines.first, first.trimmingSpaces() == "+++",
            let close = lines.indices.dropFirst().first(where: { lines[$0].trimmingSpaces() == "+++" })
        {
            // Hugo's TOML front matter: its title says what the page is about; errgen's own
            // settings are YAML.
            frontMatter = FrontMatter(entries: tomlTitle(source, lines: 1..<close), location: source.location(line: 0))
            index = close + 1
        } else if let first = lines.first, first.trimmingSpaces() == "---" {
            if let close = lines.indices.dropFirst().first(where: { lines[$0].trimmingSpaces() == "---" || lines[$0].trimmingSpaces() == "..." }) {
                frontMatter = FrontMatter(entries: SettingsText.parse(source, lines: 1..<close), location: source.location(line: 0))
                index = close + 1
            } else {
                diagnostics.append(.error("front matter is never closed; add a line '---' after its last setting", at: source.location(line: 0)))
                return (MarkdownDocument(path: source.path, frontMatter: nil, blocks: []), diagnostics)
            }
        }

        // MDX has no indented code blocks: a table indented inside a component is a table.
        let codeIndent = source.path.lowercased().hasSuffix(".mdx") ? Int.max : 4
        var fence: (character: Character, length: Int)?
        var previousIsParagraph = false
        while index < lines.count {
            let line = lines[index]
            let indent = leadingSpaces(line)
            let content = line.drop { $0 == " " || $0 == "\t" }

            if let open = fence {
                if indent < codeIndent, let closing = fenceRun(content), closing.character == open.character,
                    closing.length >= open.length, content.dropFirst(closing.length).trimmingSpaces().isEmpty
                {
                    fence = nil
                }
                index += 1
                continue
            }
            if content.trimmingSpaces().isEmpty {
                previousIsParagraph = false
                index += 1
                continue
            }
            if indent < codeIndent, let run = fenceRun(content), run.character == "~" || !content.dropFirst(run.length).contains("`") {
                fence = run
                previousIsParagraph = false
                index += 1
                continue
            }
            if indent < codeIndent, let heading = atxHeading(content, source: source, line: index, start: content.startIndex) {
                blocks.append(.heading(heading))
                previousIsParagraph = false
                index += 1
                continue
            }
            if let (table, next) = otherTable(source, at: index, content: content, indent: indent, codeIndent: codeIndent, afterParagraph: previousIsParagraph) {
                if let table { blocks.append(.table(table)) }
                index = next
                previousIsParagraph = false
                continue
            }
            // The delimiter row first: it is cheap to rule out, and most lines are not headers.
            if indent < codeIndent, index + 1 < lines.count, let columns = MarkdownTableRow.delimiterColumns(lines[index + 1]),
                let header = MarkdownTableRow.cells(line, source: source, line: index), columns == header.count
            {
                var table = MarkdownTable(header: header, rows: [], location: source.location(line: index, at: content.startIndex))
                index += 2
                while index < lines.count {
                    let row = lines[index]
                    let rowContent = row.drop { $0 == " " }
                    if rowContent.isEmpty || startsOtherBlock(rowContent, indent: leadingSpaces(row), codeIndent: codeIndent) { break }
                    var cells = MarkdownTableRow.cells(row, source: source, line: index, allowWithoutPipe: true) ?? []
                    if cells.count > columns {
                        if cells[columns...].contains(where: { !$0.markdown.trimmingSpaces().isEmpty }) {
                            diagnostics.append(
                                .warning("row has \(cells.count) cells but the header has \(columns); the extra cells are ignored (escape a literal pipe as \\|)", at: cells[columns].location))
                        }
                        cells.removeLast(cells.count - columns)
                    }
                    if cells.count < columns {
                        let missing = MarkdownCell(markdown: "", location: source.location(line: index, at: row.endIndex))
                        cells += repeatElement(missing, count: columns - cells.count)
                    }
                    table.rows.append(cells)
                    index += 1
                }
                blocks.append(.table(table))
                previousIsParagraph = false
                continue
            }
            // A setext heading underlines one paragraph line.
            if previousIsParagraph, indent < codeIndent, let underline = content.first, underline == "=" || underline == "-",
                content.trimmingSpaces().allSatisfy({ $0 == underline }), index > 0
            {
                let textLine = lines[index - 1]
                let text = textLine.trimmingSpaces()
                blocks.append(.heading(MarkdownHeading(level: underline == "=" ? 1 : 2, text: InlineText.plainText(text), location: source.location(line: index - 1, at: text.startIndex))))
                previousIsParagraph = false
                index += 1
                continue
            }
            previousIsParagraph = indent < codeIndent || previousIsParagraph
            index += 1
        }
        return (MarkdownDocument(path: source.path, frontMatter: frontMatter, blocks: blocks), diagnostics)
    }

    /// A table in another form than GFM's starting at line `index` (a definition list or a
    /// list of codes, a YFM multiline table, an HTML table), and the line after its block; the
    /// table is nil where the block turned out to be none (a list of other things).
    private static func otherTable(_ source: SourceText, at index: Int, content: Substring, indent: Int, codeIndent: Int, afterParagraph: Bool) -> (MarkdownTable?, Int)? {
        let lines = source.lines
        if indent < codeIndent, !afterParagraph, index + 1 < lines.count, lines[index + 1].drop(while: { $0 == " " }).hasPrefix(": "),
            let (table, next) = DefinitionListReader.read(source, from: index)
        {
            return (table, next)
        }
        if indent < 2, let (table, next) = CodeListReader.read(source, from: index) {
            return (table, next)
        }
        if indent < codeIndent, MultilineTableReader.opensTable(content) {
            return MultilineTableReader.read(source, from: index).map { ($0.table, $0.next) } ?? (nil, index + 1)
        }
        // An HTML table is one at any indentation, as inside a `<div>` block.
        if HTMLTableReader.opensTable(content) {
            return HTMLTableReader.read(source, from: index).map { ($0.table, $0.next) } ?? (nil, index + 1)
        }
        return nil
    }

    /// The `title = "…"` line of TOML front matter, as a setting.
    private static func tomlTitle(_ source: SourceText, lines range: Range<Int>) -> [SettingsEntry] {
        for index in range {
            let line = source.lines[index].trimmingSpaces()
            guard line.hasPrefix("title"), let equals = line.firstIndex(of: "=") else { continue }
            let value = line[line.index(after: equals)...].trimmingSpaces().filter { $0 != "\"" && $0 != "'" }
            let location = source.location(line: index, at: line.startIndex)
            return [SettingsEntry(key: "title", value: String(value), children: [], location: location, valueLocation: location)]
        }
        return []
    }

    private static func leadingSpaces(_ line: Substring) -> Int {
        var count = 0
        for character in line {
            if character == " " { count += 1 } else if character == "\t" { count += 4 } else { break }
        }
        return count
    }

    private static func fenceRun(_ content: Substring) -> (character: Character, length: Int)? {
        guard let first = content.first, first == "`" || first == "~" else { return nil }
        let length = content.prefix { $0 == first }.count
        return length >= 3 ? (first, length) : nil
    }

    private static func atxHeading(_ content: Substring, source: SourceText, line: Int, start: Substring.Index) -> MarkdownHeading? {
        let level = content.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let rest = content.dropFirst(level)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingSpaces()
        // An optional closing sequence of #s, preceded by a space.
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0 {
            let withoutClosing = text.dropLast(closing)
            if withoutClosing.isEmpty || withoutClosing.last == " " || withoutClosing.last == "\t" {
                text = withoutClosing.trimmingSpaces()
            }
        }
        // A docs site's heading id, `## Limits {#rate-limits}`, is not part of the heading.
        if text.last == "}", let open = text.lastIndex(of: "{"), text[text.index(after: open)...].hasPrefix("#") {
            text = text[..<open].trimmingSpaces()
        }
        return MarkdownHeading(level: level, text: InlineText.plainText(text).trimmingSpaces().description, location: source.location(line: line, at: start))
    }

    private static func startsOtherBlock(_ content: Substring, indent: Int, codeIndent: Int) -> Bool {
        guard indent < codeIndent else { return false }
        if content.hasPrefix(">") || fenceRun(content) != nil { return true }
        let hashes = content.prefix { $0 == "#" }.count
        if (1...6).contains(hashes) {
            let rest = content.dropFirst(hashes)
            return rest.isEmpty || rest.first == " " || rest.first == "\t"
        }
        return false
    }
}

/// Splitting one table line into cells, GFM style.
enum MarkdownTableRow {
    /// The cells of a row: outer pipes optional, `\|` is a literal pipe (also inside code
    /// spans), every other pipe separates cells. Nil for a line without any separating pipe,
    /// unless `allowWithoutPipe` (body rows need no pipe).
    static func cells(_ line: Substring, source: SourceText, line lineIndex: Int, allowWithoutPipe: Bool = false) -> [MarkdownCell]? {
        // Pipes, backslashes and spaces are ASCII: the scan works on bytes, and byte offsets
        // are the columns diagnostics report.
        let utf8 = line.utf8
        // Copied at once from the text's storage: `Array(utf8)` copies a substring byte by byte.
        let bytes = line.withUTF8Bytes(Array.init)
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        var lower = 0
        var upper = bytes.count
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        var pipes: [Int] = []
        var index = lower
        while index < upper {
            if bytes[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if bytes[index] == UInt8(ascii: "|") { pipes.append(index) }
            index += 1
        }
        if pipes.isEmpty && !allowWithoutPipe { return nil }
        if pipes.first == lower {
            lower += 1
            pipes.removeFirst()
        }
        if let last = pipes.last, last == upper - 1 {
            upper -= 1
            pipes.removeLast()
        }
        // Each cell ends at a pipe, the last one at the end of the row.
        pipes.append(upper)
        var cells: [MarkdownCell] = []
        cells.reserveCapacity(pipes.count)
        var start = lower
        for end in pipes {
            var first = start
            var last = end
            while first < last, isSpace(bytes[first]) { first += 1 }
            while last > first, isSpace(bytes[last - 1]) { last -= 1 }
            let range = utf8.index(utf8.startIndex, offsetBy: first)..<utf8.index(utf8.startIndex, offsetBy: last)
            var markdown = line[range]
            if bytes[first..<last].contains(UInt8(ascii: "\\")) {
                markdown = Substring(markdown.replacing("\\|", with: "|"))
            }
            let location = SourceLocation(file: source.path, line: lineIndex + 1, column: (first == last ? start : first) + 1)
            cells.append(MarkdownCell(markdown: markdown, location: location))
            start = end + 1
        }
        return cells
    }

    /// The number of columns of a delimiter row (`|---|:--:|`), or nil if `line` is not one.
    static func delimiterColumns(_ line: Substring) -> Int? {
        var text = line.trimmingSpaces()
        guard !text.isEmpty else { return nil }
        if text.first == "|" { text = text.dropFirst() }
        if text.last == "|" { text = text.dropLast() }
        var columns = 0
        for part in text.split(separator: "|", omittingEmptySubsequences: false) {
            var cell = part.trimmingSpaces()
            if cell.first == ":" { cell = cell.dropFirst() }
            if cell.last == ":" { cell = cell.dropLast() }
            guard !cell.isEmpty, cell.allSatisfy({ $0 == "-" }) else { return nil }
            columns += 1
        }
        let hasPipe = line.contains("|")
        // A lone `---` is a thematic break or setext underline, not a one-column table.
        return (columns > 1 || hasPipe) ? columns : nil
    }
}
