/// `errgen diff`'s report of a catalogue's changes, in the format a reader wants it.
public enum DiffReport {
    public enum Format: String, Sendable, CaseIterable {
        /// For a terminal: a summary line, then a `path:line: severity: …` line per change.
        case text
        /// For a pull request comment: a table per severity.
        case markdown
        /// For tools: `{"changes": [{"code", "change", "severity", "accepted", "file", "line",
        /// "old", "new"}]}`, a stable schema.
        case json
        /// GitHub Actions workflow commands: an annotation on the catalogue's row per change.
        case github
    }

    /// The report of `changes` between `old` (a file, or `REV:file`) and `new`.
    public static func render(_ changes: [CatalogueChange], old: String, new: String, format: Format) -> String {
        switch format {
        case .text: text(changes, old: old, new: new)
        case .markdown: markdown(changes, old: old, new: new)
        case .json: json(changes)
        case .github: github(changes, new: new)
        }
    }

    /// `3 breaking (1 accepted), 1 dangerous, 2 safe`, or `no changes clients can feel`.
    static func tally(_ changes: [CatalogueChange]) -> String {
        guard !changes.isEmpty else { return "no changes clients can feel" }
        return CatalogueChange.Severity.allCases.map { severity in
            let matching = changes.filter { $0.severity == severity }
            let accepted = matching.filter(\.accepted).count
            return "\(matching.count) \(severity.rawValue)" + (accepted > 0 ? " (\(accepted) accepted)" : "")
        }.joined(separator: ", ")
    }

    private static func subject(_ change: CatalogueChange) -> String {
        switch change.kind {
        case .typeRenamed: "the catalogue"
        case .namespaceRenamed: "namespace '\(change.code ?? "")'"
        default: "'\(change.code ?? "")'"
        }
    }

    private static func text(_ changes: [CatalogueChange], old: String, new: String) -> String {
        var out = "errgen diff \(old) → \(new): \(tally(changes))\n"
        for change in changes {
            let severity = change.accepted ? "breaking (accepted)" : change.severity.rawValue
            out += "\(change.location.file):\(change.location.line): \(severity): \(subject(change)) \(change.summary)\n"
        }
        return out
    }

    private static func markdown(_ changes: [CatalogueChange], old: String, new: String) -> String {
        var out = "### errgen diff: `\(old)` → `\(new)`\n\n\(tally(changes)).\n"
        for severity in CatalogueChange.Severity.allCases {
            let matching = changes.filter { $0.severity == severity }
            guard !matching.isEmpty else { continue }
            out += "\n#### \(severity.rawValue.prefix(1).uppercased() + severity.rawValue.dropFirst())\n\n"
            out += "| Code | Change | Old | New | Line |\n|---|---|---|---|---|\n"
            for change in matching {
                out +=
                    "| \(cell(change.code, code: true)) | \(change.label)\(change.accepted ? " (accepted)" : "") | \(cell(change.old, code: false)) | \(cell(change.new, code: false)) | \(change.location.line) |\n"
            }
        }
        return out
    }

    /// A table cell: pipes escaped, one line, long text shortened.
    private static func cell(_ text: String?, code: Bool) -> String {
        guard let text, !text.isEmpty else { return "" }
        var shown = text.replacing("\n", with: " ").replacing("|", with: "\\|")
        if shown.count > 80 { shown = String(shown.prefix(77)) + "…" }
        return code ? "`\(shown)`" : shown
    }

    private static func json(_ changes: [CatalogueChange]) -> String {
        func string(_ text: String?) -> String { text.map(DumpJSON.string) ?? "null" }
        let items = changes.map { change in
            "    {\"code\": \(string(change.code)), \"change\": \(string(change.kind.rawValue)), \"severity\": \(string(change.severity.rawValue)), "
                + "\"accepted\": \(change.accepted), \"file\": \(string(change.location.file)), \"line\": \(change.location.line), "
                + "\"old\": \(string(change.old)), \"new\": \(string(change.new))}"
        }
        return items.isEmpty ? "{\"changes\": []}\n" : "{\"changes\": [\n" + items.joined(separator: ",\n") + "\n]}\n"
    }

    /// `::error file=…,line=…,title=…::…`: breaking changes as errors (accepted ones as
    /// warnings), dangerous as warnings, safe as notices, each on the new catalogue's row; a
    /// code removed, which has no row there, on the new catalogue as a whole.
    private static func github(_ changes: [CatalogueChange], new: String) -> String {
        changes.map { change in
            let level = change.fails ? "error" : change.severity == .safe ? "notice" : "warning"
            let title = "\(change.accepted ? "accepted " : "")\(change.severity.rawValue) change"
            let place = change.kind == .removed ? "file=\(property(new))" : "file=\(property(change.location.file)),line=\(change.location.line)"
            return "::\(level) \(place),title=\(property(title))::\(message("\(subject(change)) \(change.summary)"))\n"
        }.joined()
    }

    /// Escapes for a workflow command's message (`%`, CR, LF) and its properties (also `:` and `,`).
    private static func message(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    private static func property(_ text: String) -> String {
        message(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
