// A structural check of the Swift errgen emits for a catalogue, fast enough to run on every
// fuzz input (the compile check is the property test's job): only visible characters and
// line feeds, string literals that end where they should and hold only known escapes, no
// interpolation, comments that stay comments, ASCII code, balanced brackets.
enum SwiftSourceCheck {
    /// What is wrong with `source`, or nil.
    static func problem(in source: String) -> String? {
        let scalars = Array(source.unicodeScalars)
        var brackets: [Unicode.Scalar] = []
        var line = 1
        var index = 0
        func at(_ offset: Int) -> Unicode.Scalar? { index + offset < scalars.count ? scalars[index + offset] : nil }
        func startsWith(_ text: String) -> Bool {
            for (offset, scalar) in text.unicodeScalars.enumerated() where at(offset) != scalar { return false }
            return true
        }
        for scalar in scalars where scalar != "\n" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || VisibleText.isInvisible(scalar)) {
            return "raw U+\(String(scalar.value, radix: 16)) in the source"
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                line += 1
                index += 1
            } else if startsWith("//") {
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
            } else if startsWith("/*") {
                return "line \(line): a block comment in code"
            } else if startsWith("\"\"\"") {
                guard at(3) == "\n" else { return "line \(line): text after an opening \"\"\"" }
                index += 4
                line += 1
                // Content lines: escaped text, up to a line holding only the closing delimiter.
                while true {
                    let lineStart = index
                    while index < scalars.count, scalars[index] == " " { index += 1 }
                    if startsWith("\"\"\"") { index += 3; break }
                    index = lineStart
                    guard let problem = literal(scalars, &index, endingAt: "\n") else { line += 1; continue }
                    return "line \(line): \(problem)"
                }
            } else if scalar == "\"" {
                index += 1
                if let problem = literal(scalars, &index, endingAt: "\"") { return "line \(line): \(problem)" }
            } else if scalar == "`" {
                index += 1
                let start = index
                while index < scalars.count, scalars[index] != "`" {
                    guard isIdentifierScalar(scalars[index]) else { return "line \(line): '\(scalars[index])' in a backticked name" }
                    index += 1
                }
                guard index < scalars.count, index > start else { return "line \(line): an unclosed or empty backticked name" }
                index += 1
            } else if "({[".unicodeScalars.contains(scalar) {
                brackets.append(scalar)
                index += 1
            } else if ")}]".unicodeScalars.contains(scalar) {
                let open: Unicode.Scalar = scalar == ")" ? "(" : scalar == "}" ? "{" : "["
                guard brackets.popLast() == open else { return "line \(line): unbalanced '\(scalar)'" }
                index += 1
            } else {
                guard scalar.isASCII else { return "line \(line): non-ASCII '\(scalar)' in code" }
                index += 1
            }
        }
        return brackets.isEmpty ? nil : "unclosed '\(brackets.last!)' at the end"
    }

    /// Reads literal content from `index` through the scalar `end` (not included in the
    /// content): every `\` starts a known escape, no `"` appears unescaped, no line ends.
    private static func literal(_ scalars: [Unicode.Scalar], _ index: inout Int, endingAt end: Unicode.Scalar) -> String? {
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == end { return nil }
            if scalar == "\n" { return "a line break inside a string literal" }
            if scalar == "\"" { return "an unescaped quote inside a string literal" }
            guard scalar == "\\" else { continue }
            guard index < scalars.count else { break }
            let escape = scalars[index]
            index += 1
            switch escape {
            case "\\", "\"", "n", "t", "r", "0", "'":
                continue
            case "u":
                guard index < scalars.count, scalars[index] == "{" else { return "\\u without braces" }
                index += 1
                var digits = ""
                while index < scalars.count, scalars[index] != "}" {
                    digits.unicodeScalars.append(scalars[index])
                    index += 1
                }
                guard index < scalars.count, (1...8).contains(digits.count), let value = UInt32(digits, radix: 16), Unicode.Scalar(value) != nil else {
                    return "a bad \\u{\(digits)} escape"
                }
                index += 1
            case "\n":
                // A line continuation, allowed in multi-line literals only.
                guard end == "\n" else { return "a line continuation in a single-line literal" }
                return nil
            default:
                return "the escape \\\(escape)"
            }
        }
        return "an unterminated string literal"
    }

    private static func isIdentifierScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
    }
}
