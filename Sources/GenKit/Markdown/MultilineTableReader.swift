/// Reads a multiline table of Yandex Flavored Markdown (YFM), which Yandex Cloud's and other
/// docs sites write where a cell needs several lines:
///
/// ```
/// #|
/// || **HTTP** | **Error code** | **Description** ||
/// || 400 | `BadDigest` | The hash does not match. ||
/// |#
/// ```
///
/// Each row runs from `||` to `||`, cells are separated by single pipes, the first row is the
/// header, and line breaks inside a cell are `<br>` to errgen.
enum MultilineTableReader {
    /// Whether a line (without its indentation) opens a multiline table.
    static func opensTable(_ content: Substring) -> Bool {
        content.trimmingSpaces() == "#|"
    }

    /// The table opened at line `first` of `source`, and the index of the line after its `|#`
    /// (or the end of the file); nil when it has no rows.
    static func read(_ source: SourceText, from first: Int) -> (table: MarkdownTable, next: Int)? {
        var rows: [[MarkdownCell]] = []
        // The row being read: its cells so far, and the text of the cell being read.
        var row: [MarkdownCell]?
        var cell: (text: String, location: SourceLocation)?
        func closeCell() {
            guard let open = cell else { return }
            row?.append(MarkdownCell(markdown: open.text.trimmingSpaces(), location: open.location))
            cell = nil
        }
        var next = first + 1
        while next < source.lines.count {
            let line = source.lines[next]
            next += 1
            if line.trimmingSpaces().hasPrefix("|#") { break }
            let bytes = Array(line.utf8)
            var index = 0
            var textStart = 0
            func flushText(upTo end: Int) {
                guard textStart < end else { return }
                let piece = String(decoding: bytes[textStart..<end], as: UTF8.self)
                if cell == nil {
                    if row != nil, !piece.trimmingSpaces().isEmpty {
                        cell = (piece, SourceLocation(file: source.path, line: next, column: textStart + 1))
                    }
                } else {
                    cell!.text += piece
                }
            }
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count {
                    index += 2
                    continue
                }
                guard bytes[index] == UInt8(ascii: "|") else { index += 1; continue }
                flushText(upTo: index)
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "|") {
                    // `||` opens a row, or closes the open one.
                    if row == nil {
                        row = []
                    } else {
                        closeCell()
                        rows.append(row!)
                        row = nil
                    }
                    index += 2
                } else {
                    if row != nil, cell == nil {
                        cell = ("", SourceLocation(file: source.path, line: next, column: index + 1))
                    }
                    closeCell()
                    index += 1
                }
                textStart = index
            }
            flushText(upTo: bytes.count)
            if cell != nil { cell!.text += "<br>" }
        }
        let width = rows.map(\.count).max() ?? 0
        guard let header = rows.first, width > 0 else { return nil }
        func padded(_ row: [MarkdownCell]) -> [MarkdownCell] {
            row + repeatElement(MarkdownCell(markdown: "", location: row.last?.location ?? source.location(line: first)), count: width - row.count)
        }
        let table = MarkdownTable(header: padded(header), rows: rows.dropFirst().map(padded), location: source.location(line: first))
        return (table, next)
    }
}
