/// Characters a reader cannot see, and how errgen shows them where a person reads catalogue
/// text: in generated doc comments and in diagnostics.
enum VisibleText {
    /// Whether `scalar` is invisible or changes how the text around it is shown: C0 and C1
    /// controls (line breaks and tabs included), zero-width characters, line and paragraph
    /// separators, bidirectional controls, the byte-order mark.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F: true  // C0 and C1 controls
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFEFF: true  // invisible, line and bidi controls
        default: false
        }
    }

    /// Whether any character of `text` is invisible (``isInvisible(_:)``). Checked on bytes,
    /// since nearly all catalogue text has none.
    static func containsInvisible<S: StringProtocol>(_ text: S) -> Bool {
        text.withUTF8Bytes(containsInvisible(bytes:))
    }

    private static func containsInvisible(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            switch byte {
            case 0..<0x20, 0x7F: return true
            case 0x80...0xBF:
                // C1 controls (C2 80–9F), U+200B–200F, U+2028–202E (E2 80 8B–8F, A8–AE),
                // U+2060–206F (E2 81 A0–AF), U+FEFF (EF BB BF).
                if previous.1 == 0xC2, byte <= 0x9F { return true }
                if previous.0 == 0xE2, previous.1 == 0x80, (0x8B...0x8F).contains(byte) || (0xA8...0xAE).contains(byte) { return true }
                if previous.0 == 0xE2, previous.1 == 0x81, (0xA0...0xAF).contains(byte) { return true }
                if previous.0 == 0xEF, previous.1 == 0xBB, byte == 0xBF { return true }
            default: break
            }
            previous = (previous.1, byte)
        }
        return false
    }

    /// A code point as written in prose: `U+001B`.
    static func codePoint(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// `text` on one line with every invisible character written as its code point
    /// (`U+202E`), except tabs, which become spaces.
    static func shown<S: StringProtocol>(_ text: S) -> String {
        guard containsInvisible(text) else { return String(text) }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                result += " "
            } else if isInvisible(scalar) {
                result += codePoint(scalar.value)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
