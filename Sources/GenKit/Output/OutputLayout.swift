// This file is shared verbatim with Plugins/ErrGenPlugin and Plugins/ErrGenCommandPlugin (symbolic
// links), so that the CLI and the plugins agree on which files are catalogues, what the settings
// file is called and what they generate. It must only use the Swift standard library.

/// Which markdown files are catalogues, the name of the run settings file, and the names of
/// the files errgen writes.
public enum OutputLayout {
    /// The run settings file (see `RunConfiguration`): read by the CLI from the current folder,
    /// and by the plugins from the target's folder.
    public static let configurationFileName = "errgen.yml"

    /// The support file that errgen wrote into every output folder before the support types
    /// moved to the ErrGenRuntime library. errgen removes it, since it would now define
    /// those types a second time.
    public static let formerSupportFileName = "ErrGenSupport.swift"

    /// The first file an output folder's catalogue generates: `shop.md` → `shop.errgen.swift`.
    /// Only the last path component is used, so no catalogue can write outside the output folder.
    public static func outputFileName(forCatalogue path: String) -> String {
        stem(ofCatalogue: path) + ".errgen.swift"
    }

    /// Every file a catalogue of `byteCount` bytes generates: `shop.errgen.swift`, then
    /// `shop+2.errgen.swift`, `shop+3.errgen.swift`, … (no catalogue's stem has a `+`).
    public static func outputFileNames(forCatalogue path: String, size byteCount: Int) -> [String] {
        let stem = stem(ofCatalogue: path)
        return [outputFileName(forCatalogue: path)] + (1..<partCount(forCatalogueOfSize: byteCount)).map { "\(stem)+\($0 + 1).errgen.swift" }
    }

    /// How many files a catalogue of `byteCount` bytes generates: one per 128 KiB of markdown
    /// (about 700 codes), at most 16. A large catalogue then compiles on every core in a debug
    /// build, in every LLVM thread of a release build, and an edit recompiles the parts it
    /// touches rather than the whole. The size, not the number of codes, decides, because the
    /// build plugin must name a command's files before errgen reads the catalogue.
    public static func partCount(forCatalogueOfSize byteCount: Int) -> Int {
        min(16, 1 + byteCount / 131_072)
    }

    /// Whether `name` is a file errgen writes (and may therefore replace or remove).
    public static func isGeneratedFileName(_ name: String) -> Bool {
        name == formerSupportFileName || name.hasSuffix(".errgen.swift")
    }

    /// The catalogue's file name without folders and extension, with characters outside
    /// letters, digits, `-`, `_` and `.` replaced by `_`.
    public static func stem(ofCatalogue path: String) -> String {
        var name = Substring(path)
        if let slash = name.lastIndex(where: { $0 == "/" || $0 == "\\" }) { name = name[name.index(after: slash)...] }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        let cleaned = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") ? $0 : "_" })
        return cleaned.isEmpty || cleaned.allSatisfy({ $0 == "." }) ? "catalogue" : cleaned
    }

    /// Whether `name` is a markdown file a catalogue can be: `.md`, or `.mdx` (MDX pages of
    /// docs sites, whose imports and components errgen reads past).
    public static func isMarkdownFileName(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered.hasSuffix(".md") || lowered.hasSuffix(".mdx")
    }

    /// Whether a markdown file's text makes it a catalogue: front matter (the first line is
    /// `---`) with an `errgen:` key at its top level. A README or DocC article has none.
    public static func isCatalogue(text: String) -> Bool {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })[...]
        if var first = lines.first, first.hasPrefix("\u{FEFF}") || first == "---" {
            if first.hasPrefix("\u{FEFF}") { first = first.dropFirst() }
            guard first.trimmingCharacters() == "---" else { return false }
            lines = lines.dropFirst()
            for line in lines {
                let trimmed = line.trimmingCharacters()
                if trimmed == "---" || trimmed == "..." { return false }
                if line.first != " ", line.first != "\t", trimmed.hasPrefix("errgen:") { return true }
            }
        }
        return false
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> Substring {
        let start = firstIndex { $0 != " " && $0 != "\t" } ?? endIndex
        let end = lastIndex { $0 != " " && $0 != "\t" }.map { index(after: $0) } ?? start
        return self[start..<end]
    }
}
