import Foundation
import XCTest

/// Properties over many catalogues made by a seeded generator: every valid catalogue generates
/// Swift that compiles, and no mutation of a real catalogue crashes or hangs errgen or gets
/// Swift that does not compile past it. Set ERRGEN_PROPERTY_SEED to try other catalogues; a
/// failure names the seed that reproduces it.
final class PropertyTests: XCTestCase {
    let seed = UInt64(ProcessInfo.processInfo.environment["ERRGEN_PROPERTY_SEED"] ?? "") ?? 20_261_123

    // MARK: Random valid catalogues

    func testRandomValidCataloguesCompile() throws {
        var random = SeededRandom(seed: seed)
        for round in 0..<3 {
            let folder = try TemporaryFolder()
            let count = Int.random(in: 4...8, using: &random)
            for number in 0..<count {
                try folder.write("catalogues/gen\(number).errors.md", RandomCatalogue(number: number, random: &random).text)
            }
            let generated = try errgen(["catalogues", "--output", "out"], in: folder.url)
            XCTAssertEqual(generated.status, 0, "seed \(seed), round \(round): \(generated.stderr)")
            XCTAssertFalse(generated.stderr.contains(": error:"), "seed \(seed), round \(round): \(generated.stderr)")
            guard generated.status == 0 else { continue }
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("out").path).sorted().map { "out/" + $0 }
            XCTAssertEqual(files.count, count)
            let check = try runProcess(swiftc, ["-typecheck", "-swift-version", "6", "-strict-concurrency=complete", "-warnings-as-errors"] + RuntimeModule.flags() + files, in: folder.url, timeout: 600)
            XCTAssertEqual(check.status, 0, "seed \(seed), round \(round): \(check.stderr.prefix(4000))")
            let recheck = try errgen(["catalogues", "--output", "out", "--check"], in: folder.url)
            XCTAssertEqual(recheck.status, 0, "seed \(seed), round \(round): the output is not a function of the input")
        }
    }

    // MARK: Mutations of the real catalogues

    func testMutatedCataloguesNeverCrashOrHangAndCompileWhenAccepted() throws {
        var random = SeededRandom(seed: seed)
        let folder = try TemporaryFolder()
        let sources = try ["app-backend.errors.md", "nevermined.errors.md", "platform.errors.md", "spei-validation.errors.md"].map { name in
            (name, try Data(contentsOf: packageRoot.appendingPathComponent("catalogues/\(name)")))
        }
        var accepted: [(folder: String, mutations: String)] = []
        let diagnosticLine = try Regex(#"^[^\n]+:[0-9]+:[0-9]+: (error|warning|note): [^\n]*$"#)
        for number in 0..<300 {
            let (name, original) = sources[Int.random(in: 0..<sources.count, using: &random)]
            var bytes = [UInt8](original)
            var applied: [String] = []
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                applied.append(Mutation.apply(to: &bytes, random: &random))
            }
            let mutant = "mutant\(number)"
            try folder.write("\(mutant)/\(name)", bytes: Data(bytes))
            let label = "seed \(seed), \(mutant) (\(name): \(applied.joined(separator: ", ")))"
            let result = try errgen([name, "--output", "out"], in: folder.url.appendingPathComponent(mutant), timeout: 30)
            XCTAssertTrue(result.finished, "\(label): errgen did not finish in 30 s")
            XCTAssertFalse(result.signalled, "\(label): errgen crashed: \(result.stderr.suffix(2000))")
            XCTAssertTrue(result.status == 0 || result.status == 1, "\(label): exit \(result.status)")
            let outputExists = FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("\(mutant)/out").path)
            if result.status == 0 {
                XCTAssertTrue(outputExists, label)
                accepted.append((mutant, label))
            } else {
                XCTAssertFalse(outputExists, "\(label): a failed run wrote output")
                let lines = result.stderr.split(separator: "\n")
                XCTAssertTrue(lines.last?.hasPrefix("errgen: ") == true, "\(label): \(result.stderr.suffix(500))")
                for line in lines.dropLast() {
                    XCTAssertNotNil(try diagnosticLine.wholeMatch(in: line), "\(label): not a diagnostic: \(line)")
                }
            }
        }
        XCTAssertGreaterThan(accepted.count, 30, "too few mutants are accepted to test their output")

        // Type-check a sample of the accepted mutants, two compilers at a time.
        let sample = Array(accepted.shuffled(using: &random).prefix(30))
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for index in stride(from: worker, to: sample.count, by: 2) {
                let mutant = folder.url.appendingPathComponent(sample[index].folder)
                do {
                    let files = try FileManager.default.contentsOfDirectory(atPath: mutant.appendingPathComponent("out").path).sorted().map { "out/" + $0 }
                    let check = try runProcess(swiftc, ["-typecheck", "-swift-version", "6", "-warnings-as-errors"] + RuntimeModule.flags() + files, in: mutant, timeout: 600)
                    if check.status != 0 { failures.add("\(sample[index].mutations): \(check.stderr.prefix(3000))") }
                } catch {
                    failures.add("\(sample[index].mutations): \(error)")
                }
            }
        }
        for failure in failures.all { XCTFail(failure) }
    }
}

/// Failure messages gathered from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    func add(_ message: String) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return messages
    }
}

/// The package's root folder.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// SplitMix64: a small generator whose sequence depends on the seed alone.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Edits of a catalogue's bytes of the kinds that break tables: byte flips, lost and repeated
/// lines, pipes added and removed, header cells renamed, files cut short.
enum Mutation {
    static let headerWords = ["Code", "HTTP", "Status", "Category", "Retryable", "Message", "Hint", "Docs", "Codes", "Owner", "", "Code | Code", "Message | Message", "`Code`"]

    /// Applies one random edit to `bytes` and says which.
    static func apply(to bytes: inout [UInt8], random: inout SeededRandom) -> String {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        guard !bytes.isEmpty, !lines.isEmpty else {
            bytes = Array("| Code | Message |\n|---|---|\n| a | A |\n".utf8)
            return "replaced an empty file"
        }
        let line = Int.random(in: 0..<lines.count, using: &random)
        let description: String
        switch Int.random(in: 0..<9, using: &random) {
        case 0:
            let offset = Int.random(in: 0..<bytes.count, using: &random)
            bytes[offset] = UInt8.random(in: 0...255, using: &random)
            return "byte \(offset) flipped"
        case 1:
            lines.remove(at: line)
            description = "line \(line + 1) deleted"
        case 2:
            lines.insert(lines[line], at: line)
            description = "line \(line + 1) duplicated"
        case 3:
            let offset = Int.random(in: 0...lines[line].count, using: &random)
            lines[line].insert(UInt8(ascii: "|"), at: offset)
            description = "a pipe inserted in line \(line + 1)"
        case 4:
            guard let pipe = lines[line].indices.filter({ lines[line][$0] == UInt8(ascii: "|") }).randomElement(using: &random) else { return "nothing (no pipe in line \(line + 1))" }
            lines[line].remove(at: pipe)
            description = "a pipe removed from line \(line + 1)"
        case 5:
            // A header row: the line above a delimiter row.
            let headers = lines.indices.dropLast().filter { lines[$0 + 1].starts(with: Array("|---".utf8)) || lines[$0 + 1].starts(with: Array("|:--".utf8)) }
            guard let header = headers.randomElement(using: &random) else { return "nothing (no table)" }
            var cells = String(decoding: lines[header], as: UTF8.self).components(separatedBy: "|")
            let cell = Int.random(in: 0..<cells.count, using: &random)
            cells[cell] = " " + headerWords.randomElement(using: &random)! + " "
            lines[header] = Array(cells.joined(separator: "|").utf8)
            description = "header of line \(header + 1) edited"
        case 6:
            let other = Int.random(in: 0..<lines.count, using: &random)
            lines.swapAt(line, other)
            description = "lines \(line + 1) and \(other + 1) swapped"
        case 7:
            let nasty = ["\"\"\"", "\\(", "*/", "`", "**", "[", "](", "<br>", "&#x2028;", "\u{202E}", "é", "---", "## ", "\t", "\r"].randomElement(using: &random)!
            let offset = Int.random(in: 0...lines[line].count, using: &random)
            lines[line].insert(contentsOf: Array(nasty.utf8), at: offset)
            description = "\(nasty.debugDescription) inserted in line \(line + 1)"
        default:
            let keep = Int.random(in: 0..<bytes.count, using: &random)
            bytes = Array(bytes.prefix(keep))
            return "cut after byte \(keep)"
        }
        bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
        return description
    }
}
