import ErrGenRuntime
import XCTest

/// A generated umbrella switches over the cases of this enum by name (`case .n3:` for the
/// namespace numbered 3): each number must give the case of that name.
final class NamespaceNumberTests: XCTestCase {
    func testEachNumberGivesTheCaseOfItsName() {
        for number in 0..<64 {
            XCTAssertEqual("\(_Namespace64(number))", "n\(number)")
        }
        XCTAssertEqual(MemoryLayout<_Namespace64>.size, 1)
    }
}
