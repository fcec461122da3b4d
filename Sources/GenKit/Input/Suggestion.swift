/// "Did you mean" suggestions for misspelt names among a fixed set of candidates.
public struct Suggestion: Sendable {
    /// The candidates, sorted so that ties always resolve the same way, with their lowercased
    /// characters.
    private let candidates: [(name: String, lowered: [Character])]

    /// Suggestions among `candidates`.
    public init<S: Sequence<String>>(candidates: S) {
        self.candidates = candidates.sorted().map { ($0, Array($0.lowercased())) }
    }

    /// The candidate closest to `word` within an edit distance of `limit`, ignoring case, if any.
    public func closest(to word: String, within limit: Int = 2) -> String? {
        let lowered = Array(word.lowercased())
        var best: (name: String, distance: Int)?
        for candidate in candidates where abs(candidate.lowered.count - lowered.count) <= limit {
            if let distance = Self.editDistance(lowered, candidate.lowered, atMost: limit), distance < (best?.distance ?? .max) {
                best = (candidate.name, distance)
            }
        }
        return best?.name
    }

    /// `message` with "; did you mean 'x'?" appended when there is a close candidate.
    public func message(_ message: String, for word: String) -> String {
        guard let suggestion = closest(to: word) else { return message }
        return "\(message); did you mean '\(suggestion)'?"
    }

    /// `message` with "; did you mean 'x'?" appended when one of `candidates` is close.
    static func message(_ message: String, for word: String, in candidates: [String]) -> String {
        Suggestion(candidates: candidates).message(message, for: word)
    }

    /// The edit distance of `a` and `b`, or nil when it is more than `limit`. Only cells within
    /// `limit` of the diagonal can stay within it, so the time is linear in the lengths.
    private static func editDistance(_ a: [Character], _ b: [Character], atMost limit: Int) -> Int? {
        let beyond = limit + 1
        var previous = [Int](repeating: beyond, count: b.count + 1)
        for j in 0...min(b.count, limit) { previous[j] = j }
        var current = previous
        for i in stride(from: 1, through: a.count, by: 1) {
            let low = max(1, i - limit)
            let high = min(b.count, i + limit)
            current[low - 1] = low == 1 ? min(i, beyond) : beyond
            var rowMinimum = current[low - 1]
            if low <= high {
                for j in low...high {
                    let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution, beyond)
                    rowMinimum = min(rowMinimum, current[j])
                }
            }
            if high + 1 <= b.count { current[high + 1] = beyond }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
