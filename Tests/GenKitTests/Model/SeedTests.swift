import XCTest
@testable import GenKit

/// The catalogues in catalogues/ against the seed documents they were rebuilt from
/// (../shared/seeds beside the repository; skipped where it is absent).
final class SeedTests: XCTestCase {
    func seed(_ prefix: String) throws -> String {
        let folder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        guard let name = try? FileManager.default.contentsOfDirectory(atPath: folder.path).first(where: { $0.hasPrefix(prefix) }) else {
            throw XCTSkip("../shared/seeds is not beside the repository")
        }
        return try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    func catalogue(_ type: String) throws -> NamedCatalogue {
        try XCTUnwrap(try repositoryCatalogues().first { $0.typeName == type })
    }

    /// Seed 000: every code with every field, exactly.
    func testNeverminedCarriesEverySeedRow() throws {
        let entries = Dictionary(uniqueKeysWithValues: try catalogue("NeverminedError").entries.map { ($0.code, $0) })
        var rows = 0
        for line in try seed("000").split(separator: "\n") where line.hasPrefix("BCK.") && line.contains(" | ") {
            let cells = line.components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }
            let entry = try XCTUnwrap(entries[cells[0]], cells[0])
            XCTAssertEqual(entry.statuses, [Int(cells[1])!], cells[0])
            XCTAssertEqual(entry.category, cells[2], cells[0])
            XCTAssertEqual(entry.retryable, ["✅": true, "❌": false][cells[3]], cells[0])
            XCTAssertEqual(entry.message, cells[4], cells[0])
            XCTAssertEqual(entry.hint ?? "", cells[5].hasSuffix("|") ? String(cells[5].dropLast()).trimmingCharacters(in: .whitespaces) : cells[5], cells[0])
            XCTAssertEqual(entry.docsURL, "https://docs.nevermined.app/api-reference/errors#" + FieldValues.anchor(for: cells[0]))
            rows += 1
        }
        XCTAssertEqual(rows, 298)
        XCTAssertEqual(entries.count, 298)
    }

    /// Seed 003: code, status, meaning and frontend handling of every row.
    func testAppBackendCarriesEverySeedRow() throws {
        let entries = Dictionary(uniqueKeysWithValues: try catalogue("AppBackendError").entries.map { ($0.code, $0) })
        let text = try seed("003")
        var rows = 0
        let row = try Regex("\\| `([A-Z][A-Z_]+)` \\| ([0-9]+) \\| (.*?) \\| (.*?) \\|")
        for match in text.matches(of: row) {
            let cells = (1...4).map { String(text[match.output[$0].range!]) }
            let code = cells[0]
            let entry = try XCTUnwrap(entries[code], code)
            XCTAssertEqual(entry.statuses, [Int(cells[1])!], code)
            var message = cells[2]
            if message.hasPrefix("(RESERVED) ") {
                XCTAssertTrue(entry.reserved, code)
                message.removeFirst("(RESERVED) ".count)
            }
            XCTAssertEqual(entry.message, message.replacingOccurrences(of: "`", with: ""), code)
            XCTAssertEqual(entry.hint, cells[3], code)
            rows += 1
        }
        XCTAssertEqual(rows, 69)
        XCTAssertEqual(entries.count, 69)
    }

    /// Seed 004: every code with its description, grouped by category heading.
    func testPlatformCarriesEverySeedCode() throws {
        let catalogue = try catalogue("PlatformError")
        let lines = try seed("004").split(separator: "\n").map(String.init)
        let start = try XCTUnwrap(lines.firstIndex(of: "Error codes by category"))
        var heading = ""
        var index = start + 1
        var count = 0
        while index < lines.count {
            if lines[index].allSatisfy({ $0.isLowercase || $0 == "_" }) {
                let entry = try XCTUnwrap(catalogue.entries.first { $0.code == lines[index] }, lines[index])
                XCTAssertEqual(entry.message, lines[index + 1])
                XCTAssertEqual(catalogue.namespaces.first { $0.entries.contains(entry) }?.name, heading)
                index += 2
                count += 1
            } else {
                heading = lines[index]
                index += 1
            }
        }
        XCTAssertEqual(count, 22)
    }

    /// Seed 002: every code of the page is in the catalogue, with every status the page gives it.
    func testSpeiValidationCarriesEverySeedCodeAndStatus() throws {
        let catalogue = try catalogue("SpeiValidationError")
        let text = try seed("002")
        for entry in catalogue.entries {
            XCTAssertTrue(text.contains(entry.code), "\(entry.code) is not in the seed")
            for status in entry.statuses {
                XCTAssertTrue(text.contains(entry.code + String(status)) || text.contains(String(status)), entry.code)
            }
        }
        // Rows whose code cell is a single snake_case code followed directly by a 3-digit
        // status: the catalogue has that code with that status, first or merged from a
        // later listing.
        let byCode = Dictionary(uniqueKeysWithValues: catalogue.entries.map { ($0.code, $0) })
        var checked = 0
        let row = try Regex("^([a-z0-9_]+)([1-5][0-9][0-9])(?:[^0-9/]|$)")
        for line in text.split(separator: "\n") {
            guard let match = line.firstMatch(of: row), let codeRange = match.output[1].range, let statusRange = match.output[2].range else { continue }
            let code = String(line[codeRange])
            // The pattern also matches where a code's own digits run into its status.
            guard let entry = byCode[code] else { continue }
            XCTAssertTrue(entry.statuses.contains(Int(String(line[statusRange]))!), "\(code): \(entry.statuses)")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 200)
    }

    /// Seed 002 lists codes more than once; the catalogue lists them as the seed does, and
    /// each is one code with its listings merged.
    func testSpeiValidationListsRepeatedCodesAsTheSeedDoes() throws {
        let catalogue = try catalogue("SpeiValidationError")
        let markdown = try String(contentsOf: packageRoot.appendingPathComponent("catalogues/spei-validation.errors.md"), encoding: .utf8)
        let repeated = ["permission_denied", "invalid_otp_id", "invalid_type", "invalid_payload", "payload_too_large", "payload_corrupt",
                        "bank_code_unresolvable_for_phone", "intra_bank_no_cep", "dispatch_failed", "job_not_cancellable"]
        for code in repeated {
            let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("|") && $0.contains("`\(code)`") }
            XCTAssertEqual(rows.count, 2, "\(code) is listed twice, as in the seed")
            XCTAssertEqual(catalogue.entries.filter { $0.code == code }.count, 1, code)
        }
        let byCode = Dictionary(uniqueKeysWithValues: catalogue.entries.map { ($0.code, $0) })
        XCTAssertEqual(byCode["dispatch_failed"]?.statuses, [500, 503])
        XCTAssertEqual(byCode["dispatch_failed"]?.message, "Handler couldn't dispatch the job.")
        XCTAssertEqual(byCode["dispatch_failed"]?.hint, "Retry")
        XCTAssertEqual(byCode["payload_too_large"]?.statuses, [413, 400])
        XCTAssertEqual(byCode["invalid_otp_id"]?.statuses, [422, 400])
        XCTAssertFalse(markdown.contains("Also listed"))
    }
}
