import XCTest
@testable import GenKit

/// What a catalogue's file declares. The shared types, decoding included, live in
/// ErrGenRuntime, written once and generic over `ErrorCatalogue`; a catalogue's file adds its
/// enums, their conformances and a typealias. (The generated code itself runs in
/// CatalogueTests.)
final class EmitterShapeTests: XCTestCase {
    let shop = """
        ---
        errgen:
          type: Shop
        ---
        ## Cart

        | Code | HTTP | Message |
        |---|---|---|
        | CART_EXPIRED | 410 | Cart expired |
        """

    func testTheUmbrellaConformsAndNamesItsFailureType() throws {
        let catalogue = try XCTUnwrap(load(shop).catalogue)
        let source = SwiftEmitter.emit(catalogue, access: .public)[0]
        XCTAssertTrue(source.contains("\npublic nonisolated enum ShopError: ErrorCatalogue, CaseIterable {\n"))
        XCTAssertTrue(source.contains("\n    public typealias Failure = CatalogueFailure<ShopError>\n"))
        XCTAssertTrue(source.contains("\n    public nonisolated enum Cart: CaseIterable, _CaseIndexed {\n"), "namespace enums are not umbrellas")
        // Nonisolated in a target whose default isolation is the main actor too, the table as well.
        XCTAssertTrue(source.contains("\npublic nonisolated enum ShopErrorCodes {\n"))
        XCTAssertTrue(source.contains("\nnonisolated let _tableOfShopError: _CatalogueTable = "))
        XCTAssertFalse(source.contains("func failures("), "the entry point lives in the support file, not per catalogue")
    }

    /// Nothing but the case, its doc comment and its row of the table is written per code,
    /// and one member per namespace: its `entry` hands its cases to the table, and the rest
    /// (`init?(code:)`, `allCases`, the accessors) comes from ErrGenRuntime.
    func testANamespaceHasOneMemberBesidesItsCases() throws {
        let catalogue = try XCTUnwrap(load(shop).catalogue)
        let source = SwiftEmitter.emit(catalogue, access: .public)[0]
        XCTAssertTrue(source.contains("\nimport ErrGenRuntime\n"))
        XCTAssertFalse(source.contains("import Foundation"), "the generated file needs nothing from Foundation itself")
        XCTAssertTrue(source.contains("""
                    case expired

                    /// The catalogue's row for the code.
                    public var entry: CatalogueEntry {
                        _tableOfShopError.entry(of: self, namespace: 0)
                    }
                }
            }

            """))
        XCTAssertEqual(source.components(separatedBy: "_CatalogueTable(version: \(CatalogueTableFormat.version), \"\"\"").count, 2, "one table literal per catalogue")
    }

    /// Every declaration client code uses takes the run's access level, and nothing else changes
    /// with it.
    func testEveryAccessLevelWritesTheSameDeclarations() throws {
        let catalogue = try XCTUnwrap(load(shop).catalogue)
        let publicSource = SwiftEmitter.emit(catalogue, access: .public)[0]
        XCTAssertEqual(SwiftEmitter.emit(catalogue, access: .package)[0], publicSource.replacingOccurrences(of: "public ", with: "package "))
        XCTAssertEqual(SwiftEmitter.emit(catalogue, access: .internal)[0], publicSource.replacingOccurrences(of: "public ", with: ""))
    }

    /// The runtime's types are used inside each umbrella type, so no namespace may shadow them.
    func testNamespacesDoNotTakeTheNamesOfTheRuntimeTypes() throws {
        let names = ["Error Catalogue", "Catalogue Failure", "Error Resolution", "Error Body Decoding Error", "JSON Value", "Catalogue Entry"]
        let text = names.enumerated().map { index, name in "## \(name)\n\n| Code | Message |\n|---|---|\n| c\(index) | M |\n" }.joined(separator: "\n")
        let catalogue = try XCTUnwrap(load(text).catalogue)
        XCTAssertEqual(catalogue.namespaces.map(\.typeName),
                       ["ErrorCatalogueErrors", "CatalogueFailureErrors", "ErrorResolutionErrors", "ErrorBodyDecodingErrorErrors", "JSONValueErrors", "CatalogueEntryErrors"])
        // Naming checks the catalogue's own type, so every GenKit caller gets the error.
        let umbrella = load("---\nerrgen:\n  type: ErrorBodyDecoding\n---\n| Code | Message |\n|---|---|\n| c | M |\n")
        XCTAssertEqual(umbrella.diagnostics.map(\.message), ["'ErrorBodyDecodingError' cannot name the catalogue's type: 'ErrorBodyDecodingError' is used by the generated code; set 'type:' under 'errgen:' in the front matter"])
    }
}
