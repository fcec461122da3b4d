import XCTest
@testable import GenKit

/// What errgen says of an `errgen.yml` it cannot read as it stands.
final class RunConfigurationTests: XCTestCase {
    func testConfigurationProblems() {
        let source = SourceText(path: "errgen.yml", text: "catalogues: docs\noutput Generated\naccess: pubic\nouput: x\ncatalogues: more\n")
        XCTAssertEqual(RunConfiguration.parse(source).1.flatMap { $0.description.split(separator: "\n").map(String.init) }, [
            "errgen.yml:2:1: error: cannot read 'output Generated' in the configuration; write a setting as 'key: value', with a space after the colon",
            "errgen.yml:5:1: error: 'catalogues' appears twice in the configuration; keep one",
            "errgen.yml:1:1: note: 'catalogues' is first here",
            "errgen.yml:3:9: error: unknown access level 'pubic' (expected public, package or internal); did you mean 'public'?",
            "errgen.yml:4:1: error: unknown setting 'ouput' (expected catalogues, output, access); did you mean 'output'?",
        ])
    }
}
