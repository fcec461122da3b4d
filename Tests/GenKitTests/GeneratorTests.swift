import XCTest
@testable import GenKit

/// Checks across the catalogues of one run.
final class GeneratorTests: XCTestCase {
    func testCataloguesThatCannotShareAnOutputFolder() throws {
        let text = "---\nerrgen:\n  type: Shop\n---\n| Code | Message |\n|---|---|\n| a | A |\n"
        let catalogues = try ["a.md", "sub/b.md", "sub/A.md"].map { try XCTUnwrap(load(text, path: $0).catalogue) }
        XCTAssertEqual(Generator.checkTogether(catalogues).flatMap { $0.description.split(separator: "\n").map(String.init) }, [
            "sub/b.md:3:9: error: 'sub/b.md' and 'a.md' would both generate 'ShopError'; set another 'type:' in one of them",
            "a.md:3:9: note: 'ShopError' is also made here",
            "sub/A.md:3:9: error: 'sub/A.md' and 'a.md' would both generate 'ShopError'; set another 'type:' in one of them",
            "a.md:3:9: note: 'ShopError' is also made here",
            "sub/A.md:1:1: error: 'a.md' and 'sub/A.md' would generate 'a.errgen.swift' and 'A.errgen.swift', one file where case does not count (macOS, Windows); rename one",
        ])
    }
}
