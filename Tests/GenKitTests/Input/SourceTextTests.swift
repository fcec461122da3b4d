import XCTest
@testable import GenKit

/// What decoding says of a file that is not clean UTF-8 text: the exact diagnostic, at the
/// line and column of the byte or character.
final class SourceTextTests: XCTestCase {
    func testInvalidUTF8AtItsLineAndColumn() {
        XCTAssertEqual(rendered(bytes: Array("ok\nab".utf8) + [0xFF] + Array("c\n".utf8)), [
            "shop.md:2:3: error: invalid UTF-8 byte 0xFF; save the catalogue as UTF-8",
        ])
        // CR and CRLF end lines too; the byte-order mark takes no column.
        XCTAssertEqual(rendered(bytes: [0xEF, 0xBB, 0xBF] + Array("a\rb\r\nc d".utf8) + [0xC3, 0x28]), [
            "shop.md:3:4: error: invalid UTF-8 byte 0xC3; save the catalogue as UTF-8",
        ])
    }

    func testControlCharactersAtTheirLineAndColumn() {
        XCTAssertEqual(rendered("| Code | Message |\n|---|---|\n| a | bell\u{07} |\n"), [
            "shop.md:3:11: error: control character U+0007 in a catalogue; delete it (a line break in a cell is written <br>)",
        ])
        XCTAssertEqual(rendered("x\r\n\u{85}"), [
            "shop.md:2:1: error: control character U+0085 in a catalogue; delete it (a line break in a cell is written <br>)",
        ])
        // Tabs are text; a reference to a control character stays as written.
        XCTAssertEqual(rendered("| Code | Message |\n|---|---|\n| a | tab\there &#27; |\n"), [])
        XCTAssertEqual(load("| Code | Message |\n|---|---|\n| a | &#x1F; &#0; &#9; |\n").catalogue?.entries.first?.message, "&#x1F; &#0; \t")
    }
}
