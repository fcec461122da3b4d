import Foundation
import XCTest
@testable import GenKit

/// Runs the read → model → validate → name pipeline on `text`.
func load(_ text: String, path: String = "shop.md") -> (catalogue: NamedCatalogue?, diagnostics: [Diagnostic]) {
    Generator.catalogue(path: path, bytes: Array(text.utf8))
}

/// The diagnostics of `text` read as `path` through the pipeline, as the user sees them: one
/// line each, notes on their own lines.
func rendered(_ text: String, path: String = "shop.md") -> [String] {
    rendered(bytes: Array(text.utf8), path: path)
}

/// The diagnostics of `bytes` read as `path` through the pipeline, as ``rendered(_:path:)``.
func rendered(bytes: [UInt8], path: String = "shop.md") -> [String] {
    Generator.catalogue(path: path, bytes: bytes).1.flatMap { $0.description.split(separator: "\n").map(String.init) }
}

/// The tables of `text`, read by the markdown reader.
func tables(_ text: String) -> [MarkdownTable] {
    MarkdownReader.read(SourceText(path: "t.md", text: text)).0.blocks.compactMap {
        if case .table(let table) = $0 { return table } else { return nil }
    }
}

/// The plain text of every cell of a table, header first.
func texts(_ table: MarkdownTable) -> [[String]] {
    ([table.header] + table.rows).map { $0.map(\.text) }
}

/// The package's root folder.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The catalogues in catalogues/, read through the pipeline.
func repositoryCatalogues() throws -> [NamedCatalogue] {
    let folder = packageRoot.appendingPathComponent("catalogues")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
    return try names.map { name in
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        let (catalogue, diagnostics) = Generator.catalogue(path: "catalogues/" + name, bytes: Array(data))
        XCTAssertFalse(diagnostics.containsErrors, diagnostics.map(\.description).joined(separator: "\n"))
        return try XCTUnwrap(catalogue)
    }
}

/// A line-by-line diff of two texts, for readable golden-file failures.
func lineDiff(expected: String, actual: String, limit: Int = 40) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    var i = 0, j = 0
    while (i < old.count || j < new.count) && out.count < limit {
        if i < old.count, j < new.count, old[i] == new[j] { i += 1; j += 1; continue }
        // Find the next common line to resynchronise.
        if let k = new[j...].prefix(200).firstIndex(where: { i < old.count && $0 == old[i] }) {
            while j < k { out.append("+\(j + 1): \(new[j])"); j += 1 }
        } else if i < old.count {
            out.append("-\(i + 1): \(old[i])"); i += 1
        } else {
            out.append("+\(j + 1): \(new[j])"); j += 1
        }
    }
    return out.joined(separator: "\n")
}
