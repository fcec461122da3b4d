import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory errgen [--target <target> ...]`: writes
/// each target's generated sources into the target's `Generated` folder, for packages that
/// commit them instead of using the build-tool plugin. It runs errgen exactly as the build-tool
/// plugin does, into another folder.
///
/// With `--check` it writes nothing and fails when a target's `Generated` folder is not what
/// errgen would write, as a CI step for packages that commit the output.
@main
struct ErrGenCommandPlugin: CommandPlugin {
    /// The folder of a target that holds its committed generated sources.
    static let outputFolder = "Generated"
    /// What makes a file a catalogue, for messages.
    static let catalogueRule = "markdown files named errors.md or <name>.errors.md"

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let names = extractor.extractOption(named: "target")
        let check = extractor.extractFlag(named: "check") > 0
        guard extractor.remainingArguments.isEmpty else {
            throw CommandError("unexpected arguments \(extractor.remainingArguments); usage: swift package [--allow-writing-to-package-directory] errgen [--target <target> ...] [--check]")
        }
        let targets = names.isEmpty ? context.package.targets : try context.package.targets(named: names)
        let errgen = try context.tool(named: "errgen").path
        var generated = 0
        for case let target as SourceModuleTarget in targets {
            guard let run = ErrGenRun(files: Self.files(under: target.directory), configuration: ErrGenRun.configuration(in: target.directory)) else {
                // Only a target asked for by name deserves a word; the others simply have no catalogues.
                if !names.isEmpty { Diagnostics.warning("target '\(target.name)' has no catalogues (\(Self.catalogueRule))") }
                continue
            }
            let output = target.directory.appending(Self.outputFolder)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: errgen.string)
            let regenerate = "swift package --allow-writing-to-package-directory errgen --target \(target.name)"
            process.arguments = run.arguments(output: output, regenerate: regenerate) + (check ? ["--check"] : [])
            // errgen's diagnostics and its summary line go straight to this plugin's standard
            // error, which SwiftPM shows.
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                if check {
                    throw CommandError(
                        "target '\(target.name)': \(output) is not what errgen would write, or a catalogue has errors (see above); to regenerate it, run '\(regenerate)' and commit the result")
                }
                throw CommandError("errgen failed for target '\(target.name)'; \(output) was left as it was")
            }
            generated += 1
        }
        if generated == 0 && names.isEmpty {
            throw CommandError("no target has catalogues (\(Self.catalogueRule))")
        }
    }
}

extension ErrGenCommandPlugin {
    /// Every file under `folder`, including those Package.swift excludes: a target that commits
    /// its output excludes its catalogues, or SwiftPM would warn that it does not handle them.
    static func files(under folder: Path) -> [Path] {
        let names = FileManager.default.enumerator(atPath: folder.string)?.compactMap { $0 as? String } ?? []
        return names.map { folder.appending(subpath: $0) }
    }
}

/// A failure to report as the command's error.
struct CommandError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
