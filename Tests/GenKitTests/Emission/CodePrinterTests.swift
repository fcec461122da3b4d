import XCTest
@testable import GenKit

final class CodePrinterTests: XCTestCase {
    /// A block indents what its body writes and closes its own brace; a blank line carries no
    /// indentation.
    func testBlocksIndentTheirBodyAndCloseTheirBrace() {
        var printer = CodePrinter()
        printer.block("enum Shop {") { printer in
            printer.line("case a")
            printer.blankLine()
            printer.line("")
            printer.block("var b: Int {") { printer in
                printer.line("1")
            }
        }
        printer.line("let c = 2")
        XCTAssertEqual(printer.text, "enum Shop {\n    case a\n\n\n    var b: Int {\n        1\n    }\n}\nlet c = 2\n")
    }

    /// A switch's cases stand at the level of the `switch`, as Swift writes them.
    func testASwitchKeepsItsCasesAtItsLevel() {
        var printer = CodePrinter()
        printer.block("init(n: Int) {") { printer in
            printer.switchBlock(over: "n") { printer in
                printer.line("case 0: self = .a")
                printer.line("default: self = .b")
            }
        }
        XCTAssertEqual(printer.text, "init(n: Int) {\n    switch n {\n    case 0: self = .a\n    default: self = .b\n    }\n}\n")
    }

    /// A line of two pieces, fixed text of several lines, and text written as it is.
    func testLinesOfPiecesAndOfFixedTextAndVerbatimText() {
        var printer = CodePrinter()
        printer.block("enum E {") { printer in
            printer.line("case ", "`default`")
            printer.lines("/// One.\n///\n/// Two.")
            printer.verbatim { $0 += "  as is\n" }
        }
        XCTAssertEqual(printer.text, "enum E {\n    case `default`\n    /// One.\n    ///\n    /// Two.\n  as is\n}\n")
    }

    /// A doc comment has a line per line of its text, a bare `///` for a blank one, and shows
    /// the characters a reader could not see.
    func testDocCommentsShowEveryLineAndWhatIsInvisible() {
        var printer = CodePrinter()
        printer.block("enum E {") { printer in
            printer.docComment("First\n\nthird\u{200B}")
            printer.docComment("plain")
        }
        XCTAssertEqual(printer.text, "enum E {\n    /// First\n    ///\n    /// thirdU+200B\n    /// plain\n}\n")
    }
}
