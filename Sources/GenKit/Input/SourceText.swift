/// A catalogue file's text split into lines, after the checks every reader needs: valid
/// UTF-8 without control characters other than tabs and line ends, an optional byte-order
/// mark, any of LF, CRLF or CR as line ends.
public struct SourceText: Sendable {
    /// The file name used in diagnostics and in generated headers.
    public var path: String
    /// The lines, without their terminators.
    public var lines: [Substring]

    /// Decodes `bytes`, or reports the first invalid UTF-8 sequence or control character at
    /// its line and column. Text decoded here holds no control character other than tab, so
    /// nothing read from it can hide one in generated code or in a diagnostic.
    public static func decode(_ bytes: [UInt8], path: String) -> Result<SourceText, Diagnostic> {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let body = bytes[start...]
        if let problem = firstProblem(in: body) {
            return .failure(.error(problem.message, at: location(ofOffset: problem.offset, in: body, path: path)))
        }
        let text = String(decoding: body, as: UTF8.self)
        return .success(SourceText(path: path, text: text))
    }

    /// Splits already-decoded text into lines.
    public init(path: String, text: String) {
        self.path = path
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // Line ends are found by offset in the text's bytes, read in place: stepping through the
        // view's indices cost several times as much.
        let ranges = text.withUTF8 { bytes -> [Range<Int>] in
            var ranges: [Range<Int>] = []
            var lineStart = 0
            var offset = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    ranges.append(lineStart..<offset)
                    let crlf = byte == UInt8(ascii: "\r") && offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "\n")
                    offset += crlf ? 2 : 1
                    lineStart = offset
                } else {
                    offset += 1
                }
            }
            if lineStart < bytes.count { ranges.append(lineStart..<bytes.count) }
            return ranges
        }
        let utf8 = text.utf8
        lines = ranges.map { text[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)] }
    }

    /// The location of a position inside line `lineIndex` (0-based).
    public func location(line lineIndex: Int, at index: Substring.Index? = nil) -> SourceLocation {
        let line = lines[lineIndex]
        let column = index.map { line.utf8.distance(from: line.startIndex, to: $0) + 1 } ?? 1
        return SourceLocation(file: path, line: lineIndex + 1, column: column)
    }

    /// The line and column of the byte at `offset`, counting lines as ``init(path:text:)`` does.
    private static func location(ofOffset offset: Int, in bytes: ArraySlice<UInt8>, path: String) -> SourceLocation {
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < offset {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\r"), index < offset, bytes[index] == UInt8(ascii: "\n") { index += 1 }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                line += 1
                lineStart = index
            }
        }
        return SourceLocation(file: path, line: line, column: offset - lineStart + 1)
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence, or
    /// that starts a control character other than tab, LF and CR, with what is wrong there.
    private static func firstProblem(in bytes: ArraySlice<UInt8>) -> (offset: Int, message: String)? {
        func control(_ value: UInt32) -> String {
            "control character \(VisibleText.codePoint(value)) in a catalogue; delete it (a line break in a cell is written <br>)"
        }
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 {
                if (lead < 0x20 && lead != 0x09 && lead != 0x0A && lead != 0x0D) || lead == 0x7F {
                    return (index, control(UInt32(lead)))
                }
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return (index, invalidUTF8(lead))
            }
            guard end - index >= length else { return (index, invalidUTF8(lead)) }
            for offset in 1..<length {
                let byte = bytes[index + offset]
                let (low, high) = offset == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
                if byte < low || byte > high { return (index, invalidUTF8(lead)) }
            }
            // C1 controls, U+0080 to U+009F.
            if lead == 0xC2, bytes[index + 1] <= 0x9F { return (index, control(UInt32(bytes[index + 1]))) }
            index += length
        }
        return nil
    }

    private static func invalidUTF8(_ byte: UInt8) -> String {
        "invalid UTF-8 byte 0x\(String(byte, radix: 16, uppercase: true)); save the catalogue as UTF-8"
    }
}
