@testable import ErrGenRuntime
import XCTest

/// The table generated code hands its cases to. It reads and writes a namespace enum's values
/// as their declaration index, in as many bytes as the enum has (0 for one case, 1 up to 256,
/// 2 beyond), so these enums cover each size.
final class CatalogueTableTests: XCTestCase {
    enum One: CaseIterable, _CaseIndexed {
        case only

        var entry: CatalogueEntry { CatalogueTableTests.table.entry(of: self, namespace: 0) }
    }
    enum Three: CaseIterable, _CaseIndexed {
        case first, second, third

        var entry: CatalogueEntry { CatalogueTableTests.table.entry(of: self, namespace: 1) }
    }
    /// 257 cases: one more than a byte holds.
    enum Wide: CaseIterable, _CaseIndexed {
        case c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18,
            c19, c20, c21, c22, c23, c24, c25, c26, c27, c28, c29, c30, c31, c32, c33, c34, c35,
            c36, c37, c38, c39, c40, c41, c42, c43, c44, c45, c46, c47, c48, c49, c50, c51, c52,
            c53, c54, c55, c56, c57, c58, c59, c60, c61, c62, c63, c64, c65, c66, c67, c68, c69,
            c70, c71, c72, c73, c74, c75, c76, c77, c78, c79, c80, c81, c82, c83, c84, c85, c86,
            c87, c88, c89, c90, c91, c92, c93, c94, c95, c96, c97, c98, c99, c100, c101, c102, c103,
            c104, c105, c106, c107, c108, c109, c110, c111, c112, c113, c114, c115, c116, c117,
            c118, c119, c120, c121, c122, c123, c124, c125, c126, c127, c128, c129, c130, c131,
            c132, c133, c134, c135, c136, c137, c138, c139, c140, c141, c142, c143, c144, c145,
            c146, c147, c148, c149, c150, c151, c152, c153, c154, c155, c156, c157, c158, c159,
            c160, c161, c162, c163, c164, c165, c166, c167, c168, c169, c170, c171, c172, c173,
            c174, c175, c176, c177, c178, c179, c180, c181, c182, c183, c184, c185, c186, c187,
            c188, c189, c190, c191, c192, c193, c194, c195, c196, c197, c198, c199, c200, c201,
            c202, c203, c204, c205, c206, c207, c208, c209, c210, c211, c212, c213, c214, c215,
            c216, c217, c218, c219, c220, c221, c222, c223, c224, c225, c226, c227, c228, c229,
            c230, c231, c232, c233, c234, c235, c236, c237, c238, c239, c240, c241, c242, c243,
            c244, c245, c246, c247, c248, c249, c250, c251, c252, c253, c254, c255, c256

        var entry: CatalogueEntry { CatalogueTableTests.table.entry(of: self, namespace: 2) }
    }

    /// 256 cases: every value of its byte is a case.
    enum Full {
        case c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18,
            c19, c20, c21, c22, c23, c24, c25, c26, c27, c28, c29, c30, c31, c32, c33, c34, c35,
            c36, c37, c38, c39, c40, c41, c42, c43, c44, c45, c46, c47, c48, c49, c50, c51, c52,
            c53, c54, c55, c56, c57, c58, c59, c60, c61, c62, c63, c64, c65, c66, c67, c68, c69,
            c70, c71, c72, c73, c74, c75, c76, c77, c78, c79, c80, c81, c82, c83, c84, c85, c86,
            c87, c88, c89, c90, c91, c92, c93, c94, c95, c96, c97, c98, c99, c100, c101, c102, c103,
            c104, c105, c106, c107, c108, c109, c110, c111, c112, c113, c114, c115, c116, c117,
            c118, c119, c120, c121, c122, c123, c124, c125, c126, c127, c128, c129, c130, c131,
            c132, c133, c134, c135, c136, c137, c138, c139, c140, c141, c142, c143, c144, c145,
            c146, c147, c148, c149, c150, c151, c152, c153, c154, c155, c156, c157, c158, c159,
            c160, c161, c162, c163, c164, c165, c166, c167, c168, c169, c170, c171, c172, c173,
            c174, c175, c176, c177, c178, c179, c180, c181, c182, c183, c184, c185, c186, c187,
            c188, c189, c190, c191, c192, c193, c194, c195, c196, c197, c198, c199, c200, c201,
            c202, c203, c204, c205, c206, c207, c208, c209, c210, c211, c212, c213, c214, c215,
            c216, c217, c218, c219, c220, c221, c222, c223, c224, c225, c226, c227, c228, c229,
            c230, c231, c232, c233, c234, c235, c236, c237, c238, c239, c240, c241, c242, c243,
            c244, c245, c246, c247, c248, c249, c250, c251, c252, c253, c254, c255
    }

    /// Namespace 0 has `C0`, namespace 1 `C1` to `C3`, namespace 2 `W0` to `W256`.
    static let table = _CatalogueTable(version: CatalogueTableFormat.version, CatalogueTableFormat.text(of: [
        [record("C0", 1)], ["C1", "C2", "C3"].map { record($0, 1) }, (0..<257).map { record("W\($0)", $0) },
    ]))

    static func record(_ code: String, _ number: Int) -> CatalogueTableFormat.Record {
        CatalogueTableFormat.Record(code: code, status: 400 + number % 100, category: "auth", retryable: number % 2 == 1,
                                    message: "Message \(number)", hint: nil, docsURL: "https://example.com/\(number)")
    }

    func testEveryCaseSizeRoundTripsThroughItsIndex() {
        XCTAssertEqual(MemoryLayout<One>.size, 0)
        XCTAssertEqual(MemoryLayout<Three>.size, 1)
        XCTAssertEqual(MemoryLayout<Wide>.size, 2)
        XCTAssertEqual(_CatalogueTable.cases(count: 1) as [One], [.only])
        XCTAssertEqual(_CatalogueTable.cases(count: 3) as [Three], [.first, .second, .third])
        let wide: [Wide] = _CatalogueTable.cases(count: 257)
        XCTAssertEqual(wide.first, .c0)
        XCTAssertEqual(wide[255], .c255)
        XCTAssertEqual(wide.last, .c256)
        XCTAssertEqual(Set(wide).count, 257)
        XCTAssertEqual(wide.map(\.code), (0..<257).map { "W\($0)" })
        // Every value of its byte is a case.
        let full: [Full] = _CatalogueTable.cases(count: 256)
        XCTAssertEqual(MemoryLayout<Full>.size, 1)
        XCTAssertEqual(full.last, .c255)
        XCTAssertEqual(Set(full).count, 256)
    }

    func testEntriesAreReadInTheirNamespace() {
        XCTAssertEqual(One.only.code, "C0")
        XCTAssertEqual(Three.first.code, "C1")
        XCTAssertEqual(Three.third.code, "C3")
        let entry = Wide.c256.entry
        XCTAssertEqual(entry, CatalogueEntry(code: "W256", status: 456, category: .auth, retryable: false, message: "Message 256", hint: nil, docsURL: URL(string: "https://example.com/256")))
        XCTAssertNotEqual(entry, Wide.c255.entry)
        XCTAssertEqual(Set([entry, Wide.c256.entry, Wide.c1.entry]).count, 2)
        XCTAssertEqual(Wide.c3.retryable, true)
        XCTAssertEqual(Self.table.position(of: "C0").map { [$0.namespace, $0.index] }, [0, 0])
        XCTAssertEqual(Self.table.position(of: "C2").map { [$0.namespace, $0.index] }, [1, 1])
        XCTAssertEqual(Self.table.position(of: "W42").map { [$0.namespace, $0.index] }, [2, 42])
        XCTAssertNil(Self.table.position(of: "W257"))
        let positions = Self.table.values { (namespace: $0, index: $1) }
        XCTAssertEqual(positions.count, 261)
        XCTAssertEqual(positions.map(\.namespace), [0, 1, 1, 1] + Array(repeating: 2, count: 257))
        XCTAssertEqual(positions.map(\.index), [0, 0, 1, 2] + Array(0..<257))
    }

    /// A namespace enum's `init?(code:)` and `allCases` come from `_CaseIndexed`, which finds the
    /// namespace through the entry of its first case.
    func testLookupsKeepToTheirNamespace() {
        XCTAssertEqual(Three(code: "C2"), .second)
        XCTAssertNil(Three(code: "C0"))
        XCTAssertNil(Three(code: "W1"))
        XCTAssertNil(Three(code: "nope"))
        XCTAssertEqual(One(code: "C0"), .only)
        XCTAssertEqual(Wide(code: "W256"), .c256)
        XCTAssertEqual(Wide(code: "W0"), .c0)
        XCTAssertNil(Wide(code: "C1"))
        XCTAssertEqual(One.allCases, [.only])
        XCTAssertEqual(Three.allCases, [.first, .second, .third])
        XCTAssertEqual(Wide.allCases.count, 257)
        XCTAssertEqual(Wide.allCases.last, .c256)
    }

    func testAnUnknownCodeSaysOnlyItsCode() {
        let unknown = UnknownCode(_unknown: "NEW.0001")
        XCTAssertEqual(unknown.code, "NEW.0001")
        XCTAssertEqual(unknown.message, "The error code 'NEW.0001' is not in this build's catalogue.")
        XCTAssertNil(unknown.status)
        XCTAssertNil(unknown.category)
        XCTAssertNil(unknown.retryable)
        XCTAssertNil(unknown.hint)
        XCTAssertNil(unknown.docsURL)
    }
}
