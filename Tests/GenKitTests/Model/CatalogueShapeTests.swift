import XCTest
@testable import GenKit

/// The same catalogue data written in other shapes real teams use must read the same.
final class CatalogueShapeTests: XCTestCase {
    /// What a user relies on, without source positions.
    func model(_ catalogue: NamedCatalogue) -> [String] {
        catalogue.namespaces.flatMap { namespace in
            namespace.entries.map { entry in
                [namespace.name, namespace.typeName, entry.code, entry.caseName, "\(entry.statuses)", entry.statusNote ?? "-",
                 entry.category ?? "-", "\(String(describing: entry.retryable))", entry.message, entry.hint ?? "-",
                 entry.docsURL ?? "-", "\(entry.reserved)", entry.extras.map { "\($0.name)=\($0.value)" }.sorted().joined(separator: ";")].joined(separator: "|")
            }
        }
    }

    func original(_ name: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent("catalogues/\(name)"), encoding: .utf8)
    }

    /// Rewrites every table row of `text` with `transform` applied to its cells.
    func rewriteRows(_ text: String, _ transform: ([String]) -> String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("|") else { return String(line) }
            let cells = line.dropFirst().dropLast().components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }
            return transform(cells)
        }.joined(separator: "\n")
    }

    func assertSameModel(_ name: String, _ variant: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = try XCTUnwrap(load(try original(name), path: name).catalogue)
        let (catalogue, diagnostics) = Generator.catalogue(path: name, bytes: Array(variant.utf8))
        XCTAssertFalse(diagnostics.containsErrors, diagnostics.map(\.description).joined(separator: "\n"), file: file, line: line)
        let actual = try XCTUnwrap(catalogue)
        let (got, want) = (model(actual), model(expected))
        XCTAssertEqual(got.count, want.count, file: file, line: line)
        if let index = got.indices.first(where: { $0 < want.count && got[$0] != want[$0] }) {
            XCTFail("entry \(index) differs:\n  got  \(got[index])\n  want \(want[index])", file: file, line: line)
        }
        XCTAssertGreaterThan(got.count, 20, file: file, line: line)
    }

    func testColumnsReordered() throws {
        for name in ["nevermined.errors.md", "app-backend.errors.md", "spei-validation.errors.md"] {
            let variant = rewriteRows(try original(name)) { cells in "| " + (Array(cells.dropFirst()).reversed() + [cells[0]]).joined(separator: " | ") + " |" }
            try assertSameModel(name, variant)
        }
    }

    func testWithoutOuterPipes() throws {
        for name in ["nevermined.errors.md", "platform.errors.md"] {
            try assertSameModel(name, rewriteRows(try original(name)) { $0.joined(separator: " | ") })
        }
    }

    func testCRLFAndByteOrderMark() throws {
        for name in ["nevermined.errors.md", "spei-validation.errors.md"] {
            try assertSameModel(name, "\u{FEFF}" + (try original(name)).replacingOccurrences(of: "\n", with: "\r\n"))
        }
    }

    func testNamespacesAsBacktickedLevelThreeHeadings() throws {
        let variant = (try original("app-backend.errors.md")).replacingOccurrences(of: "\n## ", with: "\n### `").split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("### `") ? $0 + "`" : String($0) }.joined(separator: "\n")
        XCTAssertTrue(variant.contains("### `Payment (Apple IAP)`"))
        try assertSameModel("app-backend.errors.md", variant)
    }

    func testNonErrorTablesBesideErrorTables() throws {
        let fields = "| Field | Type | Description |\n|---|---|---|\n| code | string | Stable id. |\n\n| Event | Status |\n|:--|--:|\n| created | 201 |\n\n"
        let variant = (try original("nevermined.errors.md")).replacingOccurrences(of: "\n## ", with: "\n\(fields)## ")
        try assertSameModel("nevermined.errors.md", variant)
    }
}
