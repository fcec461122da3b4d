// This file is shared verbatim with Plugins/ErrGenCommandPlugin (a symbolic link), so that the
// build-tool and command plugins find catalogues and call errgen the same way; they differ only
// in the output folder.
import Foundation
import PackagePlugin

/// One errgen run over a target's catalogues: which files it reads and the command line that
/// turns them into Swift. Reading, validating, naming and writing all belong to the errgen
/// CLI, so a plugin generates exactly what `errgen generate` run by hand would.
struct ErrGenRun {
    /// The target's catalogues, sorted by path so the command line is stable.
    var catalogues: [Path]
    /// The files errgen writes for them; how many a catalogue gets depends on its size.
    var outputFileNames: Set<String>
    /// The target's run settings (`errgen.yml`), when it has them.
    var configuration: Path?

    /// The run for a target's files, or nil when none of them is a catalogue.
    ///
    /// - Parameters:
    ///   - files: The target's files. A catalogue is a markdown file whose front matter has an
    ///     `errgen:` key; a README or DocC article has none, so it is never mistaken for one.
    ///   - configuration: The target's run settings, if any (see ``configuration(in:)``).
    init?(files: [Path], configuration: Path?) {
        // Each file is read once: its text says whether it is a catalogue, its size how many
        // files errgen makes of it.
        let found: [(path: Path, size: Int)] = files.compactMap { path in
            guard OutputLayout.isMarkdownFileName(path.lastComponent), let bytes = FileManager.default.contents(atPath: path.string),
                  OutputLayout.isCatalogue(text: String(decoding: bytes, as: UTF8.self)) else { return nil }
            return (path, bytes.count)
        }.sorted { $0.path.string < $1.path.string }
        guard !found.isEmpty else { return nil }
        catalogues = found.map(\.path)
        // Each name once: two catalogues with one file name are errgen's to report, at both files.
        outputFileNames = Set(found.flatMap { OutputLayout.outputFileNames(forCatalogue: $0.path.string, size: $0.size) })
        self.configuration = configuration
    }

    /// The run settings file directly in `folder`, when there is one.
    static func configuration(in folder: Path) -> Path? {
        let path = folder.appending(OutputLayout.configurationFileName)
        return FileManager.default.fileExists(atPath: path.string) ? path : nil
    }

    /// errgen's command line for writing into `output`. Catalogue paths stay absolute, so the
    /// `path:line:column:` of a diagnostic takes an editor straight to the row.
    func arguments(output: Path) -> [String] {
        // Settings come from the target's errgen.yml or from nowhere: never from an errgen.yml
        // in whatever folder the build runs in, which is not an input of the command.
        ["generate"] + catalogues.map(\.string) + ["--output", output.string]
            + (configuration.map { ["--config", $0.string] } ?? ["--no-config"])
    }

    /// The build command generating the target's Swift into the plugin's work folder.
    ///
    /// Inputs and outputs are declared exactly, so the build system runs the command when a
    /// catalogue, the settings or errgen itself changed, and not in a build with nothing new.
    /// errgen rewrites only the files whose bytes change, so when it does run (SwiftPM also
    /// reruns it after planning the build again, say when a file was added to the target) only
    /// what changed recompiles.
    func buildCommand(errgen: Path, workDirectory: Path) -> Command {
        let output = workDirectory.appending("GeneratedSources")
        return .buildCommand(
            displayName: "Generating error types from \(catalogues.map(\.lastComponent).joined(separator: ", "))",
            executable: errgen,
            arguments: arguments(output: output),
            inputFiles: catalogues + (configuration.map { [$0] } ?? []) + [errgen],
            outputFiles: outputFileNames.sorted().map { output.appending($0) }
        )
    }
}
