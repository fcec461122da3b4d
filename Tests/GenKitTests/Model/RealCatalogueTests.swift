import Foundation
import XCTest
@testable import GenKit

/// Fixtures/RealCatalogues: catalogues in the shapes of public error pages (headers, markup,
/// repeated listings, tables that are not error tables), each beside the codes a careful
/// reader takes from it. The fixtures' README says where each shape comes from.
final class RealCatalogueTests: XCTestCase {
    static let folder = packageRoot.appendingPathComponent("Tests/GenKitTests/Fixtures/RealCatalogues")

    /// The `.expected` file of a fixture: `CODE<TAB>STATUSES` lines in order of first listing,
    /// statuses joined by `/` or `-` for none; `#` starts a comment.
    static func expected(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
            .map { line in
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                return fields.count == 2 ? "\(fields[0])\t\(fields[1].trimmingCharacters(in: .whitespaces))" : line
            }
    }

    /// What errgen found: every code and family, in order of first listing.
    static func found(in catalogue: NamedCatalogue) -> [String] {
        let entries = catalogue.namespaces.flatMap { $0.entries.map(\.entry) + $0.families }
        return entries.enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map { "\($0.element.code)\t\($0.element.statuses.isEmpty ? "-" : $0.element.statuses.map(String.init).joined(separator: "/"))" }
    }

    func testEveryFixtureIsReadAsItsReaderReadsIt() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter(OutputLayout.isMarkdownFileName).filter { $0 != "README.md" }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 25, "the corpus has a fixture per public catalogue shape")
        var codes = 0
        for name in names {
            let url = Self.folder.appendingPathComponent(name)
            let expectedURL = url.deletingPathExtension().appendingPathExtension("expected")
            let expected = try Self.expected(expectedURL)
            let (catalogue, diagnostics) = Generator.catalogue(path: name, bytes: Array(try Data(contentsOf: url)))
            XCTAssertFalse(diagnostics.containsErrors, "\(name) is rejected:\n" + diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "\n"))
            let found = Self.found(in: try XCTUnwrap(catalogue, name))
            if found != expected {
                let missing = expected.filter { !found.contains($0) }
                let extra = found.filter { !expected.contains($0) }
                XCTFail("\(name): \(found.count) codes found, \(expected.count) expected\n  missing: \(missing)\n  extra: \(extra)\n  order same: \(missing.isEmpty && extra.isEmpty)")
            }
            codes += expected.count
        }
        XCTAssertGreaterThan(codes, 0)
    }

    /// What the fixtures generate compiles is the CLI tests' to check; here, that every
    /// fixture names its types.
    func testEveryFixtureGetsValidNames() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter(OutputLayout.isMarkdownFileName).filter { $0 != "README.md" }
        for name in names {
            let (catalogue, diagnostics) = Generator.catalogue(path: name, bytes: Array(try Data(contentsOf: Self.folder.appendingPathComponent(name))))
            XCTAssertFalse(diagnostics.containsErrors, name)
            XCTAssertNil(CaseNaming.identifierProblem(try XCTUnwrap(catalogue).typeName, upper: true), name)
        }
    }
}
