@testable import ErrGenRuntime
import XCTest

/// The table literal's format, which errgen writes and the runtime reads with the same file:
/// what is written reads back field for field, what would corrupt a table is refused, and a
/// table of another version or shape stops with a message rather than being misread.
final class CatalogueTableFormatTests: XCTestCase {
    typealias Format = CatalogueTableFormat
    typealias Record = CatalogueTableFormat.Record

    /// Every kind of field value: absent, empty, escapes a Swift literal would need, other
    /// scripts, line breaks, long text.
    static let namespaces: [[Record]] = [
        [
            Record(code: "A", message: ""),
            Record(code: "AUTH.0001", status: 401, category: "auth", retryable: false, message: "Not signed in", hint: "Sign in", docsURL: "https://docs.example.com/errors#auth-0001"),
            Record(code: "quota exceeded", status: 429, category: "Rate Limit", retryable: true, message: "Slow down", hint: nil, docsURL: nil),
            Record(code: "ÄÖÜ-😀-👨‍👩‍👧-e\u{301}", status: 599, category: "ünïcödé", message: "\u{202E}right to left\u{202C}, 日本語, العربية", hint: "🇺🇸 👍🏽"),
            Record(code: "\"quoted\"", status: 100, message: #"a "quote", """ three, \ one backslash, \\ two, \(not) interpolated, \u{41}"#, hint: "'single' and `ticks`"),
            Record(code: "lines", message: "first line\nsecond line\n\nafter a blank line\n", hint: "tab\tinside\r\nand CR LF"),
        ],
        // A namespace of no records still holds its place.
        [],
        [
            Record(code: "LONG", status: 500, category: "internal", retryable: true, message: String(repeating: "long message ", count: 2_000), hint: String(repeating: "ж", count: 5_000), docsURL: "https://x.dev/" + String(repeating: "a", count: 3_000)),
            Record(code: " spaces ", message: " leading and trailing "),
        ],
    ]

    func testEveryFieldKindReadsBackAsWritten() throws {
        let text = Format.text(of: Self.namespaces)
        let read = try Format.read(text, version: Format.version)
        XCTAssertEqual(read.map(\.count), Self.namespaces.map(\.count))
        for (namespace, records) in Self.namespaces.enumerated() {
            for (index, record) in records.enumerated() {
                let back = read[namespace][index]
                for field in Format.Field.allCases {
                    XCTAssertEqual(back.text(of: field), record.text(of: field), "\(field) of record \(index) of namespace \(namespace)")
                }
                XCTAssertEqual(back, record)
            }
        }
        XCTAssertEqual(try Format.read("", version: Format.version), [])
        XCTAssertEqual(try Format.read(Format.text(of: [[], []]), version: Format.version), [[], []])
    }

    /// An optional field left empty is written as nil is: both read back as nil.
    func testAnEmptyOptionalFieldReadsAsNil() throws {
        let text = Format.text(of: [[Record(code: "C", category: "", message: "", hint: "", docsURL: "")]])
        XCTAssertEqual(try Format.read(text, version: Format.version), [[Record(code: "C", message: "")]])
    }

    /// The separators are ASCII control characters, written between fields as they are, so a
    /// field holding one would split the table differently: the writer refuses it.
    func testTheWriterRefusesAFieldHoldingASeparator() {
        for separator in ["\u{1D}", "\u{1E}", "\u{1F}"] {
            let cases: [(Format.Field, Record)] = [
                (.code, Record(code: "A\(separator)B", message: "")),
                (.category, Record(code: "C", category: separator, message: "")),
                (.message, Record(code: "C", message: "before\(separator)after")),
                (.hint, Record(code: "C", message: "", hint: separator + "x")),
                (.docsURL, Record(code: "C", message: "", docsURL: "https://x.dev/" + separator)),
            ]
            for (field, record) in cases {
                var text = ""
                XCTAssertThrowsError(try Format.write([[record]], into: &text)) { error in
                    XCTAssertEqual(error as? Format.Failure, .separator(code: record.code, field: field))
                    XCTAssertEqual("\(error)", "the \(field) of '\(record.code)' holds a control character that separates the fields of a catalogue's table (U+001D, U+001E or U+001F)")
                }
            }
        }
        // Other control characters are text.
        var text = ""
        XCTAssertNoThrow(try Format.write([[Record(code: "C", message: "\u{0}\u{7}\u{1B}\u{1C}\u{7F}")]], into: &text))
    }

    /// What errgen's emitter asks for: each field and separator escaped for a Swift literal, and
    /// a line break between records.
    func testTheWriterEscapesAndBreaksLinesAsAsked() throws {
        var text = ""
        try Format.write([[Record(code: "A", status: 400, message: "x"), Record(code: "B", message: "y")], [Record(code: "C", retryable: true, message: "z")]],
                         into: &text, escaping: { "<\($0.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))>" }, recordBreak: "|\n")
        XCTAssertEqual(text, "<41><1f><34 30 30><1f><><1f><><1f><78><1f><><1f><><1e>|\n<42><1f><><1f><><1f><><1f><79><1f><><1f><><1e><1d>|\n<43><1f><><1f><><1f><31><1f><7a><1f><><1f><><1e><1d>")
    }

    /// Code errgen generated for another table format, older or newer, stops at the table's
    /// first use with this message.
    func testATableOfAnotherVersionIsRefusedWithAMessageToRegenerate() {
        let text = Format.text(of: Self.namespaces)
        for version in [Format.version - 1, Format.version + 1] {
            XCTAssertThrowsError(try Format.read(text, version: version)) { error in
                XCTAssertEqual(error as? Format.Failure, .version(version))
                XCTAssertEqual("\(error)", "the catalogue's table has format version \(version), and this ErrGenRuntime reads version \(Format.version): "
                    + "the catalogue's code was generated by another version of errgen; regenerate it with the errgen of the same version as ErrGenRuntime")
            }
        }
    }

    /// A table edited by hand, or cut short, is refused rather than read with fields shifted.
    func testAMalformedTableIsRefusedSayingWhere() {
        let record = "C\u{1F}400\u{1F}auth\u{1F}1\u{1F}Message\u{1F}Hint\u{1F}https://x.dev"
        XCTAssertEqual(try Format.read(record + "\u{1E}\u{1D}", version: Format.version).first?.first,
                       Record(code: "C", status: 400, category: "auth", retryable: true, message: "Message", hint: "Hint", docsURL: "https://x.dev"))
        let malformed = [
            record + "\u{1E}": "the last namespace does not end",
            record + "\u{1D}": "the last record of namespace 0 does not end",
            record + "\u{1E}\u{1D}" + record + "\u{1D}": "the last record of namespace 1 does not end",
            record + "\u{1E}" + record + "\u{1F}extra\u{1E}\u{1D}": "record 1 of namespace 0 has 8 fields, not 7",
            "C\u{1F}400\u{1F}auth\u{1F}1\u{1F}Message\u{1E}\u{1D}": "record 0 of namespace 0 has 5 fields, not 7",
            "C\u{1F}4OO\u{1F}\u{1F}\u{1F}M\u{1F}\u{1F}\u{1E}\u{1D}": "the status of record 0 of namespace 0 is '4OO'",
            "C\u{1F}\u{1F}\u{1F}yes\u{1F}M\u{1F}\u{1F}\u{1E}\u{1D}": "the retryable of record 0 of namespace 0 is 'yes'",
        ]
        for (text, problem) in malformed {
            XCTAssertThrowsError(try Format.read(text, version: Format.version), problem) { error in
                XCTAssertEqual("\(error)", "the catalogue's table is malformed: \(problem); regenerate the catalogue's code with errgen rather than editing it")
            }
        }
    }

    /// The runtime names the well-known categories with the spellings a table writes.
    func testTheWellKnownCategoriesAreErrorCategorysNamedMembers() {
        XCTAssertEqual(ErrorCategory.wellKnown, [.validation, .auth, .business, .integration, .internal])
        XCTAssertEqual(ErrorCategory.wellKnown.map(\.rawValue), ["validation", "auth", "business", "integration", "internal"])
    }
}

extension CatalogueTableFormat {
    /// The text of a table of `namespaces`, as errgen writes it but for the Swift escaping.
    static func text(of namespaces: [[Record]]) -> String {
        var text = ""
        do {
            try write(namespaces, into: &text)
        } catch {
            preconditionFailure("\(error)")
        }
        return text
    }
}
