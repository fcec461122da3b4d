/// "Did you mean" suggestions for misspelt keywords.
enum Suggestion {
    /// The candidate closest to `word` within an edit distance of 2, if any.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased()
        var best: (candidate: String, distance: Int)?
        // Sorted, so that ties always resolve the same way.
        for candidate in candidates.sorted() {
            let distance = editDistance(Array(lowered), Array(candidate.lowercased()))
            if distance <= 2, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// `message` with "; did you mean 'x'?" appended when there is a close candidate.
    static func message(_ message: String, for word: String, in candidates: [String]) -> String {
        guard let suggestion = closest(to: word, in: candidates) else { return message }
        return "\(message); did you mean '\(suggestion)'?"
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
