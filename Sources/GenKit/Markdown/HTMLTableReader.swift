/// Reads a raw HTML `<table>` in a markdown page into a ``MarkdownTable``, as a browser shows
/// it: one row per `<tr>`, one cell per `<th>` or `<td>`, the first row the header. Docs pages
/// written for people use them where a cell holds a list (`E0001<br />E0002`) or where the
/// page was converted from HTML. The cells keep their inner HTML, which ``InlineText`` reads.
enum HTMLTableReader {
    /// Whether a line (without its indentation) opens an HTML table.
    static func opensTable(_ content: Substring) -> Bool {
        content.utf8.count >= 6 && content.utf8.prefix(6).map { $0 | 0x20 }.elementsEqual("<table".utf8)
    }

    /// The table whose `<table` opens line `first` of `source`, and the index of the line after
    /// its `</table>` (or the end of the file); nil when it has no cells.
    static func read(_ source: SourceText, from first: Int) -> (table: MarkdownTable, next: Int)? {
        // The table's lines as one byte string; `starts` maps an offset back to its line.
        var bytes: [UInt8] = []
        var starts: [Int] = []
        var next = first
        while next < source.lines.count {
            starts.append(bytes.count)
            bytes += source.lines[next].utf8
            bytes.append(UInt8(ascii: "\n"))
            next += 1
            if contains(bytes[starts.last!...], "</table") { break }
        }
        func location(_ offset: Int) -> SourceLocation {
            var line = starts.count - 1
            while starts[line] > offset { line -= 1 }
            // At most one past the line's last byte, where its line break was.
            let length = source.lines[first + line].utf8.count
            return SourceLocation(file: source.path, line: first + line + 1, column: min(offset - starts[line], length) + 1)
        }

        var rows: [[MarkdownCell]] = []
        var index = 0
        var cell: (start: Int, contentStart: Int)?
        // Cells of earlier rows that span this one (`rowspan`), by column: the cell and how
        // many more rows it covers.
        var spanning: [Int: (cell: MarkdownCell, rows: Int)] = [:]
        func fillSpans() {
            while let span = spanning[rows[rows.count - 1].count], span.rows > 0 {
                rows[rows.count - 1].append(span.cell)
                spanning[rows[rows.count - 1].count - 1] = span.rows > 1 ? (span.cell, span.rows - 1) : nil
            }
        }
        func closeCell(at end: Int) {
            guard let open = cell else { return }
            var text = String(decoding: bytes[open.contentStart..<max(open.contentStart, end)], as: UTF8.self)
            text = text.replacing("\n", with: " ").replacing("\t", with: " ")
            let trimmed = text.trimmingSpaces()
            if rows.isEmpty { rows.append([]) }
            fillSpans()
            let made = MarkdownCell(markdown: trimmed, location: location(open.contentStart))
            rows[rows.count - 1].append(made)
            if let count = attribute("rowspan", in: bytes[open.start..<open.contentStart]), count > 1 {
                spanning[rows[rows.count - 1].count - 1] = (made, min(count - 1, 10_000))
            }
            cell = nil
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            let name = tagName(bytes, at: index)
            let end = (bytes[index...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count - 1) + 1
            switch name {
            case "tr":
                closeCell(at: index)
                rows.append([])
            case "td", "th":
                closeCell(at: index)
                cell = (index, min(end, bytes.count))
            case "/td", "/th":
                closeCell(at: index)
            case "/tr", "/table", "/tbody", "/thead", "tbody", "thead", "tfoot", "/tfoot":
                closeCell(at: index)
                if name == "/tr", !rows.isEmpty { fillSpans() }
            default:
                break
            }
            index = name.isEmpty ? index + 1 : end
        }
        closeCell(at: bytes.count)
        rows.removeAll { $0.isEmpty }
        guard let header = rows.first else { return nil }
        let width = rows.map(\.count).max()!
        func padded(_ row: [MarkdownCell]) -> [MarkdownCell] {
            row + repeatElement(MarkdownCell(markdown: "", location: row.last?.location ?? location(0)), count: width - row.count)
        }
        let table = MarkdownTable(header: padded(header), rows: rows.dropFirst().map(padded), location: location(0))
        return (table, next)
    }

    /// The number value of `name` among a tag's attributes (`rowspan="24"`), if any.
    private static func attribute(_ name: String, in tag: ArraySlice<UInt8>) -> Int? {
        let text = String(decoding: tag, as: UTF8.self).lowercased()
        guard let range = text.range(of: name + "=") else { return nil }
        return Int(text[range.upperBound...].drop { $0 == "\"" || $0 == "'" }.prefix { $0.isNumber })
    }

    /// The lowercased name of the tag at `index` (`td`, `/tr`), or "" when `<` starts no tag.
    private static func tagName(_ bytes: [UInt8], at index: Int) -> String {
        var end = index + 1
        if end < bytes.count, bytes[end] == UInt8(ascii: "/") { end += 1 }
        while end < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[end] | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) {
            end += 1
        }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ">") || bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\n") || bytes[end] == UInt8(ascii: "/") else { return "" }
        // Tag names are ASCII letters and digits: setting 0x20 lowercases a letter, keeps a digit or `/`.
        return String(decoding: bytes[(index + 1)..<end].map { $0 | 0x20 }, as: UTF8.self)
    }

    private static func contains(_ bytes: ArraySlice<UInt8>, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count else { return false }
        var index = bytes.startIndex
        while index + pattern.count <= bytes.endIndex {
            if bytes[index..<(index + pattern.count)].elementsEqual(pattern, by: { $0 | 0x20 == $1 | 0x20 }) { return true }
            index += 1
        }
        return false
    }
}
