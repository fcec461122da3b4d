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

        var diagnostics: [Diagnostic] = []
        // Run settings: --config, else ./errgen.yml when present, unless --no-config.
        var configuration = RunConfiguration()
        var configurationFolder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let implicitConfig = !arguments.noConfig && FileManager.default.fileExists(atPath: OutputLayout.configurationFileName)
        let configPath = arguments.config ?? (implicitConfig ? OutputLayout.configurationFileName : nil)
        if let configPath {
            guard let bytes = FileManager.default.contents(atPath: configPath) else {
                return usageError("cannot read the configuration file '\(configPath)'")
            }
            switch SourceText.decode(Array(bytes), path: configPath) {
            case .success(let source):
                let parsed = RunConfiguration.parse(source)
                configuration = parsed.0
                diagnostics += parsed.1
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            }
            configurationFolder = URL(fileURLWithPath: configPath).deletingLastPathComponent()
        }
        func resolve(_ path: String) -> String {
            path.hasPrefix("/") ? path : configurationFolder.appendingPathComponent(path).relativePathFromCurrentDirectory
        }

        let inputs = arguments.inputs.isEmpty ? [configuration.catalogues.map(resolve) ?? "catalogues"] : arguments.inputs
        var paths: [String] = []
        var markdownSeen: [String] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                // `errgen lnit`: a mistyped subcommand reads as a catalogue that is not there.
                let subcommand = arguments.subcommandNamed || input != arguments.inputs.first ? nil : Arguments.closestSubcommand(to: input)
                return usageError("no such catalogue or folder '\(input)'" + (subcommand.map { ". Did you mean the subcommand '\($0)'?" } ?? ""))
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
        // A catalogue named twice (`a.md ./a.md`, or a file and its folder) is read once.
        var seen: Set<String> = []
        paths = paths.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
        if paths.isEmpty {
            let rule = "in a folder, a catalogue is a markdown file named errors.md or <name>.errors.md"
            let others = markdownSeen.isEmpty ? "" : " (such as \(markdownSeen.prefix(3).map { "'\($0)'" }.joined(separator: ", ")))"
            return usageError("no catalogues in \(inputs.map { "'\($0)'" }.joined(separator: ", ")); \(rule); name one on the command line to read it whatever its name\(others)")
        }

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
            let access = arguments.access ?? configuration.access ?? .public
            let outputPath = arguments.output ?? configuration.output.map(resolve) ?? "Generated"
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
