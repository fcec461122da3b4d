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
    /// The target's run settings (`errgen.yml`), when it has them.
    var configuration: Path?

    /// The run for a target's files, or nil when none of them is a catalogue.
    ///
    /// - Parameters:
    ///   - files: The target's files. A catalogue is a markdown file whose front matter has an
    ///     `errgen:` key; a README or DocC article has none, so it is never mistaken for one.
    ///   - configuration: The target's run settings, if any (see ``configuration(in:)``).
    init?(files: [Path], configuration: Path?) {
        catalogues = files.filter { path in
            guard path.extension?.lowercased() == "md", let bytes = FileManager.default.contents(atPath: path.string) else { return false }
            return OutputLayout.isCatalogue(text: String(decoding: bytes, as: UTF8.self))
        }.sorted { $0.string < $1.string }
        guard !catalogues.isEmpty else { return nil }
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
        // Each name once: two catalogues with one file name are errgen's to report, at both files.
        let names = Set(catalogues.flatMap { catalogue in
            // The size errgen will read, which decides how many files it writes.
            let size = FileManager.default.contents(atPath: catalogue.string)?.count ?? 0
            return OutputLayout.outputFileNames(forCatalogue: catalogue.string, size: size)
        })
        return .buildCommand(
            displayName: "Generating error types from \(catalogues.map(\.lastComponent).joined(separator: ", "))",
            executable: errgen,
            arguments: arguments(output: output),
            inputFiles: catalogues + (configuration.map { [$0] } ?? []) + [errgen],
            outputFiles: names.sorted().map { output.appending($0) }
        )
    }
}
