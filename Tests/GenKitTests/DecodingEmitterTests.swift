import XCTest
@testable import GenKit

/// The decoding of error responses as the emitters write it: the support file holds it once,
/// generic over `ErrorCatalogue`; a catalogue's file adds a conformance and a typealias. (The
/// generated code itself runs in CatalogueTests.)
final class DecodingEmitterTests: XCTestCase {
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
        let source = SwiftEmitter.emit(catalogue, access: .public)
        XCTAssertTrue(source.contains("\npublic enum ShopError: ErrorCatalogue, CaseIterable {\n"))
        XCTAssertTrue(source.contains("\n    public typealias Failure = CatalogueFailure<ShopError>\n"))
        XCTAssertTrue(source.contains("\n    public enum Cart: CatalogueError, CaseIterable {\n"), "namespace enums are not umbrellas")
        XCTAssertFalse(source.contains("func failures("), "the entry point lives in the support file, not per catalogue")
    }

    func testTheSupportFileDeclaresTheEntryPointGenerically() {
        let source = SupportEmitter.emit(access: .public)
        XCTAssertTrue(source.contains("\npublic protocol ErrorCatalogue: CatalogueError {\n    /// "))
        XCTAssertTrue(source.contains("\nextension ErrorCatalogue {\n"))
        XCTAssertTrue(source.contains("    public static func failures(from data: Data, status: Int? = nil, headers: [String: String] = [:]) throws -> [CatalogueFailure<Self>] {\n"))
        XCTAssertTrue(source.contains("\npublic struct CatalogueFailure<Error: ErrorCatalogue>: LocalizedError, Hashable, Sendable, CustomStringConvertible {\n"))
        for type in ["public struct ErrorResolution", "public enum ErrorBodyDecodingError", "public enum JSONValue"] {
            XCTAssertTrue(source.contains("\n\(type):"), type)
        }
    }

    /// Every declaration client code uses takes the run's access level, and nothing else changes
    /// with it.
    func testEveryAccessLevelWritesTheSameDeclarations() throws {
        let catalogue = try XCTUnwrap(load(shop).catalogue)
        for emit in [{ SupportEmitter.emit(access: $0) }, { SwiftEmitter.emit(catalogue, access: $0) }] as [(AccessLevel) -> String] {
            let publicSource = emit(.public)
            XCTAssertEqual(emit(.package), publicSource.replacingOccurrences(of: "public ", with: "package "))
            XCTAssertEqual(emit(.internal), publicSource.replacingOccurrences(of: "public ", with: ""))
        }
    }

    /// Every public declaration of the support file, enum cases included, has a doc comment.
    func testEveryPublicSupportDeclarationIsDocumented() {
        let lines = SupportEmitter.emit(access: .public).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where line.trimmingCharacters(in: .whitespaces).hasPrefix("public ") || line.hasPrefix("    case ") {
            XCTAssertTrue(lines[index - 1].trimmingCharacters(in: .whitespaces).hasPrefix("///"), "undocumented: \(line)")
        }
    }

    /// The support types are used inside each umbrella type, so no namespace may shadow them.
    func testNamespacesDoNotTakeTheNamesOfTheDecodingTypes() throws {
        let names = ["Error Catalogue", "Catalogue Failure", "Error Resolution", "Error Body Decoding Error", "JSON Value"]
        let text = names.enumerated().map { index, name in "## \(name)\n\n| Code | Message |\n|---|---|\n| c\(index) | M |\n" }.joined(separator: "\n")
        let catalogue = try XCTUnwrap(load(text).catalogue)
        XCTAssertEqual(catalogue.namespaces.map(\.typeName),
                       ["ErrorCatalogueErrors", "CatalogueFailureErrors", "ErrorResolutionErrors", "ErrorBodyDecodingErrorErrors", "JSONValueErrors"])
        // Naming checks the catalogue's own type, so every GenKit caller gets the error.
        let umbrella = load("---\nerrgen:\n  type: ErrorBodyDecoding\n---\n| Code | Message |\n|---|---|\n| c | M |\n")
        XCTAssertEqual(umbrella.diagnostics.map(\.message), ["'ErrorBodyDecodingError' cannot name the catalogue's type: 'ErrorBodyDecodingError' is used by the generated code; set 'type:' under 'errgen:' in the front matter"])
    }
}
