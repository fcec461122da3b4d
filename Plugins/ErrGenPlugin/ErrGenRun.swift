// This file is shared verbatim with Plugins/ErrGenCommandPlugin (a symbolic link), so that the
// build-tool and command plugins find catalogues and call errgen the same way; they differ only
// in the output folder.
import Foundation
import PackagePlugin

/// One errgen run over a target's catalogues: which files it reads and the command line that
/// turns them into Swift. Reading, validating, naming and writing all belong to the errgen
/// CLI, so a plugin generates exactly what `errgen generate` run by hand would.
///
/// It is decided from file names alone (``OutputLayout``): SwiftPM plans a build again when a
/// target's files are added, removed or renamed, not when one is edited, so whatever a plan took
/// from a file's text would be stale after an edit, and an incremental build would differ from
/// a clean one.
struct ErrGenRun {
    /// The target's catalogues, sorted by path so the command line is stable.
    var catalogues: [Path]
    /// The catalogues' lock files (`shop.errgen.lock`) among the target's files, which errgen
    /// reads for the names they record.
    var locks: [Path]
    /// The target's run settings (`errgen.yml`), when it has them.
    var configuration: Path?

    /// The run for a target's files, or nil when none of them is a catalogue (see
    /// ``OutputLayout/isCatalogueFileName(_:)``).
    init?(files: [Path], configuration: Path?) {
        catalogues = files.filter { OutputLayout.isCatalogueFileName($0.lastComponent) }.sorted { $0.string < $1.string }
        guard !catalogues.isEmpty else { return nil }
        let lockPaths = Set(catalogues.map { OutputLayout.lockPath(forCatalogue: $0.string) })
        locks = files.filter { lockPaths.contains($0.string) }.sorted { $0.string < $1.string }
        self.configuration = configuration
    }

    /// The run settings file directly in `folder`, when there is one.
    static func configuration(in folder: Path) -> Path? {
        let path = folder.appending(OutputLayout.configurationFileName)
        return FileManager.default.fileExists(atPath: path.string) ? path : nil
    }

    /// errgen's command line for writing into `output`, naming `regenerate` in the files' first
    /// line. Catalogue paths stay absolute, so the `path:line:column:` of a diagnostic takes an
    /// editor straight to the row.
    func arguments(output: Path, regenerate: String) -> [String] {
        // Settings come from the target's errgen.yml or from nowhere: never from an errgen.yml
        // in whatever folder the build runs in, which is not an input of the command.
        ["generate"] + catalogues.map(\.string) + ["--output", output.string, "--regenerate-with", regenerate]
            + (configuration.map { ["--config", $0.string] } ?? ["--no-config"])
    }

    /// The build command generating the target's Swift into the plugin's work folder.
    ///
    /// Each catalogue declares ``OutputLayout/partLimit`` files, whatever its size, and errgen
    /// writes them all (`--all-parts`), empty where the catalogue does not fill them. Inputs and
    /// outputs are declared exactly, so the build system runs the command when a catalogue, the
    /// settings or errgen itself changed, and not in a build with nothing new; errgen rewrites
    /// only the files whose bytes change, so only what changed recompiles.
    func buildCommand(errgen: Path, workDirectory: Path) -> Command {
        let output = workDirectory.appending("GeneratedSources")
        // Each name once: two catalogues with one file name are errgen's to report, at both files.
        let outputNames = Set(catalogues.flatMap { OutputLayout.outputFileNames(forCatalogue: $0.string, count: OutputLayout.partLimit) })
        return .buildCommand(
            displayName: "Generating error types from \(catalogues.map(\.lastComponent).joined(separator: ", "))",
            executable: errgen,
            // Locked: a build may not write into the package, so errgen reads the lock files and
            // warns where one is missing. Quiet: a summary line in every build would be noise.
            arguments: arguments(output: output, regenerate: "swift build") + ["--all-parts", "--locked", "--quiet"],
            inputFiles: catalogues + locks + (configuration.map { [$0] } ?? []) + [errgen],
            outputFiles: outputNames.sorted().map { output.appending($0) }
        )
    }
}
