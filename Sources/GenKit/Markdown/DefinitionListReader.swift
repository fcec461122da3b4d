/// Reads a definition list of codes, as Pandoc, Hugo and PHP Markdown Extra write them, into a
/// two-column table (`Code`, `Description`):
///
/// ```
/// `M_FORBIDDEN`
/// : Forbidden access, e.g. joining a room without permission.
/// ```
///
/// Only a list of two terms or more whose terms are each one code is read: a glossary of
/// words stays prose.
enum DefinitionListReader {
    /// The table of the definition list starting at line `first`, and the index of the line
    /// after it; nil when no list of codes starts there.
    static func read(_ source: SourceText, from first: Int) -> (table: MarkdownTable, next: Int)? {
        let lines = source.lines
        func isDefinition(_ line: Int) -> Bool {
            line < lines.count && lines[line].drop(while: { $0 == " " }).hasPrefix(": ")
        }
        func isTerm(_ line: Int) -> Bool {
            guard line + 1 < lines.count, isDefinition(line + 1) else { return false }
            let text = InlineText.plainText(lines[line].trimmingSpaces())
            return !text.isEmpty && !text.contains(" ") && CellShape.isCode(text)
        }
        guard isTerm(first) else { return nil }
        var rows: [[MarkdownCell]] = []
        var index = first
        while index < lines.count {
            // Blank lines between items, or between a term's definitions.
            var next = index
            while next < lines.count, lines[next].trimmingSpaces().isEmpty { next += 1 }
            if isTerm(next) {
                let term = lines[next].trimmingSpaces()
                let definition = lines[next + 1].drop(while: { $0 == " " }).dropFirst(2)
                rows.append([
                    MarkdownCell(markdown: term, location: source.location(line: next, at: term.startIndex)),
                    MarkdownCell(markdown: definition, location: source.location(line: next + 1, at: definition.startIndex)),
                ])
                index = next + 2
            } else if isDefinition(next), !rows.isEmpty {
                index = next + 1  // a further definition of the same term
            } else if next < lines.count, !rows.isEmpty, lines[next].hasPrefix("  ") {
                index = next + 1  // a definition's indented block, such as an example
            } else if next == index, index < lines.count, !rows.isEmpty, !lines[index].trimmingSpaces().isEmpty {
                // A definition's continuation line, right below it.
                if rows[rows.count - 1][1].markdown.utf8.count < 2_000 {
                    rows[rows.count - 1][1].markdown = Substring(rows[rows.count - 1][1].markdown + " " + lines[index].trimmingSpaces())
                }
                index += 1
            } else {
                break
            }
        }
        guard rows.count >= 2 else { return nil }
        let header = rows[0].map { MarkdownCell(markdown: "", location: $0.location) }
        var named = header
        named[0].markdown = "Code"
        named[1].markdown = "Description"
        return (MarkdownTable(header: named, rows: rows, location: rows[0][0].location, isList: true), index)
    }
}
