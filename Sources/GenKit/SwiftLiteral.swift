/// Catalogue text made safe for the places generated Swift puts it.
enum SwiftLiteral {
    /// `text` escaped for the inside of a string literal (single- or multi-line): no
    /// catalogue text can end the literal, start an interpolation or hide as an invisible
    /// control character.
    static func escaped(_ text: String) -> String {
        if needsNoEscaping(text, allowing: false) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if needsEscape(scalar) {
                    result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Lines of a `///` doc comment for `text`: one comment line per text line, with
    /// invisible and direction-changing characters written as `U+XXXX` so a comment shows
    /// what it holds.
    static func docLines(_ text: String) -> [String] {
        if needsNoEscaping(text, allowing: true) { return [text] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var result = ""
            for scalar in line.unicodeScalars {
                if needsEscape(scalar) || scalar == "\r" || scalar == "\t" {
                    result += scalar == "\t" ? " " : "U+\(String(scalar.value, radix: 16, uppercase: true))"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
            return result
        }
    }

    /// Whether `text` needs no escaping: no character that ``needsEscape(_:)`` flags, no
    /// line break, and (unless `allowing` quotes) no quote or backslash. Checked on bytes,
    /// since nearly all catalogue text passes.
    private static func needsNoEscaping(_ text: String, allowing quotes: Bool) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            switch byte {
            case 0..<0x20, 0x7F: return false
            case UInt8(ascii: "\\"), UInt8(ascii: "\""): if !quotes { return false }
            case 0x80...0xBF:
                // C1 controls (C2 80–9F), U+200B–200F, U+2028–202E (E2 80 8B–8F, A8–AE),
                // U+2060–206F (E2 81 A0–AF), U+FEFF (EF BB BF).
                if previous.1 == 0xC2, byte <= 0x9F { return false }
                if previous.0 == 0xE2, previous.1 == 0x80, (0x8B...0x8F).contains(byte) || (0xA8...0xAE).contains(byte) { return false }
                if previous.0 == 0xE2, previous.1 == 0x81, (0xA0...0xAF).contains(byte) { return false }
                if previous.0 == 0xEF, previous.1 == 0xBB, byte == 0xBF { return false }
            default: break
            }
            previous = (previous.1, byte)
        }
        return true
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F: return true  // C0 and C1 controls
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFEFF: return true  // invisible, line and bidi controls
        default: return false
        }
    }
}
