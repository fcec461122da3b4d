/// Synthetic catalogues in realistic shapes: namespaces of 10–100 codes, dotted numeric
/// codes, messages and hints of real length, the statuses and categories real APIs use.
/// Deterministic for a given size.
struct SyntheticCatalogue {
    var codeCount: Int

    /// A small linear congruential generator, so every run benchmarks the same text.
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    private static let words = """
        account agent amount api attempt balance bank billing card charge checkout claim code connection credential \
        credit customer database delegation document domain email endpoint entry event export failed file format \
        gateway grant identity image import invoice key ledger limit lookup merchant message method metric mint \
        network notification order organization password payload payment permission plan points policy price \
        profile provider quota rate receipt record refund request resource response role rule schema secret \
        session signature slug state status step storage stream subscription task tenant token transaction \
        transfer upload user validation version wallet webhook widget window worker
        """.split(separator: " ").map(String.init)
    private static let verbs = ["not found", "already exists", "is invalid", "expired", "was rejected", "is missing",
                                "could not be created", "is not allowed", "exceeded its limit", "is not configured"]
    private static let statuses = ["400", "401", "403", "404", "409", "422", "429", "500", "502", "503"]
    private static let categories = ["validation", "auth", "business", "integration", "internal"]
    private static let retryable = ["✅", "❌", "—", "—"]

    /// The catalogue's markdown text.
    func markdown() -> String {
        var random = Generator(state: UInt64(codeCount))
        var out = """
            ---
            errgen:
              type: Bench
              docs-url: https://docs.example.com/errors#{anchor}
            ---

            # Benchmark catalogue


            """
        var written = 0
        var namespace = 0
        while written < codeCount {
            let size = min(10 + random.next(91), codeCount - written)
            let name = "NS\(namespace)" + Self.words[random.next(Self.words.count)].uppercased()
            out += "## BENCH.\(name)\n\n| Code | HTTP | Category | Retryable | Message | Hint |\n|---|---|---|---|---|---|\n"
            for index in 1...size {
                func phrase(_ count: Int) -> String {
                    (0..<count).map { _ in Self.words[random.next(Self.words.count)] }.joined(separator: " ")
                }
                let message = phrase(2 + random.next(4)).capitalizedFirst + " " + Self.verbs[random.next(Self.verbs.count)]
                let hint = random.next(3) == 0 ? "" : phrase(6 + random.next(20)).capitalizedFirst + "."
                let code = "BENCH.\(name).\(String(repeating: "0", count: max(0, 4 - String(index).count)))\(index)"
                out += "| `\(code)` | \(Self.statuses[random.next(Self.statuses.count)]) | \(Self.categories[random.next(Self.categories.count)]) | \(Self.retryable[random.next(Self.retryable.count)]) | \(message) | \(hint) |\n"
            }
            out += "\n"
            written += size
            namespace += 1
        }
        return out
    }
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
