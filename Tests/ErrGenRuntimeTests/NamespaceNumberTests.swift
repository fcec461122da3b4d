import ErrGenRuntime
import XCTest

/// A generated umbrella switches over the cases of these enums by name (`case .n3:` for the
/// namespace numbered 3): each number must give the case of that name.
final class NamespaceNumberTests: XCTestCase {
    func testEachNumberGivesTheCaseOfItsName() {
        for number in 0..<64 {
            XCTAssertEqual("\(_Namespace64(number))", "n\(number)")
        }
        for number in 0..<1024 {
            XCTAssertEqual("\(_Namespace1024(number))", "n\(number)")
        }
        XCTAssertEqual(MemoryLayout<_Namespace64>.size, 1)
        XCTAssertEqual(MemoryLayout<_Namespace1024>.size, 2)
    }
}
