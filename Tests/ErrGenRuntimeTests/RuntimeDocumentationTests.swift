import XCTest

/// ErrGenRuntime is read by whoever uses a generated type: every public declaration, enum
/// cases included, carries a doc comment.
final class RuntimeDocumentationTests: XCTestCase {
    func testEveryPublicDeclarationIsDocumented() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/ErrGenRuntime")
        let files = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }
        XCTAssertGreaterThan(files.count, 5)
        for file in files {
            let lines = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                // The cases of the top-level enums are at this indentation; a `switch`'s are deeper.
                guard trimmed.hasPrefix("public ") || line.hasPrefix("    case ") else { continue }
                // The comment comes before the declaration's attributes.
                var above = index - 1
                while lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("@") { above -= 1 }
                XCTAssertTrue(lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("///"), "\(file):\(index + 1): undocumented: \(trimmed)")
            }
        }
    }

    /// What a client reads in Quick Help is about using the library: the reasons of build cost
    /// and the compiler's workings are for maintainers, in plain `//` comments.
    func testNoDocCommentExplainsCompilerInternals() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/ErrGenRuntime")
        let internals = ["compiler", "witness", "llvm", " sil", "type checker", "instructions", "optimizer", "specialize", "inlinable", "metadata", "debug build"]
        for file in try FileManager.default.contentsOfDirectory(atPath: sources.path) where file.hasSuffix(".swift") {
            let lines = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8).split(separator: "\n")
            for (index, line) in lines.enumerated() where line.trimmingCharacters(in: .whitespaces).hasPrefix("///") {
                let lowered = line.lowercased()
                XCTAssertNil(internals.first { lowered.contains($0) }, "\(file):\(index + 1): \(line)")
            }
        }
    }
}
