/// Catalogue text made safe for the places generated Swift puts it.
enum SwiftLiteral {
    /// `text` escaped for the inside of a string literal (single- or multi-line): no
    /// catalogue text can end the literal, start an interpolation or hide as an invisible
    /// control character.
    static func escaped(_ text: String) -> String {
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
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
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

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F: return true  // C0 and C1 controls
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF: return true  // invisible, line and bidi controls
        default: return false
        }
    }
}
