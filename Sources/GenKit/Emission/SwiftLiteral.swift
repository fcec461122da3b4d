/// Catalogue text made safe for the places generated Swift puts it.
enum SwiftLiteral {
    /// `text` escaped for the inside of a string literal (single- or multi-line): no
    /// catalogue text can end the literal, start an interpolation or hide as an invisible
    /// control character.
    static func escaped(_ text: String) -> String {
        func isSpecial(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\"") }
        if !text.withUTF8Bytes({ $0.contains(where: isSpecial) }), !VisibleText.containsInvisible(text) {
            return text
        }
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
                if VisibleText.isInvisible(scalar) {
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
        if !VisibleText.containsInvisible(text) { return [text] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(VisibleText.shown)
    }
}
