import XCTest
@testable import GenKit

/// What `errgen diff` says a catalogue change means for clients: each kind of change with its
/// severity and line, and the JSON that tools read.
final class CatalogueDiffTests: XCTestCase {
    static let before = """
        ---
        errgen:
          type: Shop
          docs-url: https://docs.example.com/errors#{anchor}
        ---
        ## Cart

        | Code | HTTP | Category | Retryable | Message | Hint |
        |---|---|---|---|---|---|
        | SHOP.CART.0001 | 404 | business | ❌ | Cart not found | Create a cart first. |
        | SHOP.CART.0002 | 503 | integration | ✅ | Cart store unavailable | Retry later. |
        | SHOP.CART.0003 | 409 | business | ❌ | Cart locked | |
        | SHOP.CART.0004 | 400 | validation | ❌ | (DEPRECATED) Old cart | |
        | SHOP.CART.0005 | 422 | validation | | Cart too large | |
        | SHOP.CART.0006 | 410 | business | ❌ | Cart expired | |

        ## Payment

        | Code | HTTP | Category | Retryable | Message |
        |---|---|---|---|---|
        | card_declined | 402 | business | ❌ | Card declined |
        | card_expired | 402 | business | ❌ | Card expired |
        """

    func reviewed(_ text: String, path: String) throws -> ReviewedCatalogue {
        ReviewedCatalogue(try XCTUnwrap(load(text, path: path).catalogue))
    }

    func changes(to after: String) throws -> [CatalogueChange] {
        CatalogueDiff.changes(from: try reviewed(Self.before, path: "old.md"), to: try reviewed(after, path: "new.md"))
    }

    /// `code change severity line old → new`, one per change.
    func described(_ changes: [CatalogueChange]) -> [String] {
        changes.map { "\($0.code ?? "-") \($0.kind.rawValue) \($0.severity.rawValue)\($0.accepted ? " accepted" : "") \($0.location.file):\($0.location.line) \($0.old ?? "nil") → \($0.new ?? "nil")" }
    }

    func testACopyEditIsSafe() throws {
        let after = Self.before.replacingOccurrences(of: "Create a cart first.", with: "Create a cart, then add items.")
            .replacingOccurrences(of: "| Cart locked |", with: "| The cart is locked |")
        XCTAssertEqual(described(try changes(to: after)), [
            "SHOP.CART.0001 hint-changed safe new.md:10 Create a cart first. → Create a cart, then add items.",
            "SHOP.CART.0003 message-changed safe new.md:12 Cart locked → The cart is locked",
        ])
    }

    func testEveryKindOfChangeHasItsSeverity() throws {
        let after = """
            ---
            errgen:
              type: Store
              docs-url: https://docs.example.com/errors#{anchor}
              cases:
                SHOP.CART.0001: cartMissing
              namespaces:
                Payment: Billing
            ---
            ## Cart

            | Code | HTTP | Category | Retryable | Message | Hint | Deprecated | Docs |
            |---|---|---|---|---|---|---|---|
            | SHOP.CART.0001 | 404 | business | ❌ | Cart not found | Create a cart first. | | |
            | SHOP.CART.0002 | 503 | integration | ❌ | Cart store unavailable | Retry later. | | |
            | SHOP.CART.0005 | 413 | business | ✅ | Cart too large | | | |
            | SHOP.CART.0006 | 410 | business | ❌ | Cart expired | | Use SHOP.CART.0007 | |
            | SHOP.CART.0007 | 410 | business | ❌ | Cart gone | | | |

            ## Payment

            | Code | HTTP | Category | Retryable | Message |
            |---|---|---|---|---|
            | card_declined | 402 | business | ❌ | Card declined |

            ## Checkout

            | Code | HTTP | Category | Retryable | Message |
            |---|---|---|---|---|
            | card_expired | 402 | business | ❌ | Card expired |
            """
        XCTAssertEqual(described(try changes(to: after)), [
            "- type-renamed breaking new.md:3 ShopError → StoreError",
            "Payment namespace-renamed breaking new.md:24 Payment → Billing",
            "SHOP.CART.0003 removed breaking old.md:12 cartLocked → nil",
            "SHOP.CART.0001 case-renamed breaking new.md:14 cartNotFound → cartMissing",
            "SHOP.CART.0002 retryable-changed breaking new.md:15 true → false",
            "SHOP.CART.0005 status-changed breaking new.md:16 422 → 413",
            "SHOP.CART.0005 category-changed breaking new.md:16 validation → business",
            "card_expired moved breaking new.md:30 Payment → Checkout",
            "SHOP.CART.0005 retryable-changed dangerous new.md:16 nil → true",
            "SHOP.CART.0006 deprecated dangerous new.md:17 nil → Use SHOP.CART.0007",
            "SHOP.CART.0007 added dangerous new.md:18 nil → cartGone",
            "SHOP.CART.0004 removed safe old.md:13 oldCart → nil",
        ])
    }

    func testADocsURLRemovedIsDangerousAndOneChangedIsSafe() throws {
        let moved = Self.before.replacingOccurrences(of: "docs.example.com/errors", with: "help.example.com/errors")
        XCTAssertEqual(Set(try changes(to: moved).map(\.kind)), [.docsURLChanged])
        XCTAssertEqual(Set(try changes(to: moved).map(\.severity)), [.safe])
        let removed = Self.before.replacingOccurrences(of: "  docs-url: https://docs.example.com/errors#{anchor}\n", with: "")
        XCTAssertEqual(Set(try changes(to: removed).map(\.severity)), [.dangerous])
        XCTAssertEqual(try changes(to: removed).count, 8)
    }

    /// Codes under `accept-breaking:` are reported as accepted, and no longer fail the diff.
    func testAcceptedBreakingChangesAreReportedButDoNotFail() throws {
        let after = Self.before.replacingOccurrences(of: "| SHOP.CART.0003 | 409 | business | ❌ | Cart locked | |\n", with: "")
            .replacingOccurrences(of: "  type: Shop\n", with: "  type: Shop\n  accept-breaking: [SHOP.CART.0003]\n")
        let found = try changes(to: after)
        XCTAssertEqual(described(found), ["SHOP.CART.0003 removed breaking accepted old.md:12 cartLocked → nil"])
        XCTAssertFalse(found.contains(where: \.fails))
    }

    /// A heading edited is one namespace renamed (its type, unless the lock or a pin keeps it),
    /// not every code moved.
    func testAnEditedHeadingIsANamespaceRenamedNotCodesMoved() throws {
        let after = Self.before.replacingOccurrences(of: "## Payment", with: "## Payments")
        XCTAssertEqual(described(try changes(to: after)), ["Payments namespace-renamed breaking new.md:21 Payment → Payments"])
    }

    func testTheJSONReportHasAStableSchema() throws {
        let after = Self.before.replacingOccurrences(of: "| SHOP.CART.0003 | 409 | business | ❌ | Cart locked | |\n", with: "")
            .replacingOccurrences(of: "Card declined", with: "Card \"declined\"")
        XCTAssertEqual(DiffReport.render(try changes(to: after), old: "old.md", new: "new.md", format: .json), #"""
            {"changes": [
                {"code": "SHOP.CART.0003", "change": "removed", "severity": "breaking", "accepted": false, "file": "old.md", "line": 12, "old": "cartLocked", "new": null},
                {"code": "card_declined", "change": "message-changed", "severity": "safe", "accepted": false, "file": "new.md", "line": 20, "old": "Card declined", "new": "Card \"declined\""}
            ]}

            """#)
        XCTAssertEqual(DiffReport.render([], old: "old.md", new: "new.md", format: .json), "{\"changes\": []}\n")
    }
}
