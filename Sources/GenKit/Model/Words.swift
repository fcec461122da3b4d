import Foundation

/// The words of names and titles, and the camel case made of them: shared by the catalogue
/// reader (namespace words, a catalogue's default title) and by naming (type and case names).
public enum Words {
    /// Initialisms written in one case (Swift API Design Guidelines): `invalidAPIKey`, `apiKey`.
    static let initialisms: Set<String> = [
        "api", "url", "urls", "uri", "id", "ids", "http", "https", "json", "jwt", "otp", "uuid", "sms", "pdf", "csv",
        "dns", "ip", "sse", "asr", "iap", "csrf", "ssrf", "ocr", "sdk", "ui", "mfa", "sso", "xml", "html", "ttl",
        "dlq", "rbac", "tls", "ssl", "db", "cep", "clabe", "spei", "rpc", "iam", "oauth2", "pii", "iso",
    ]

    /// The words of `text`: runs of ASCII letters and digits after folding diacritics
    /// (`é` → `e`); other characters separate words. With `splitHumps`, `camelCase` and
    /// `HTTPError` are split too.
    public static func split(_ text: String, splitHumps: Bool) -> [String] {
        let folded = asciiFolded(text)
        // Word characters are ASCII, so the scan works on bytes.
        func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
        func isLower(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
        func isWordByte(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) || (0x30...0x39).contains(byte) }
        let bytes = Array(folded.utf8)
        var words: [String] = []
        var start: Int?
        for index in bytes.indices {
            let byte = bytes[index]
            guard isWordByte(byte) else {
                if let first = start { words.append(String(decoding: bytes[first..<index], as: UTF8.self)) }
                start = nil
                continue
            }
            if let first = start, splitHumps {
                let previous = bytes[index - 1]
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0x20
                if (isLower(previous) && isUpper(byte)) || (isUpper(previous) && isUpper(byte) && isLower(next)) {
                    words.append(String(decoding: bytes[first..<index], as: UTF8.self))
                    start = index
                }
            }
            if start == nil { start = index }
        }
        if let first = start { words.append(String(decoding: bytes[first...], as: UTF8.self)) }
        return words
    }

    /// `text` with letters and digits of other scripts transliterated to Latin without
    /// diacritics (`é` → `e`, `日本` → `ri ben`); other characters are kept. Each run of
    /// letters is transliterated on its own, at most ``transliterationRun`` characters at a
    /// time, because transliterating one long string takes time quadratic in its length.
    static func asciiFolded(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var folded = ""
        var run = ""
        var runLength = 0
        func transliterateRun() {
            guard runLength > 0 else { return }
            folded += run.applyingTransform(.toLatin, reverse: false)?.applyingTransform(.stripDiacritics, reverse: false) ?? run
            run = ""
            runLength = 0
        }
        for character in text {
            if !character.isASCII, character.isLetter || character.isNumber {
                run.append(character)
                runLength += 1
                if runLength == transliterationRun { transliterateRun() }
            } else {
                transliterateRun()
                folded.append(character)
            }
        }
        transliterateRun()
        return folded
    }

    static let transliterationRun = 64

    /// `lowerCamelCase` of words. Initialisms are one case; a word written in capitals in
    /// mixed-case text (`IAP`) keeps them.
    public static func lowerCamelCase(_ words: [String]) -> String {
        guard let first = words.first else { return "" }
        var out = Array(first.lowercased().utf8)
        appendUpperCamelCase(words.dropFirst(), to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `UpperCamelCase` of words (ASCII, as ``split(_:splitHumps:)`` makes them).
    public static func upperCamelCase(_ words: [String]) -> String {
        var out: [UInt8] = []
        appendUpperCamelCase(words[...], to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The longest of ``initialisms``: a longer word is not one, and is not lowered to look.
    private static let longestInitialism = initialisms.map(\.utf8.count).max() ?? 0

    /// Writes the `UpperCamelCase` of `words` at the end of `out`, so that a name is built in
    /// one buffer rather than from a copy of each word.
    private static func appendUpperCamelCase(_ words: ArraySlice<String>, to out: inout [UInt8]) {
        func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
        func isLower(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
        func lowered(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 0x20 : byte }
        func uppered(_ byte: UInt8) -> UInt8 { isLower(byte) ? byte - 0x20 : byte }
        // In SCREAMING_SNAKE text capitals say nothing; elsewhere an all-capitals word is
        // an initialism the author wrote so.
        let screaming = !words.contains { $0.utf8.contains(where: isLower) }
        for word in words {
            let bytes = word.utf8
            guard let first = bytes.first else { continue }
            let isInitialism = bytes.count <= longestInitialism && initialisms.contains(String(decoding: bytes.map(lowered), as: UTF8.self))
            if isInitialism || (!screaming && bytes.count > 1 && !bytes.contains(where: isLower) && bytes.contains(where: isUpper)) {
                for byte in bytes { out.append(uppered(byte)) }
            } else {
                out.append(uppered(first))
                for byte in bytes.dropFirst() { out.append(screaming ? lowered(byte) : byte) }
            }
        }
    }
}
