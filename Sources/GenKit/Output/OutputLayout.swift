// This file is shared verbatim with Plugins/ErrGenPlugin and Plugins/ErrGenCommandPlugin (symbolic
// links), so that the CLI and the plugins agree on which files are catalogues, what the settings
// file is called and what they generate. It must only use the Swift standard library.

/// Which files are catalogues, the name of the run settings file, and the names of the files
/// errgen writes.
///
/// Everything here is decided by file names alone, never by what a file holds: SwiftPM plans a
/// build-tool plugin's commands again only when a target's list of files changes, so a plan
/// made from a file's contents would go stale when the file is edited.
public enum OutputLayout {
    /// The run settings file (see `RunConfiguration`): read by the CLI from the current folder,
    /// and by the plugins from the target's folder.
    public static let configurationFileName = "errgen.yml"

    /// The support file that errgen wrote into every output folder before the support types
    /// moved to the ErrGenRuntime library. errgen removes it, since it would now define
    /// those types a second time.
    public static let formerSupportFileName = "ErrGenSupport.swift"

    /// Whether a file is a catalogue where errgen looks for them (a folder given to the CLI, a
    /// target's files for the plugins): a markdown file named `errors.md` or `<name>.errors.md`
    /// (`.mdx` too), in any case. A catalogue named on the command line is read whatever its name.
    public static func isCatalogueFileName(_ name: String) -> Bool {
        guard let stem = markdownStem(of: name.lowercased()) else { return false }
        return stem == "errors" || stem.hasSuffix(".errors")
    }

    /// Whether `name` is a markdown file a catalogue can be: `.md`, or `.mdx` (MDX pages of
    /// docs sites, whose imports and components errgen reads past).
    public static func isMarkdownFileName(_ name: String) -> Bool {
        markdownStem(of: name.lowercased()) != nil
    }

    /// The most files one catalogue generates, and how many the build plugin declares for each.
    /// A large catalogue in several files compiles on several cores in a debug build and in
    /// several LLVM threads in a release build, and an edit recompiles only the parts it touches;
    /// a small one leaves the plugin's extra files empty, which costs a build next to nothing.
    public static let partLimit = 8

    /// How many files a catalogue of `byteCount` bytes fills: one per 128 KiB of markdown
    /// (about 700 codes), at most ``partLimit``.
    public static func partCount(forCatalogueOfSize byteCount: Int) -> Int {
        min(partLimit, 1 + byteCount / 131_072)
    }

    /// The first file a catalogue generates, which holds its umbrella type: `shop.errors.md` →
    /// `shop.errgen.swift`.
    public static func outputFileName(forCatalogue path: String) -> String {
        stem(ofCatalogue: path) + ".errgen.swift"
    }

    /// The first `count` files of a catalogue: `shop.errors.md` → `shop.errgen.swift`, then
    /// `shop+2.errgen.swift`, `shop+3.errgen.swift`, … (no catalogue's stem has a `+`). Only the
    /// file name counts, so no catalogue can write outside the output folder.
    public static func outputFileNames(forCatalogue path: String, count: Int) -> [String] {
        let stem = stem(ofCatalogue: path)
        return [outputFileName(forCatalogue: path)] + (1..<max(count, 1)).map { "\(stem)+\($0 + 1).errgen.swift" }
    }

    /// The lock file that records a catalogue's Swift names, beside it: `docs/shop.errors.md` →
    /// `docs/shop.errgen.lock`.
    public static func lockPath(forCatalogue path: String) -> String {
        let folder = path.lastIndex(where: { $0 == "/" || $0 == "\\" }).map { String(path[...$0]) } ?? ""
        return folder + stem(ofCatalogue: path) + ".errgen.lock"
    }

    /// Whether `name` is a file errgen writes (and may therefore replace or remove).
    public static func isGeneratedFileName(_ name: String) -> Bool {
        name == formerSupportFileName || name.hasSuffix(".errgen.swift")
    }

    /// The catalogue's file name without folders, extension and `.errors`, as in
    /// ``fileName(ofCatalogue:)``: `Payments/shop.errors.md` → `shop`.
    public static func stem(ofCatalogue path: String) -> String {
        var name = Substring(fileName(ofCatalogue: path))
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        if name.count > 7, name.lowercased().hasSuffix(".errors") { name = name.dropLast(7) }
        return name.isEmpty || name.allSatisfy({ $0 == "." }) ? "catalogue" : String(name)
    }

    /// The catalogue's file name without folders, with characters outside ASCII letters, digits,
    /// `-`, `_` and `.` replaced by `_`: safe in a file name, and in a comment, which it cannot end.
    public static func fileName(ofCatalogue path: String) -> String {
        var name = Substring(path)
        if let slash = name.lastIndex(where: { $0 == "/" || $0 == "\\" }) { name = name[name.index(after: slash)...] }
        return String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") ? $0 : "_" })
    }

    /// The name without `.md` or `.mdx`, or nil when it has neither (`name` is lowercased).
    private static func markdownStem(of name: String) -> Substring? {
        if name.hasSuffix(".md") { return name.dropLast(3) }
        if name.hasSuffix(".mdx") { return name.dropLast(4) }
        return nil
    }
}
