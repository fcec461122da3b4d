import XCTest
@testable import GenKit

/// The committed output of catalogues/ (Tests/CatalogueTests/Generated) is the golden file of
/// the emitter. Regenerate it with `swift run errgen` and read the diff before committing.
final class GoldenTests: XCTestCase {
    func testCommittedOutputMatchesTheCatalogues() throws {
        let catalogues = try repositoryCatalogues()
        XCTAssertEqual(Generator.checkTogether(catalogues), [])
        let folder = packageRoot.appendingPathComponent("Tests/CatalogueTests/Generated")
        let files = Generator.files(for: catalogues, access: .public)
        let committed = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter(OutputLayout.isGeneratedFileName).sorted()
        XCTAssertEqual(committed, files.map(\.name), "run `swift run errgen` to regenerate the committed output")
        for file in files {
            let existing = (try? String(contentsOf: folder.appendingPathComponent(file.name), encoding: .utf8)) ?? ""
            XCTAssert(existing == file.contents, "\(file.name) is stale; run `swift run errgen`, then read the diff:\n" + lineDiff(expected: existing, actual: file.contents))
        }
    }

    func testGenerationIsDeterministic() throws {
        let first = Generator.files(for: try repositoryCatalogues(), access: .public)
        let second = Generator.files(for: try repositoryCatalogues(), access: .public)
        XCTAssertEqual(first, second)
        XCTAssertEqual(DumpJSON.render(try repositoryCatalogues()), DumpJSON.render(try repositoryCatalogues()))
    }

    func testEveryCatalogueCarriesTheSeedCodes() throws {
        let catalogues = Dictionary(uniqueKeysWithValues: try repositoryCatalogues().map { ($0.typeName, $0) })
        let nevermined = try XCTUnwrap(catalogues["NeverminedError"])
        XCTAssertEqual(nevermined.entries.count, 298)
        XCTAssertEqual(nevermined.namespaces.count, 28)
        XCTAssertEqual(Set(nevermined.entries.map(\.code)).count, 298)
        XCTAssertTrue(nevermined.entries.allSatisfy { $0.status != nil && $0.category != nil && $0.docsURL != nil })
        XCTAssertEqual(try XCTUnwrap(catalogues["AppBackendError"]).entries.count, 69)
        XCTAssertEqual(try XCTUnwrap(catalogues["PlatformError"]).entries.count, 22)
        let spei = try XCTUnwrap(catalogues["SpeiValidationError"])
        XCTAssertEqual(spei.entries.count, 349)
        XCTAssertEqual(spei.namespaces.flatMap(\.families).map(\.code).sorted(),
                       ["migration_*", "only_owner_can_*", "plan_*", "queues_*_failed", "scheduled_task_*_failed", "seeder_*", "test_*"])
    }
}
