import Foundation

/// One value of a generated enum as the emission-safety program prints it. This file is
/// compiled into that program too (``printedValueFile``), so both sides share one shape.
struct PrintedValue: Codable {
    var code: String
    var status: Int?
    var category: String?
    var retryable: Bool?
    var message: String
    var hint: String?
    var docsURL: String?
    var lookedUp: Bool
}

/// This file, for compiling into the program.
let printedValueFile = URL(fileURLWithPath: #filePath)
