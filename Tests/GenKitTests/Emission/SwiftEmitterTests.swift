import XCTest
@testable import GenKit

/// What a catalogue's files declare, a declaration at a time: a small catalogue, and the exact
/// Swift of one declaration. The shared types, decoding included, live in ErrGenRuntime; a
/// catalogue's files add its enums, their conformances, its table and typealiases. (The
/// goldens, Tests/CatalogueTests/Generated, hold whole files; the generated code itself runs
/// in CatalogueTests.)
final class SwiftEmitterTests: XCTestCase {
    static let shop = """
        ---
        errgen:
          type: Shop
        ---
        ## Cart

        | Code | HTTP | Category | Retryable | Message | Hint | Team |
        |---|---|---|---|---|---|---|
        | CART_EXPIRED | 410 | business | ❌ | Cart expired<br><br>Carts last a day | Start a new cart | checkout |
        | default | terminal | | ✅ | | | |

        ## Payment

        | Code | HTTP | Message |
        |---|---|---|
        | PAY_DECLINED | 402/403 | Card declined |
        | pay_* | 400 | Payment family |
        """

    func emitter(_ text: String = shop, access: AccessLevel = .public) throws -> SwiftEmitter {
        SwiftEmitter(try XCTUnwrap(load(text).catalogue), access: access)
    }

    /// What `write` prints into a fresh printer.
    func printed(_ write: (inout CodePrinter) -> Void) -> String {
        var printer = CodePrinter()
        write(&printer)
        return printer.text
    }

    func testANamespaceEnumHasItsCasesWithTheirDocCommentsAndOneMember() throws {
        let emitter = try emitter()
        XCTAssertEqual(printed { emitter.namespaceEnum(emitter.namespaces[0], number: 0, into: &$0) }, """
            /// Codes of the `Cart` namespace (2 codes).
            public nonisolated enum Cart: CaseIterable, _CaseIndexed {
                /// Cart expired
                ///
                /// Carts last a day
                ///
                /// Start a new cart
                ///
                /// `CART_EXPIRED` · HTTP 410 · business · not retryable
                /// - Team: checkout
                case expired

                /// The catalogue gives no message for default.
                ///
                /// `default` · status: terminal · retryable
                case `default`

                /// The catalogue's row for the code.
                public var entry: CatalogueEntry {
                    _tableOfShopError.entry(of: self, namespace: 0)
                }
            }

            """)
    }

    /// A deprecated code, by any of its three marks, is a case that warns where client code names
    /// it, with the catalogue's reason; a docs URL is a link in the case's doc comment.
    func testDeprecatedCodesAreDeprecatedCasesAndDocsURLsAreLinks() throws {
        let emitter = try emitter("""
            ---
            errgen:
              type: Shop
              docs-url: https://docs.example.com/errors(v2)#{anchor}
            ---
            ## Cart

            | Code | Message | Deprecated |
            |---|---|---|
            | CART_OLD | Old cart | Use CART_NEW instead |
            | CART_GONE | (DEPRECATED) Gone cart | |
            | ~~CART_LEGACY~~ | Legacy "cart" | |
            | CART_NEW | New cart | no |
            """)
        XCTAssertEqual(printed { emitter.namespaceEnum(emitter.namespaces[0], number: 0, into: &$0) }, """
            /// Codes of the `Cart` namespace (4 codes).
            public nonisolated enum Cart: CaseIterable, _CaseIndexed {
                /// Old cart
                ///
                /// `CART_OLD` · deprecated
                /// - SeeAlso: [CART_OLD in the API's documentation](https://docs.example.com/errors%28v2%29#cart-old)
                @available(*, deprecated, message: "Use CART_NEW instead")
                case old

                /// Gone cart
                ///
                /// `CART_GONE` · deprecated
                /// - SeeAlso: [CART_GONE in the API's documentation](https://docs.example.com/errors%28v2%29#cart-gone)
                @available(*, deprecated, message: "CART_GONE is deprecated in the Shop catalogue.")
                case gone

                /// Legacy "cart"
                ///
                /// `CART_LEGACY` · deprecated
                /// - SeeAlso: [CART_LEGACY in the API's documentation](https://docs.example.com/errors%28v2%29#cart-legacy)
                @available(*, deprecated, message: "CART_LEGACY is deprecated in the Shop catalogue.")
                case legacy

                /// New cart
                ///
                /// `CART_NEW`
                /// - SeeAlso: [CART_NEW in the API's documentation](https://docs.example.com/errors%28v2%29#cart-new)
                case new

                /// The catalogue's row for the code.
                public var entry: CatalogueEntry {
                    _tableOfShopError.entry(of: self, namespace: 0)
                }
            }

            """)
    }

    func testTheUmbrellaDocCommentCountsAndNamesTheFamilies() throws {
        let emitter = try emitter()
        XCTAssertEqual(printed(emitter.umbrellaDocComment), """
            /// Every error code in the Shop catalogue.
            ///
            /// 3 codes in 2 namespaces. Switch over a value to handle each
            /// namespace; ``init(code:)`` turns a code from the wire into a value, and
            /// ``failures(from:status:headers:)`` an error response into ``Failure`` values.
            ///
            /// Codes of the form `pay_*` (Payment family) are a family, not single codes: they are `.unknown`.

            """)
    }

    func testTheUmbrellaHasACasePerNamespaceAndTypealiases() throws {
        let emitter = try emitter()
        XCTAssertEqual(printed { emitter.umbrellaCases(into: &$0); $0.blankLine(); emitter.typealiases(into: &$0) }, """
            /// Codes of the `Cart` namespace (2 codes).
            case cart(Cart)
            /// Codes of the `Payment` namespace (1 code).
            case payment(Payment)
            /// A code that this build's catalogue does not have yet.
            ///
            /// To handle a code you expect, compare ``code`` with it rather than matching the
            /// payload: the comparison keeps working when a later catalogue adds the code.
            case unknown(UnknownCode)

            /// One failure of an error response, with its error from this catalogue.
            public typealias Failure = CatalogueFailure<ShopError>

            /// The type of ``allCases``: every known code of the catalogue.
            public typealias AllCases = [ShopError]

            /// Codes of the `Cart` namespace (2 codes).
            public typealias Cart = ShopErrorCodes.Cart

            /// Codes of the `Payment` namespace (1 code).
            public typealias Payment = ShopErrorCodes.Payment


            """)
    }

    func testTheUmbrellaInitFromCodeAsksTheTable() throws {
        let emitter = try emitter()
        XCTAssertEqual(printed(emitter.initFromCode), """
            /// The error with `code`, or ``unknown(_:)`` for a code the catalogue does not list.
            public init(code: String) {
                if let position = _tableOfShopError.position(of: code) {
                    self.init(_namespace: position.namespace, index: position.index)
                } else {
                    self = .unknown(UnknownCode(_unknown: code))
                }
            }

            """)
    }

    /// The umbrella's switches name ErrGenRuntime's namespace numbers as cases up to 64
    /// namespaces, then the numbers; past 256 namespaces they end with a `default`.
    func testTheUmbrellaSwitchesOverNamespaces() throws {
        let emitter = try emitter()
        XCTAssertEqual(printed(emitter.initFromPosition), """
            /// The code at `index` in the namespace numbered `namespace`.
            private init(_namespace namespace: Int, index: Int) {
                switch _Namespace64(namespace) {
                case .n0: self = .cart(_CatalogueTable.case(at: index))
                case .n1: self = .payment(_CatalogueTable.case(at: index))
                default: preconditionFailure("not a namespace of the catalogue")
                }
            }

            """)
        XCTAssertEqual(printed(emitter.entrySwitch), """
            /// The catalogue's row for the code.
            public var entry: CatalogueEntry {
                switch self {
                case .cart(let error): return error.entry
                case .payment(let error): return error.entry
                case .unknown(let unknown): return unknown.entry
                }
            }

            """)
        func namespaces(_ count: Int) throws -> SwiftEmitter {
            try self.emitter((0..<count).map { "## N\($0)\n\n| Code | Message |\n|---|---|\n| c\($0) | M |\n" }.joined(separator: "\n"))
        }
        let sixtyFour = printed(try namespaces(64).initFromPosition)
        XCTAssertTrue(sixtyFour.contains("    switch _Namespace64(namespace) {\n") && sixtyFour.contains("    case .n63: self = .n63(_CatalogueTable.case(at: index))\n    }\n"))
        let many = try namespaces(257)
        XCTAssertTrue(printed(many.initFromPosition).contains("    switch namespace {\n    case 0: self = .n0(_CatalogueTable.case(at: index))\n"))
        XCTAssertTrue(printed(many.entrySwitch).hasSuffix("""
                case .unknown(let unknown): return unknown.entry
                // Every case is above; the `default` spares the compiler proving so, which it
                // gives up on for about 700 namespaces.
                default: preconditionFailure("not a case of the catalogue")
                }
            }

            """))
    }

    /// A further part holds a run of namespaces in an extension of the holder.
    func testAPartFileExtendsTheHolder() throws {
        let catalogue = try XCTUnwrap(load(Self.shop).catalogue)
        let files = SwiftEmitter.emit(catalogue, access: .public, parts: 2)
        XCTAssertEqual(files.count, 2)
        XCTAssertEqual(files[1], """
            // Generated by errgen from shop.md, part 2 of 2. Do not edit; regenerate with `errgen`.

            import ErrGenRuntime

            extension ShopErrorCodes {
                /// Codes of the `Payment` namespace (1 code).
                public nonisolated enum Payment: CaseIterable, _CaseIndexed {
                    /// Card declined
                    ///
                    /// `PAY_DECLINED` · HTTP 402/403
                    case payDeclined

                    /// The catalogue's row for the code.
                    public var entry: CatalogueEntry {
                        _tableOfShopError.entry(of: self, namespace: 1)
                    }
                }
            }

            """)
        XCTAssertTrue(files[0].contains("\npublic nonisolated enum ShopErrorCodes {\n    /// Codes of the `Cart` namespace (2 codes).\n"))
        XCTAssertFalse(files[0].contains("enum Payment:"))
    }

    /// The first file imports ErrGenRuntime only and holds one table; the entry point of
    /// decoding lives in ErrGenRuntime, not in each catalogue's files.
    func testTheFirstFileImportsTheRuntimeAndHoldsOneTable() throws {
        let source = SwiftEmitter.emit(try XCTUnwrap(load(Self.shop).catalogue), access: .public)[0]
        XCTAssertTrue(source.hasPrefix("// Generated by errgen from shop.md. Do not edit; regenerate with `errgen`.\n\nimport ErrGenRuntime\n\n"))
        XCTAssertFalse(source.contains("import Foundation"), "the generated file needs nothing from Foundation itself")
        XCTAssertTrue(source.contains("\npublic nonisolated enum ShopError: ErrorCatalogue, CaseIterable {\n"))
        XCTAssertTrue(source.contains("\nnonisolated let _tableOfShopError: _CatalogueTable = _CatalogueTable(version: \(CatalogueTableFormat.version), \"\"\"\n"))
        XCTAssertEqual(source.components(separatedBy: "_CatalogueTable(version: \(CatalogueTableFormat.version), \"\"\"").count, 2, "one table literal per catalogue")
        XCTAssertFalse(source.contains("func failures("), "the entry point lives in ErrGenRuntime, not per catalogue")
    }

    /// Every declaration client code uses takes the run's access level, and nothing else changes
    /// with it.
    func testEveryAccessLevelWritesTheSameDeclarations() throws {
        let catalogue = try XCTUnwrap(load(Self.shop).catalogue)
        let publicSource = SwiftEmitter.emit(catalogue, access: .public)[0]
        XCTAssertEqual(SwiftEmitter.emit(catalogue, access: .package)[0], publicSource.replacingOccurrences(of: "public ", with: "package "))
        XCTAssertEqual(SwiftEmitter.emit(catalogue, access: .internal)[0], publicSource.replacingOccurrences(of: "public ", with: ""))
    }

    /// The doc comments clients read in Quick Help say what a declaration means and how to use
    /// it; why the code has its shape is for maintainers, in the emitter's own comments.
    func testGeneratedDocCommentsSpeakToTheClientNotOfTheCompiler() throws {
        let catalogue = try XCTUnwrap(load(Self.shop).catalogue)
        let internals = ["compiler", "witness", "llvm", " sil", "type checker", "instructions", "optimizer", "specialize", "metadata", "build time", "infer"]
        for file in SwiftEmitter.emit(catalogue, access: .public, parts: 2) {
            for line in file.split(separator: "\n") where line.trimmingCharacters(in: .whitespaces).hasPrefix("///") {
                let lowered = line.lowercased()
                XCTAssertNil(internals.first { lowered.contains($0) }, String(line))
            }
        }
    }
}
