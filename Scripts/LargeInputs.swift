// Times errgen's pipeline (read, validate, name, emit; CPU seconds) on large and odd inputs at
// three sizes, to show that each runs in time linear in its size: the time should roughly
// double from one size to the next.
// Build and run with Scripts/large-inputs.sh (compiled together with the GenKit sources).
import Foundation

/// One kind of input, made at a given scale (1, 2, 4).
struct Shape {
    var name: String
    var make: (Int) -> String
}

func table(_ rows: [String], header: String = "| Code | HTTP | Category | Retryable | Message | Hint |") -> String {
    header + "\n|---|---|---|---|---|---|\n" + rows.joined(separator: "\n") + "\n"
}

func row(_ index: Int, message: String = "Something went wrong with the request", code: String? = nil) -> String {
    "| \(code ?? "SHOP.NS\(index % 50).\(index)") | 404 | business | ❌ | \(message) \(index) | Try again later. |"
}

let shapes: [Shape] = [
    Shape(name: "catalogue of 12.5/25/50 MB") { scale in
        let rows = 61_000 * scale
        var text = "---\nerrgen:\n  type: Big\n  docs-url: https://docs.example.com/errors#{anchor}\n---\n\n# Errors\n\n"
        text += table((0..<rows).map { row($0, message: "Cart not found for the given **identifier**: see [the docs](https://x.dev/a) or `code` — retry later, please, with a new request body") })
        return text
    },
    Shape(name: "rows 25,000/50,000/100,000") { scale in
        table((0..<(25_000 * scale)).map { row($0) })
    },
    Shape(name: "one cell of 0.25/0.5/1 MB, ASCII") { scale in
        table([row(0, message: String(repeating: "word ", count: 52_429 * scale))])
    },
    Shape(name: "one cell of 0.25/0.5/1 MB, non-ASCII, numeric code") { scale in
        table([row(0, message: String(repeating: "Ошибка é 日本 ", count: 13_000 * scale), code: "A.B.0001")])
    },
    Shape(name: "one cell of 0.25/0.5/1 MB, non-ASCII heading") { scale in
        "## " + String(repeating: "Ошибка é 日本 ", count: 13_000 * scale) + "\n\n" + table((0..<100).map { row($0, code: "code_\($0)") })
    },
    Shape(name: "repeated headings 2,500/5,000/10,000, one table each") { scale in
        (0..<(2_500 * scale)).map { "## Auth\n\n" + table([row($0, code: "AUTH_\($0)")]) }.joined(separator: "\n")
    },
    Shape(name: "distinct headings 2,500/5,000/10,000, one table each") { scale in
        (0..<(2_500 * scale)).map { "## Area \($0)\n\n" + table([row($0, code: "code_\($0)")]) }.joined(separator: "\n")
    },
    Shape(name: "a row of 250k/500k/1M pipes") { scale in
        table([String(repeating: "|", count: 250_000 * scale)])
    },
    Shape(name: "a prose line of 250k/500k/1M pipes") { scale in
        String(repeating: "|", count: 250_000 * scale) + "\n" + table([row(0)])
    },
    Shape(name: "a header of 25k/50k/100k columns") { scale in
        let columns = 25_000 * scale
        return "| Code | Message |" + String(repeating: " x |", count: columns) + "\n" + String(repeating: "|---", count: columns + 2) + "|\n| a | b |\n"
    },
]

/// Cell contents that stress inline parsing, each made at 0.25/0.5/1 MB.
let cells: [(String, (Int) -> String)] = [
    ("nested emphasis", { String(repeating: "*_", count: 65_536 * $0) + "x" + String(repeating: "_*", count: 65_536 * $0) }),
    ("unmatched openers, then closers of another kind", { String(repeating: "*a ", count: 43_690 * $0) + String(repeating: "b~ ", count: 43_690 * $0) }),
    ("open brackets", { String(repeating: "[", count: 262_144 * $0) }),
    ("nested links", { String(repeating: "[", count: 37_449 * $0) + "x" + String(repeating: "](u)", count: 37_449 * $0) }),
    ("unclosed link destinations", { String(repeating: "[a](", count: 65_536 * $0) }),
    ("backtick runs of growing length", { scale in
        var text = ""
        var length = 1
        while text.utf8.count < 262_144 * scale { text += String(repeating: "`", count: length) + " "; length += 1 }
        return text
    }),
    ("unclosed angle brackets", { String(repeating: "<a", count: 131_072 * $0) }),
    ("character references", { String(repeating: "&amp;&#x41;&bogus", count: 14_563 * $0) }),
    ("escaped pipes", { String(repeating: "\\|", count: 131_072 * $0) }),
]

/// The CPU time this process has used: unlike the wall clock, it does not count time other
/// processes on the machine take.
func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func measure(_ name: String, _ make: (Int) -> String) {
    var line = name.padding(toLength: 58, withPad: " ", startingAt: 0)
    var previous: Double?
    for scale in [1, 2, 4] {
        let text = make(scale)
        let bytes = Array(text.utf8)
        let start = cpuSeconds()
        let (catalogue, diagnostics) = Generator.catalogue(path: "large.md", bytes: bytes)
        if let catalogue, !diagnostics.containsErrors {
            _ = Generator.files(for: [catalogue], access: .public)
        }
        let seconds = cpuSeconds() - start
        line += String(format: " %6.1f MB %7.2f s", Double(bytes.count) / 1_000_000, seconds)
        if let previous { line += String(format: " (×%.1f)", seconds / max(previous, 0.0001)) }
        previous = seconds
    }
    print(line)
}

@main
enum LargeInputs {
    static func main() {
        let only = CommandLine.arguments.dropFirst().first
        for shape in shapes where only.map({ shape.name.contains($0) }) ?? true {
            measure(shape.name, shape.make)
        }
        for (name, make) in cells where only.map({ name.contains($0) }) ?? true {
            measure("cell: \(name)") { table([row(0, message: make($0))]) }
        }
    }
}
