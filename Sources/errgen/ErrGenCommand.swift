import Foundation
import GenKit

/// Runs one errgen invocation and returns its exit status.
struct ErrGenCommand {
    static let version = "0.2.0"

    var arguments: Arguments

    /// Writes to standard error.
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    func run() -> Int32 {
        if arguments.version {
            print(Self.version)
            return 0
        }
        if arguments.subcommand == .diff && !arguments.help {
            return runDiff()
        }
        if arguments.help {
            print(Arguments.help(for: arguments.subcommandNamed ? arguments.subcommand : nil), terminator: "")
            return 0
        }
        do {
            return try runOnCatalogues()
        } catch {
            return error.status
        }
    }

    /// An early end of the run, with its exit status; what went wrong is printed already.
    struct Exit: Error {
        var status: Int32
    }

    /// The run settings (``RunConfiguration``) and the folder its paths are relative to.
    struct Settings {
        var configuration = RunConfiguration()
        var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)

        /// `path` from the settings, relative to the current folder where it is inside it.
        func resolve(_ path: String) -> String {
            path.hasPrefix("/") ? path : folder.appendingPathComponent(path).relativePathFromCurrentDirectory
        }
    }

    /// lint, dump, lock and generate: read the catalogues, report, then do the subcommand's part.
    private func runOnCatalogues() throws(Exit) -> Int32 {
        var diagnostics: [Diagnostic] = []
        let settings = try readSettings(into: &diagnostics)
        let paths = try cataloguePaths(settings)
        var catalogues: [NamedCatalogue] = []
        var locks: [LockFile] = []
        for path in paths {
            guard let bytes = FileManager.default.contents(atPath: path) else {
                diagnostics.append(.error("cannot read the file", at: SourceLocation(file: path, line: 1, column: 1)))
                continue
            }
            let lock = LockFile(catalogue: path)
            let (catalogue, found) = Generator.catalogue(path: path, bytes: Array(bytes), lock: lock.recorded.map { (lock.path, $0) })
            diagnostics += found
            if let catalogue {
                catalogues.append(catalogue)
                locks.append(lock.recording(catalogue))
            }
        }
        diagnostics += Generator.checkTogether(catalogues)
        if arguments.locked { diagnostics += locks.flatMap(\.readOnlyWarnings) }
        // Notes say what errgen decided about each table: `lint` explains, the rest stay quiet.
        if arguments.subcommand != .lint { diagnostics.removeAll { $0.severity == .note } }
        // One write for all of them: a large catalogue can have thousands of warnings.
        if !diagnostics.isEmpty {
            Self.printError(diagnostics.map(\.description).joined(separator: "\n"))
        }
        if diagnostics.containsErrors {
            let count = diagnostics.filter { $0.severity == .error }.count
            let summary = "errgen: \(count) \(count == 1 ? "error" : "errors")"
            Self.printError(arguments.subcommand == .generate ? summary + "; nothing was written" : summary)
            return 1
        }

        switch arguments.subcommand {
        case .lint:
            return 0
        case .diff:
            preconditionFailure("diff reads no catalogues here")
        case .lock:
            return LockFile.update(locks, check: arguments.check, quiet: arguments.quiet)
        case .dump:
            print(DumpJSON.render(catalogues), terminator: "")
            return 0
        case .generate:
            return generate(catalogues, locks: locks, settings: settings)
        }
    }

    /// Run settings: `--config`, else `./errgen.yml` when present, unless `--no-config`.
    private func readSettings(into diagnostics: inout [Diagnostic]) throws(Exit) -> Settings {
        var settings = Settings()
        let implicitConfig = !arguments.noConfig && FileManager.default.fileExists(atPath: OutputLayout.configurationFileName)
        guard let configPath = arguments.config ?? (implicitConfig ? OutputLayout.configurationFileName : nil) else { return settings }
        guard let bytes = FileManager.default.contents(atPath: configPath) else {
            throw Exit(status: usageError("cannot read the configuration file '\(configPath)'"))
        }
        switch SourceText.decode(Array(bytes), path: configPath) {
        case .success(let source):
            let parsed = RunConfiguration.parse(source)
            settings.configuration = parsed.0
            diagnostics += parsed.1
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
        }
        settings.folder = URL(fileURLWithPath: configPath).deletingLastPathComponent()
        return settings
    }

    /// The catalogues to read: the files named, and the catalogues of the folders named, each
    /// once (`a.md ./a.md`, or a file and its folder).
    private func cataloguePaths(_ settings: Settings) throws(Exit) -> [String] {
        let inputs = arguments.inputs.isEmpty ? [settings.configuration.catalogues.map(settings.resolve) ?? "catalogues"] : arguments.inputs
        var paths: [String] = []
        var markdownSeen: [String] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                // `errgen lnit`: a mistyped subcommand reads as a catalogue that is not there.
                let subcommand = arguments.subcommandNamed || input != arguments.inputs.first ? nil : Arguments.closestSubcommand(to: input)
                throw Exit(status: usageError("no such catalogue or folder '\(input)'" + (subcommand.map { ". Did you mean the subcommand '\($0)'?" } ?? "")))
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
                for name in names.sorted() where OutputLayout.isCatalogueFileName(name) {
                    paths.append((input as NSString).appendingPathComponent(name))
                }
                markdownSeen += names.filter(OutputLayout.isMarkdownFileName).map { (input as NSString).appendingPathComponent($0) }
            } else {
                paths.append(input)
            }
        }
        var seen: Set<String> = []
        paths = paths.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
        if paths.isEmpty {
            let rule = "in a folder, a catalogue is a markdown file named errors.md or <name>.errors.md"
            let others = markdownSeen.isEmpty ? "" : " (such as \(markdownSeen.prefix(3).map { "'\($0)'" }.joined(separator: ", ")))"
            throw Exit(status: usageError("no catalogues in \(inputs.map { "'\($0)'" }.joined(separator: ", ")); \(rule); name one on the command line to read it whatever its name\(others)"))
        }
        return paths
    }

    /// `generate`: writes the output folder and the stale lock files, or with `--check` reports them.
    private func generate(_ catalogues: [NamedCatalogue], locks: [LockFile], settings: Settings) -> Int32 {
        let access = arguments.access ?? settings.configuration.access ?? .public
        let outputPath = arguments.output ?? settings.configuration.output.map(settings.resolve) ?? "Generated"
        let output = URL(fileURLWithPath: outputPath)
        let files = Generator.files(for: catalogues, access: access, allParts: arguments.allParts, regenerate: arguments.regenerationCommand)
        let changes = OutputWriter.changes(for: files, in: output)
        let summary = Self.summary(of: catalogues, files: files, changes: changes, output: outputPath, check: arguments.check)
        let staleLocks = arguments.locked ? [] : locks.filter(\.isStale)
        if arguments.check {
            guard !changes.isEmpty || !staleLocks.isEmpty else {
                if !arguments.quiet { Self.printError(summary) }
                return 0
            }
            for lock in staleLocks {
                Self.printError("\(lock.path): error: out of date with its catalogue; run errgen to record the names")
            }
            for file in changes.writes {
                Self.printError("\((outputPath as NSString).appendingPathComponent(file.name)): error: out of date with its catalogue; run errgen to regenerate")
            }
            for name in changes.removals {
                Self.printError("\((outputPath as NSString).appendingPathComponent(name)): error: no catalogue generates this file any more; run errgen to remove it")
            }
            return 1
        }
        do {
            try OutputWriter.apply(changes, in: output)
            try staleLocks.forEach { try $0.write() }
        } catch {
            Self.printError("error: \(error)")
            return 1
        }
        if !arguments.quiet { Self.printError(summary + (staleLocks.isEmpty ? "" : "; \(staleLocks.count) lock \(staleLocks.count == 1 ? "file" : "files") written")) }
        return 0
    }

    func usageError(_ message: String) -> Int32 {
        Self.printError(Arguments.UsageError(message: message).rendered)
        return Arguments.UsageError.exitStatus
    }

    /// What a successful `generate` did, in one line: `errgen: 2 catalogues, 45 codes → Generated:
    /// 1 file written, 1 unchanged`.
    static func summary(of catalogues: [NamedCatalogue], files: [GeneratedFile], changes: OutputWriter.Changes, output: String, check: Bool) -> String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        let what = "errgen: \(count(catalogues.count, "catalogue")), \(count(catalogues.reduce(0) { $0 + $1.entries.count }, "code")) → \(output)"
        if check { return what + ": up to date" }
        var done = [count(changes.writes.count, "file") + " written", "\(files.count - changes.writes.count) unchanged"]
        if !changes.removals.isEmpty { done.append("\(changes.removals.count) removed") }
        return what + ": " + done.joined(separator: ", ")
    }
}

extension URL {
    /// The path relative to the current directory when it is inside it, so diagnostics stay
    /// short and output stays free of absolute paths.
    fileprivate var relativePathFromCurrentDirectory: String {
        let current = FileManager.default.currentDirectoryPath
        let path = standardizedFileURL.path
        if path.hasPrefix(current + "/") { return String(path.dropFirst(current.count + 1)) }
        return path
    }
}
