/// A `docs-url` setting, split once into text and placeholders: `{anchor}` (the code
/// lowercased, every run of non-alphanumerics turned into `-`) and `{code}`.
struct DocsURLTemplate {
    private enum Part {
        case text(String)
        case anchor
        case code
    }

    private var parts: [Part] = []

    init(_ template: String) {
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[open...]
            if after.hasPrefix("{anchor}") {
                parts.append(.text(String(rest[..<open])))
                parts.append(.anchor)
                rest = after.dropFirst("{anchor}".count)
            } else if after.hasPrefix("{code}") {
                parts.append(.text(String(rest[..<open])))
                parts.append(.code)
                rest = after.dropFirst("{code}".count)
            } else {
                parts.append(.text(String(rest[...open])))
                rest = after.dropFirst()
            }
        }
        parts.append(.text(String(rest)))
    }

    /// The URL of `code`'s entry.
    func url(for code: String) -> String {
        var url = ""
        for part in parts {
            switch part {
            case .text(let text): url += text
            case .anchor: url += FieldValues.anchor(for: code)
            case .code: url += code
            }
        }
        return url
    }
}
