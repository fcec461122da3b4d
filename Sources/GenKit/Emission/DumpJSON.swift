/// The `errgen dump` JSON: the parsed model with a stable schema, keys in a fixed order, and
/// no dependence on dictionary order, so tools and tests can diff it.
public enum DumpJSON {
    public static func render(_ catalogues: [NamedCatalogue]) -> String {
        var out = "{\"catalogues\": ["
        for (index, catalogue) in catalogues.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += "  {\"file\": \(string(catalogue.fileName)), \"type\": \(string(catalogue.typeName)),\n   \"namespaces\": ["
            for (number, namespace) in catalogue.namespaces.enumerated() {
                out += number == 0 ? "\n" : ",\n"
                out += "    {\"name\": \(string(namespace.name)), \"type\": \(string(namespace.typeName)),\n     \"entries\": ["
                out += namespace.entries.map { "\n      " + entry($0.entry, caseName: $0.caseName) }.joined(separator: ",")
                out += "],\n     \"families\": ["
                out += namespace.families.map { "\n      " + entry($0, caseName: nil) }.joined(separator: ",")
                out += "]}"
            }
            out += "]}"
        }
        out += "]}\n"
        return out
    }

    /// An entry's object; a family, which has no case, without `case`.
    private static func entry(_ entry: Entry, caseName: String?) -> String {
        var fields: [(String, String)] = [("code", string(entry.code))]
        if let caseName { fields.append(("case", string(caseName))) }
        fields += [
            ("line", String(entry.location.line)),
            ("status", entry.status.map(String.init) ?? "null"),
            ("statuses", "[" + entry.statuses.map(String.init).joined(separator: ", ") + "]"),
            ("statusNote", entry.statusNote.map(string) ?? "null"),
            ("category", entry.category.map(string) ?? "null"),
            ("retryable", entry.retryable.map { $0 ? "true" : "false" } ?? "null"),
            ("message", string(entry.message)),
            ("hint", entry.hint.map(string) ?? "null"),
            ("docsURL", entry.docsURL.map(string) ?? "null"),
            ("reserved", entry.reserved ? "true" : "false"),
            ("deprecated", entry.deprecation == nil ? "false" : "true"),
            ("extra", "{" + entry.extras.map { "\(string($0.name)): \(string($0.value))" }.joined(separator: ", ") + "}"),
        ]
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// A JSON string literal.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || (0x2028...0x2029).contains(scalar.value) {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
