import Foundation
import GenKit

extension ErrGenCommand {
    /// `errgen diff`: reads both versions of a catalogue, each with the lock file beside it,
    /// prints the report on standard output, and exits 1 when a breaking change is not accepted.
    func runDiff() -> Int32 {
        let newPath = arguments.inputs[arguments.inputs.count - 1]
        let old: Version
        let oldName: String
        if let base = arguments.base {
            switch Version.atRevision(base, of: newPath) {
            case .success(let version): old = version
            case .failure(let failure):
                Self.printError("error: \(failure.message)\nerrgen: nothing compared")
                return 1
            }
            oldName = "\(base):\(newPath)"
        } else {
            guard let version = Version(file: arguments.inputs[0]) else { return usageError("no such catalogue '\(arguments.inputs[0])'") }
            old = version
            oldName = arguments.inputs[0]
        }
        guard let new = Version(file: newPath) else { return usageError("no such catalogue '\(newPath)'") }

        var diagnostics: [Diagnostic] = []
        var reviewed: [ReviewedCatalogue] = []
        for version in [old, new] {
            let (catalogue, found) = Generator.catalogue(path: version.path, bytes: version.bytes, lock: version.lock.map { (version.lockPath, $0) })
            diagnostics += found.filter { $0.severity == .error }
            guard let catalogue else { continue }
            if catalogue.entries.isEmpty {
                diagnostics.append(.error("no error codes found; '\(version.path)' is not a catalogue errgen can compare", at: SourceLocation(file: version.path, line: 1, column: 1)))
            }
            reviewed.append(ReviewedCatalogue(catalogue))
        }
        if diagnostics.isEmpty, reviewed[0].typeName != reviewed[1].typeName,
            Set(reviewed[0].codes.map(\.code)).isDisjoint(with: reviewed[1].codes.map(\.code))
        {
            diagnostics.append(
                .error(
                    "'\(oldName)' (\(reviewed[0].typeName)) and '\(newPath)' (\(reviewed[1].typeName)) share no code: they are two catalogues, not two versions of one",
                    at: reviewed[1].typeNameLocation))
        }
        if !diagnostics.isEmpty {
            Self.printError(diagnostics.map(\.description).joined(separator: "\n"))
            Self.printError("errgen: nothing compared")
            return 1
        }
        let changes = CatalogueDiff.changes(from: reviewed[0], to: reviewed[1])
        print(DiffReport.render(changes, old: oldName, new: newPath, format: arguments.format), terminator: "")
        return changes.contains(where: \.fails) ? 1 : 0
    }
}

/// One version of a catalogue: its bytes and its lock file's, from a file or a git revision.
private struct Version {
    var path: String
    var bytes: [UInt8]
    var lockPath: String
    var lock: [UInt8]?

    /// The catalogue at `path` as it is on disk.
    init?(file path: String) {
        guard let bytes = FileManager.default.contents(atPath: path) else { return nil }
        self.path = path
        self.bytes = Array(bytes)
        lockPath = OutputLayout.lockPath(forCatalogue: path)
        lock = FileManager.default.contents(atPath: lockPath).map(Array.init)
    }

    private init(path: String, bytes: [UInt8], lockPath: String, lock: [UInt8]?) {
        self.path = path
        self.bytes = bytes
        self.lockPath = lockPath
        self.lock = lock
    }

    /// The catalogue at `path` as it was at git revision `revision`, read with `git show`.
    static func atRevision(_ revision: String, of path: String) -> Result<Version, DiffFailure> {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: path).lastPathComponent
        let lockName = URL(fileURLWithPath: OutputLayout.lockPath(forCatalogue: path)).lastPathComponent
        guard let bytes = gitShow("\(revision):./\(name)", in: folder) else {
            return .failure(DiffFailure("git has no '\(path)' at revision '\(revision)' (is it a revision of this repository, and was the file there?)"))
        }
        return .success(
            Version(
                path: "\(revision):\(path)", bytes: bytes, lockPath: "\(revision):\(OutputLayout.lockPath(forCatalogue: path))",
                lock: gitShow("\(revision):./\(lockName)", in: folder)))
    }

    /// The blob `object` (`rev:./file`) as `git show` prints it in `folder`, or nil.
    private static func gitShow(_ object: String, in folder: String) -> [UInt8]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.isEmpty ? "." : folder, "show", object]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? Array(data) : nil
    }
}

/// Why `errgen diff` cannot compare: a usage error's message.
private struct DiffFailure: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
