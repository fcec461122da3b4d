/// The blocks of a markdown file that errgen reads: headings and tables, in document order,
/// plus the front matter. Everything else is prose and is dropped by the reader.
public struct MarkdownDocument: Sendable {
    public var path: String
    public var frontMatter: FrontMatter?
    public var blocks: [MarkdownBlock]
}

public enum MarkdownBlock: Sendable {
    case heading(MarkdownHeading)
    case table(MarkdownTable)
}

public struct MarkdownHeading: Sendable {
    public var level: Int
    /// The heading as plain text (inline markup removed).
    public var text: String
    public var location: SourceLocation
}

/// The `---` block at the top of a file.
public struct FrontMatter: Sendable {
    public var entries: [SettingsEntry]
    public var location: SourceLocation
}

/// A GitHub-flavoured markdown table, or a list of codes read as one.
public struct MarkdownTable: Sendable {
    public var header: [MarkdownCell]
    public var rows: [[MarkdownCell]]
    public var location: SourceLocation
    /// Whether the table was a list of codes and their meanings (``CodeListReader``,
    /// ``DefinitionListReader``).
    public var isList = false

    public init(header: [MarkdownCell], rows: [[MarkdownCell]], location: SourceLocation, isList: Bool = false) {
        self.header = header
        self.rows = rows
        self.location = location
        self.isList = isList
    }
}

/// One table cell: its raw markdown text and where it starts.
public struct MarkdownCell: Sendable {
    /// The cell's markdown with `\|` already turned into `|`, as GFM does before inline parsing.
    public var markdown: Substring
    public var location: SourceLocation

    /// The cell as plain text.
    public var text: String { InlineText.plainText(markdown) }
}
