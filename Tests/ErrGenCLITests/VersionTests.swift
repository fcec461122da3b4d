import Foundation
import XCTest

/// The version in CHANGELOG.md's latest entry (`## 0.2.0 (2026-12-04)`): the one users depend on.
let releasedVersion: String = {
    let changelog = (try? String(contentsOf: packageRoot.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)) ?? ""
    let heading = changelog.split(separator: "\n").first { $0.hasPrefix("## ") } ?? ""
    return String(heading.dropFirst(3).prefix { $0 != " " })
}()

/// One version everywhere a user meets it: `errgen --version`, the CHANGELOG's latest entry
/// and the dependency line users copy from the README and the docs.
final class VersionTests: XCTestCase {
    func testTheVersionIsTheSameInTheToolTheChangelogAndTheDependencyLines() throws {
        let parts = releasedVersion.split(separator: ".", omittingEmptySubsequences: false)
        XCTAssertTrue(parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }, "CHANGELOG.md's first '## ' heading should name a version X.Y.Z: '\(releasedVersion)'")
        let tool = try errgen(["--version"], in: packageRoot)
        XCTAssertEqual(tool.stdout, releasedVersion + "\n")
        for document in ["README.md", "Sources/ErrGenRuntime/ErrGenRuntime.docc/PluginsAndCommandLine.md"] {
            let text = try String(contentsOf: packageRoot.appendingPathComponent(document), encoding: .utf8)
            let lines = text.split(separator: "\n").filter { $0.contains(".package(url:") && $0.contains("errgen") }
            XCTAssertFalse(lines.isEmpty, "\(document) has no dependency line")
            for line in lines {
                XCTAssertTrue(line.contains("from: \"\(releasedVersion)\""), "\(document): \(line)")
            }
        }
    }
}
