import Foundation
@testable import GenKit
import XCTest

/// Catalogue text written to break out of Swift string literals, comments and identifiers:
/// what errgen emits for it must compile warning-free and give the text back unchanged at
/// run time.
final class EmissionSafetyTests: XCTestCase {
    /// Cell texts (markdown source; `|` is escaped where a cell holds it) meant to end a
    /// literal or a comment, start an interpolation, or hide.
    static let nastyCells = [
        "\"\"\" closes a multi-line literal", "\"\"\"\"\"\"", "a \"quoted\" word",
        #"\\(interpolation) and \\(1 + 1)"#, #"\\u{41} is not A"#, ##"\\#(raw interpolation)"##,
        "#\"raw\"# and #\"\"\"# and \"#", "*/ ends a block comment", "/* opens one", "// and a line comment",
        #"back\\slash, double \\\\ and a trailing one \\"#, #"\n is two characters, not a line break"#,
        "tab\tinside", "first line<br>second line<br/>third", "&#0; &#x1F; &#27; stay as written",
        "\u{2028}line separator\u{2029}paragraph separator", "&#x2028; by reference",
        "\u{202E}right-to-left override\u{202C} \u{2066}isolate\u{2069}", "zero\u{200B}width\u{FEFF}no-break",
        "emoji 😀 👨‍👩‍👧 🇺🇸 👍🏽", "combining e\u{301} and a\u{308}\u{301}", "\u{301}starts with a combining mark",
        "noncharacters \u{FFFE}\u{FFFF}\u{10FFFF} and private use \u{E000}", "%@ %s %d ${x} {0}", "'''", "`code span`",
        "#if false", "#warning(\"boo\")", "\\", "\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}",
    ]

    /// Codes whose names are keywords, names that cannot be backticked, names that need an
    /// underscore, names with no letters, and codes that differ only in punctuation or case.
    static let trickyCodes = [
        "self", "Self", "init", "Type", "Protocol", "rawValue", "allCases", "hashValue", "description", "unknown",
        "code", "message", "default", "internal", "nil", "true", "super", "deinit", "subscript", "some", "any", "none",
        "_table", "_error", "_byCode", "_ordinal", "404", "4xx_error", "___", "+", "@@", ":", "_1", "9lives",
        "a-b", "a_b", "a:b", "A_B", "a__b", "abc", "ABC", "Abc",
    ]

    /// A catalogue with every nasty text in every place catalogue text reaches.
    static func nastyCatalogue() -> String {
        var text = """
            ---
            errgen:
              type: Nasty
              docs-url: https://docs.example.com/"\"\"/*/{code}?x=\\(y)#{anchor}
            ---

            ## Head \"\"\" */ \\\\( \u{202E} 😀 <br> second

            | Code | HTTP | Category | Retryable | Message | Hint | Notes \"\"\" */ \\\\( | Docs |
            |---|---|---|---|---|---|---|---|

            """
        for (index, cell) in nastyCells.enumerated() {
            let docs = index.isMultiple(of: 3) ? "[docs](https://x.dev/\(index)/\"\"\"?q=\\\\(a)*/)" : ""
            text += "| NASTY.TEXT.\(index) | 4\(String(format: "%02d", index % 30)) | business | ✅ | \(cell) | Hint: \(cell) | \(cell) | \(docs) |\n"
        }
        text += "| NASTY.TEXT.terminal | terminal */ \"\"\" \\\\( | internal | ❌ | Status note | | | |\n"
        text += "| queues_*_failed | 500 | internal | | family \"\"\" */ \\\\( \u{202E} | | | |\n"
        text += "\n## Tricky codes\n\n| Code | Message |\n|---|---|\n"
        for code in trickyCodes {
            text += "| \(code) | \(code) \"\"\" \\\\( */ |\n"
        }
        return text
    }

    /// The program that prints every value of the generated enum (with PrintedValue.swift).
    static let printer = """
        import ErrGenRuntime
        import Foundation

        let values = NastyError.allCases.map { error in
            PrintedValue(code: error.code, status: error.status, category: error.category?.rawValue, retryable: error.retryable,
                  message: error.message, hint: error.hint, docsURL: error.docsURL?.absoluteString,
                  lookedUp: NastyError(code: error.code) == error)
        }
        let unknown = NastyError(code: "NOT.A.CODE")
        precondition(unknown.code == "NOT.A.CODE" && unknown.status == nil)
        print(String(decoding: try JSONEncoder().encode(values), as: UTF8.self))

        """

    func testNastyTextCompilesAndComesBackUnchanged() throws {
        let folder = try TemporaryFolder()
        let source = Self.nastyCatalogue()
        try folder.write("nasty.md", source)
        let generated = try errgen(["nasty.md", "--output", "out"], in: folder.url)
        XCTAssertEqual(generated.status, 0, generated.stderr)

        try folder.write("main.swift", Self.printer)
        let sources = ["out/nasty.errgen.swift", "main.swift", printedValueFile.path]
        let build = try runProcess(swiftc, ["-swift-version", "6", "-strict-concurrency=complete", "-warnings-as-errors", "-o", "nasty"] + RuntimeModule.flags(link: true) + sources, in: folder.url, timeout: 600)
        XCTAssertEqual(build.status, 0, build.stderr)
        let swift5 = try runProcess(swiftc, ["-typecheck", "-swift-version", "5", "-warnings-as-errors"] + RuntimeModule.flags() + sources, in: folder.url, timeout: 600)
        XCTAssertEqual(swift5.status, 0, swift5.stderr)
        let printed = try runProcess(folder.url.appendingPathComponent("nasty"), [], in: folder.url)
        XCTAssertEqual(printed.status, 0, printed.stderr)
        let values = try JSONDecoder().decode([PrintedValue].self, from: Data(printed.stdout.utf8))

        let catalogue = try XCTUnwrap(Generator.catalogue(path: "nasty.md", bytes: Array(source.utf8)).0)
        let entries = catalogue.entries
        XCTAssertEqual(values.count, entries.count)
        XCTAssertEqual(entries.count, Self.nastyCells.count + 1 + Self.trickyCodes.count, "\(entries.map(\.code))")
        for (value, entry) in zip(values, entries) {
            XCTAssertEqual(scalars(value.code), scalars(entry.code))
            XCTAssertEqual(value.status, entry.status, entry.code)
            XCTAssertEqual(value.category, entry.category, entry.code)
            XCTAssertEqual(value.retryable, entry.retryable, entry.code)
            XCTAssertEqual(scalars(value.message), scalars(entry.message), entry.code)
            XCTAssertEqual(value.hint.map(scalars), entry.hint.map(scalars), entry.code)
            XCTAssertEqual(value.docsURL, entry.docsURL.flatMap { URL(string: $0)?.absoluteString }, entry.code)
            XCTAssertNotNil(value.docsURL, entry.code)
            XCTAssertTrue(value.lookedUp, entry.code)
        }
        // The texts themselves, as a reader wrote them.
        XCTAssertEqual(entries[0].message, "\"\"\" closes a multi-line literal")
        XCTAssertEqual(entries[3].message, #"\(interpolation) and \(1 + 1)"#)
        XCTAssertEqual(entries[10].message, #"back\slash, double \\ and a trailing one \"#)
        XCTAssertEqual(entries[11].message, #"\n is two characters, not a line break"#)
        XCTAssertEqual(entries[13].message, "first line\nsecond line\nthird")
        XCTAssertEqual(entries[14].message, "&#0; &#x1F; &#27; stay as written")
    }

    func testEveryAccessLevelCompiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("nasty.md", Self.nastyCatalogue())
        for access in ["public", "package", "internal"] {
            let generated = try errgen(["nasty.md", "--output", access, "--access", access], in: folder.url)
            XCTAssertEqual(generated.status, 0, generated.stderr)
            let check = try runProcess(swiftc, ["-typecheck", "-swift-version", "6", "-warnings-as-errors", "-package-name", "nasty"] + RuntimeModule.flags() + ["\(access)/nasty.errgen.swift"], in: folder.url, timeout: 600)
            XCTAssertEqual(check.status, 0, "\(access): \(check.stderr)")
        }
    }

    /// A type name is an identifier or an error, never text pasted into code.
    func testFrontMatterTypeNamesCannotInjectCode() throws {
        for type in [#"'Shop: Error {} /*'"#, #""A\"\"\"""#, "Shop */", "Shop\u{202E}", "Café", "_Shop", "shop"] {
            let folder = try TemporaryFolder()
            try folder.write("shop.md", "---\nerrgen:\n  type: \(type)\n---\n| Code | Message |\n|---|---|\n| a | A |\n")
            let result = try errgen(["shop.md", "--output", "out"], in: folder.url)
            XCTAssertEqual(result.status, 1, type)
            XCTAssertTrue(result.stderr.hasPrefix("shop.md:3:9: error: "), "\(type): \(result.stderr)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("out").path), type)
        }
    }

    func scalars(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value)
    }
}

/// What errgen reads from pages written for people compiles: every real-catalogue fixture
/// (Tests/GenKitTests/Fixtures/RealCatalogues), generated in one run into one module.
final class RealCatalogueCompileTests: XCTestCase {
    func testEveryRealCatalogueFixtureCompilesInBothLanguageModes() throws {
        let fixtures = packageRoot.appendingPathComponent("Tests/GenKitTests/Fixtures/RealCatalogues")
        let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path)
            .filter { OutputLayout.isMarkdownFileName($0) && $0 != "README.md" }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 25)
        // Copies, so that the lock files errgen writes beside them stay out of the source tree.
        let folder = try TemporaryFolder()
        for name in names { try folder.write("fixtures/" + name, bytes: Data(contentsOf: fixtures.appendingPathComponent(name))) }
        let generated = try errgen(names.map { "fixtures/" + $0 } + ["--output", "out", "--no-config"], in: folder.url)
        XCTAssertEqual(generated.status, 0, generated.stderr)
        XCTAssertFalse(generated.stderr.contains(": error:"), generated.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("out").path).sorted().map { "out/" + $0 }
        XCTAssertEqual(files.count, names.count)
        for mode in ["5", "6"] {
            let check = try runProcess(swiftc, ["-typecheck", "-swift-version", mode, "-strict-concurrency=complete", "-warnings-as-errors"] + RuntimeModule.flags() + files, in: folder.url, timeout: 600)
            XCTAssertEqual(check.status, 0, "Swift \(mode): \(check.stderr.prefix(4000))")
        }
    }
}
