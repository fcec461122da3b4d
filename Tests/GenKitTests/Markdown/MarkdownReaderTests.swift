import XCTest
@testable import GenKit

final class MarkdownReaderTests: XCTestCase {
    func testTableWithAndWithoutOuterPipes() {
        let with = tables("| a | b |\n|---|:--:|\n| 1 | 2 |\n")
        let without = tables("a | b\n--- | ---:\n1 | 2\n")
        XCTAssertEqual(texts(with[0]), [["a", "b"], ["1", "2"]])
        XCTAssertEqual(texts(without[0]), [["a", "b"], ["1", "2"]])
    }

    func testEscapedPipesIncludingInsideCodeSpans() {
        let table = tables("| code | message |\n|---|---|\n| `a\\|b` | x \\| y |\n")[0]
        XCTAssertEqual(texts(table)[1], ["a|b", "x | y"])
    }

    func testUnescapedPipeInCodeSpanSplitsTheCellAsInGFM() {
        let (document, diagnostics) = MarkdownReader.read(SourceText(path: "t.md", text: "| a | b |\n|---|---|\n| `x|y` | z | w |\n"))
        guard case .table(let table) = document.blocks[0] else { return XCTFail("no table") }
        XCTAssertEqual(table.rows[0].map(\.text), ["`x", "y`"])
        XCTAssertEqual(diagnostics.first?.severity, .warning)
        XCTAssertEqual(diagnostics.first?.location.line, 3)
    }

    func testDelimiterRowMustMatchHeaderCellCount() {
        XCTAssertTrue(tables("| a | b |\n|---|\n| 1 | 2 |\n").isEmpty)
    }

    func testTableEndsAtBlankLineAndShortRowsArePadded() {
        let table = tables("| a | b |\n|---|---|\n| 1 |\n\n| not | a row |\n")[0]
        XCTAssertEqual(texts(table), [["a", "b"], ["1", ""]])
    }

    func testTableEndsAtHeading() {
        let (document, _) = MarkdownReader.read(SourceText(path: "t.md", text: "| a |\n|---|\n| 1 |\n## Next\n"))
        XCTAssertEqual(document.blocks.count, 2)
    }

    func testFencedCodeIsNotATable() {
        XCTAssertTrue(tables("```\n| a | b |\n|---|---|\n| 1 | 2 |\n```\n").isEmpty)
        XCTAssertTrue(tables("~~~~\n| a | b |\n|---|---|\n```\n| 1 | 2 |\n~~~~\n").isEmpty)
    }

    func testCRLFAndByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n".utf8)
        let source = try SourceText.decode(bytes, path: "t.md").get()
        let (document, _) = MarkdownReader.read(source)
        guard case .table(let table) = document.blocks[0] else { return XCTFail("no table") }
        XCTAssertEqual(texts(table), [["a", "b"], ["1", "2"]])
        XCTAssertEqual(table.rows[0][1].location, SourceLocation(file: "t.md", line: 3, column: 7))
    }

    func testHeadingsATXAndSetext() {
        let (document, _) = MarkdownReader.read(SourceText(path: "t.md", text: "## `Billing` ##\n\nPayments\n--------\n#nope\n"))
        let headings = document.blocks.compactMap { block -> String? in
            if case .heading(let heading) = block { return "\(heading.level):\(heading.text)" } else { return nil }
        }
        XCTAssertEqual(headings, ["2:Billing", "2:Payments"])
    }

    func testCellLocationsPointAtTheCellText() {
        let table = tables("intro\n\n| code | message |\n|---|---|\n|  `X_1` | Boom |\n")[0]
        XCTAssertEqual(table.rows[0][0].location, SourceLocation(file: "t.md", line: 5, column: 4))
        XCTAssertEqual(table.rows[0][1].location, SourceLocation(file: "t.md", line: 5, column: 12))
    }

    func testUnclosedFrontMatter() {
        XCTAssertEqual(rendered("---\nerrgen:\n  type: Shop\n| Code | Message |\n|---|---|\n| A | B |\n"), [
            "shop.md:1:1: error: front matter is never closed; add a line '---' after its last setting",
        ])
    }
}
