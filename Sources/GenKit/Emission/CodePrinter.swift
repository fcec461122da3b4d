/// Swift source built line by line: indentation, blocks that close their own brace, doc
/// comments and blank lines. Everything is appended to one string, piece by piece, so that a
/// line written for each code costs no string of its own.
struct CodePrinter {
    /// The source written so far.
    private(set) var text = ""
    /// Four spaces per open block.
    private var indentation = ""

    /// `content` on a line of its own, indented; an empty `content` is a blank line, without
    /// trailing spaces.
    mutating func line(_ content: String) {
        if !content.isEmpty {
            text += indentation
            text += content
        }
        text += "\n"
    }

    /// `head` and `tail` on one indented line, appended one after the other rather than joined
    /// first.
    mutating func line(_ head: String, _ tail: String) {
        text += indentation
        text += head
        text += tail
        text += "\n"
    }

    /// Each line of `lines` (text of several lines, such as a fixed comment), indented.
    mutating func lines(_ lines: String) {
        for content in lines.split(separator: "\n", omittingEmptySubsequences: false) {
            line(String(content))
        }
    }

    /// A blank line.
    mutating func blankLine() {
        text += "\n"
    }

    /// `text` as a `///` doc comment, a comment line for each of its lines (with invisible
    /// characters shown: ``SwiftLiteral/docLines(_:)``); a blank one is a bare `///`.
    mutating func docComment(_ text: String) {
        for content in SwiftLiteral.docLines(text) {
            if content.isEmpty { line("///") } else { line("/// ", content) }
        }
    }

    /// `opening` (such as `enum Shop {`), what `body` writes one level further in, and the
    /// closing brace.
    mutating func block(_ opening: String, _ body: (inout CodePrinter) -> Void) {
        line(opening)
        indentation += "    "
        body(&self)
        indentation.removeLast(4)
        line("}")
    }

    /// `switch subject {`, the cases `body` writes at the level of the `switch` (as Swift
    /// indents them), and the closing brace.
    mutating func switchBlock(over subject: String, _ body: (inout CodePrinter) -> Void) {
        line("switch \(subject) {")
        body(&self)
        line("}")
    }

    /// Text that `write` appends as it is, without indentation: the inside of a string
    /// literal, whose lines are not Swift's.
    mutating func verbatim(_ write: (inout String) -> Void) {
        write(&text)
    }
}
