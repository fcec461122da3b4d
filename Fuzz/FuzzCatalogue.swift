// libFuzzer harness for the markdown reader and the whole catalogue pipeline. Built together
// with the GenKit sources (see Fuzz/run.sh). Besides crashes, it stops on any broken
// invariant: markdown locations outside the file, table rows of the wrong width, catalogue
// text the emitter cannot carry, names that are not identifiers, and emitted Swift that is
// not well formed.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalogue(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    FuzzCatalogue.check(bytes)
    return 0
}

enum FuzzCatalogue {
    static func check(_ bytes: [UInt8]) {
        guard case .success(let source) = SourceText.decode(bytes, path: "fuzz.md") else { return }
        checkText(source)
        checkMarkdown(source)

        let (catalogue, diagnostics) = Generator.catalogue(path: "fuzz.md", bytes: bytes)
        for diagnostic in diagnostics {
            require(!diagnostic.description.contains(where: { $0 == "\r" }) && diagnostic.description.split(separator: "\n").count == 1 + diagnostic.notes.count,
                    "a diagnostic spans more lines than it has notes: \(diagnostic.description.debugDescription)")
            checkLocation(diagnostic.location, in: source)
        }
        guard let catalogue else { return require(false, "decoded text gave no catalogue") }
        checkFields(catalogue)
        guard !(diagnostics + Generator.checkTogether([catalogue])).containsErrors else { return }
        checkNames(catalogue)
        for file in Generator.files(for: [catalogue], access: .public) {
            if let problem = SwiftSourceCheck.problem(in: file.contents) {
                require(false, "\(file.name): \(problem)\n\(file.contents)")
            }
        }
        require(Generator.files(for: [catalogue], access: .public) == Generator.files(for: [catalogue], access: .public), "emission is not deterministic")
        _ = DumpJSON.render([catalogue])
    }

    /// Decoded text holds no control character but tab (line ends are gone).
    static func checkText(_ source: SourceText) {
        for line in source.lines {
            for scalar in line.unicodeScalars where scalar.properties.generalCategory == .control && scalar != "\t" {
                require(false, "decoded text holds U+\(String(scalar.value, radix: 16))")
            }
        }
    }

    static func checkLocation(_ location: SourceLocation, in source: SourceText) {
        guard location.line >= 1, location.line <= max(1, source.lines.count) else {
            return require(false, "location \(location) outside \(source.lines.count) lines")
        }
        let length = source.lines.isEmpty ? 0 : source.lines[location.line - 1].utf8.count
        require(location.column >= 1 && location.column <= length + 1, "location \(location) outside its line of \(length) bytes")
    }

    static func checkMarkdown(_ source: SourceText) {
        let (document, diagnostics) = MarkdownReader.read(source)
        for diagnostic in diagnostics { checkLocation(diagnostic.location, in: source) }
        for block in document.blocks {
            switch block {
            case .heading(let heading):
                checkLocation(heading.location, in: source)
                require((1...6).contains(heading.level), "heading level \(heading.level)")
            case .table(let table):
                checkLocation(table.location, in: source)
                for row in [table.header] + table.rows {
                    require(row.count == table.header.count, "a row of \(row.count) cells in a table of \(table.header.count) columns")
                    for cell in row {
                        checkLocation(cell.location, in: source)
                        _ = cell.text
                        _ = InlineText.firstLink(cell.markdown)
                    }
                }
            }
        }
    }

    /// Fields hold no control character but tab and line feed: the emitted table separates
    /// fields with U+001F and records with U+001E.
    static func checkFields(_ catalogue: NamedCatalogue) {
        for entry in catalogue.namespaces.flatMap({ $0.entries.map(\.entry) + $0.families }) {
            for field in [entry.code, entry.message, entry.hint ?? "", entry.docsURL ?? "", entry.statusNote ?? "", entry.category ?? ""] + entry.extras.flatMap({ [$0.name, $0.value] }) {
                for scalar in field.unicodeScalars where scalar.properties.generalCategory == .control && scalar != "\t" && scalar != "\n" {
                    require(false, "\(entry.code): a field holds U+\(String(scalar.value, radix: 16))")
                }
            }
        }
    }

    /// In a catalogue without errors, every name is an identifier, and names that share a
    /// scope differ: the namespaces' types and umbrella cases, each namespace's cases.
    static func checkNames(_ catalogue: NamedCatalogue) {
        let namespaces = catalogue.namespaces.filter { !$0.entries.isEmpty }
        for names in [[catalogue.typeName], namespaces.map(\.typeName), namespaces.map(\.caseName)] + namespaces.map({ $0.entries.map(\.caseName) }) {
            require(Set(names).count == names.count, "names collide: \(names)")
            for name in names {
                require(isIdentifier(name), "'\(name)' is not an identifier")
            }
        }
        require(Set(namespaces.map(\.typeName)).isDisjoint(with: namespaces.map(\.caseName)), "a namespace's type is also a case")
        require(!namespaces.contains { $0.typeName == catalogue.typeName }, "a namespace's type is named like the catalogue's")
        for name in namespaces.flatMap({ $0.entries.map(\.caseName) }) + namespaces.map(\.caseName) {
            // `_table`, `_ordinal`, …: the generated code's own members.
            require(!(name.hasPrefix("_") && name.dropFirst().first?.isLetter == true), "the case '\(name)' may clash with a generated member")
        }
    }

    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        let unbacktickable: Set<String> = ["_", "self", "Self", "init", "Type", "Protocol"]
        return !unbacktickable.contains(name)
            && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        guard !condition else { return }
        FileHandle.standardError.write(Data(("invariant broken: " + message() + "\n").utf8))
        abort()
    }
}
