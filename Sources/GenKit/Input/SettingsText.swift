/// One `key: value` line of the YAML subset errgen reads (front matter and `errgen.yml`):
/// indented maps of plain or quoted scalars, `#` comments, list items (`- value`), and flow
/// collections on one line (`{code: Error, message: Details}`, `[Errors, Limits]`). Any other
/// line is kept as an unreadable entry, so that the owner of the map it stands in can report it.
public struct SettingsEntry: Hashable, Sendable {
    /// The key, or the whole line's text when the line is not `key: value`.
    public var key: String
    /// The scalar value, or nil for a key that opens an indented map.
    public var value: String?
    public var children: [SettingsEntry]
    public var location: SourceLocation
    public var valueLocation: SourceLocation
    /// False for a line errgen cannot read as `key: value`, such as `type Shop`.
    public var isReadable = true
    /// True for a list item (`- Errors`, or an item of `[Errors, Limits]`): its key is empty
    /// and its value is the item.
    public var isListItem = false
}

/// Reads the YAML subset into a tree of entries.
public enum SettingsText {
    /// Parses `lines` (0-based line indices in `source`). Lines errgen cannot read become
    /// entries with ``SettingsEntry/isReadable`` false; callers report those under the keys
    /// they own. Tabs indent like spaces.
    public static func parse(_ source: SourceText, lines range: Range<Int>) -> [SettingsEntry] {
        // Stack of (indent, entries) for the maps being filled.
        var stack: [(indent: Int, entries: [SettingsEntry])] = [(-1, [])]
        func closeLevels(above indent: Int) {
            while stack.count > 1, stack[stack.count - 1].indent >= indent {
                let level = stack.removeLast()
                stack[stack.count - 1].entries[stack[stack.count - 1].entries.count - 1].children = level.entries
            }
        }
        for lineIndex in range {
            let line = source.lines[lineIndex]
            let content = line.drop { $0 == " " || $0 == "\t" }
            guard !content.isEmpty, !content.hasPrefix("#") else { continue }
            let indent = line.distance(from: line.startIndex, to: content.startIndex)
            if content.hasPrefix("- ") || content == "-" {
                // An item belongs to the map whose key opened above it, even at that key's indent.
                closeLevels(above: indent + 1)
                let item = stripComment(content.dropFirst()).trimmingSpaces()
                let location = source.location(line: lineIndex, at: item.startIndex)
                stack[stack.count - 1].entries.append(SettingsEntry(key: "", value: unquote(item), children: [], location: location, valueLocation: location, isListItem: true))
                continue
            }
            guard let colon = keyColon(in: content) else {
                closeLevels(above: indent)
                let location = source.location(line: lineIndex, at: content.startIndex)
                let text = String(stripComment(content).trimmingSpaces())
                stack[stack.count - 1].entries.append(SettingsEntry(key: text, value: nil, children: [], location: location, valueLocation: location, isReadable: false))
                continue
            }
            let key = unquote(content[..<colon].trimmingSpaces())
            var rest = content[content.index(after: colon)...]
            rest = stripComment(rest).trimmingSpaces()
            closeLevels(above: indent)
            let valueStart = rest.startIndex
            let valueLocation = source.location(line: lineIndex, at: valueStart)
            var entry = SettingsEntry(
                key: key,
                value: rest.isEmpty ? nil : unquote(rest),
                children: [],
                location: source.location(line: lineIndex, at: content.startIndex),
                valueLocation: valueLocation)
            if let (items, isMap) = flowItems(rest) {
                entry.value = nil
                entry.children = items.map { item in
                    if !isMap { return SettingsEntry(key: "", value: unquote(item), children: [], location: valueLocation, valueLocation: valueLocation, isListItem: true) }
                    guard let colon = keyColon(in: item) else {
                        return SettingsEntry(key: String(item), value: nil, children: [], location: valueLocation, valueLocation: valueLocation, isReadable: false)
                    }
                    let value = item[item.index(after: colon)...].trimmingSpaces()
                    return SettingsEntry(
                        key: unquote(item[..<colon].trimmingSpaces()), value: value.isEmpty ? nil : unquote(value), children: [], location: valueLocation, valueLocation: valueLocation)
                }
                stack[stack.count - 1].entries.append(entry)
                continue
            }
            stack[stack.count - 1].entries.append(entry)
            if entry.value == nil { stack.append((indent, [])) }
        }
        closeLevels(above: -1)
        return stack[0].entries
    }

    /// Errors for the lines of one map (`entries`) that errgen cannot read, and for keys that
    /// appear more than once (with a note at the first); `map` names the map in messages, as
    /// in `under 'errgen:'`. Owners report these for the maps they read, and skip unreadable
    /// entries.
    public static func problems(in entries: [SettingsEntry], _ map: String) -> [Diagnostic] {
        var first: [String: SettingsEntry] = [:]
        var diagnostics: [Diagnostic] = []
        for entry in entries {
            if entry.isListItem {
                diagnostics.append(.error("cannot read the list item '- \(entry.value ?? "")' \(map); write a setting as 'key: value'", at: entry.location))
                continue
            }
            guard entry.isReadable else {
                diagnostics.append(.error("cannot read '\(entry.key)' \(map); write a setting as 'key: value', with a space after the colon", at: entry.location))
                continue
            }
            if let earlier = first[entry.key] {
                diagnostics.append(.error("'\(entry.key)' appears twice \(map); keep one", at: entry.location, notes: [.note("'\(entry.key)' is first here", at: earlier.location)]))
            } else {
                first[entry.key] = entry
            }
        }
        return diagnostics
    }

    /// The items of a flow collection on one line, `{a: b, c: d}` or `[a, b]`, split at commas
    /// outside quotes; nil for any other value.
    private static func flowItems(_ text: Substring) -> (items: [Substring], isMap: Bool)? {
        guard let first = text.first, let last = text.last, text.count >= 2,
            (first == "{" && last == "}") || (first == "[" && last == "]")
        else { return nil }
        var items: [Substring] = []
        var quote: Character?
        let inner = text.dropFirst().dropLast()
        var start = inner.startIndex
        for index in inner.indices {
            let character = inner[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "," {
                items.append(inner[start..<index].trimmingSpaces())
                start = inner.index(after: index)
            }
        }
        items.append(inner[start...].trimmingSpaces())
        return (items.filter { !$0.isEmpty }, first == "{")
    }

    /// The colon ending a key: the first `:` followed by a space or the end of the line,
    /// outside quotes.
    private static func keyColon(in text: Substring) -> Substring.Index? {
        var quote: Character?
        var index = text.startIndex
        while index != text.endIndex {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ":" {
                let next = text.index(after: index)
                if next == text.endIndex || text[next] == " " { return index }
            }
            index = text.index(after: index)
        }
        return nil
    }

    private static func stripComment(_ text: Substring) -> Substring {
        var quote: Character?
        var previous: Character = " "
        for index in text.indices {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                if previous == " " { quote = character }
            } else if character == "#", previous == " " {
                return text[..<index]
            }
            previous = character
        }
        return text
    }

    private static func unquote(_ text: Substring) -> String {
        if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
            let inner = text.dropFirst().dropLast()
            return first == "'" ? String(inner.replacing("''", with: "'")) : unescapeDoubleQuoted(inner)
        }
        return String(text)
    }

    private static func unescapeDoubleQuoted(_ text: Substring) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> SubSequence {
        let start = firstIndex { $0 != " " && $0 != "\t" } ?? endIndex
        let end = lastIndex { $0 != " " && $0 != "\t" }.map { index(after: $0) } ?? start
        return self[start..<Swift.max(start, end)]
    }
}
