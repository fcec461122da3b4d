import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes generated files into an output folder: all of them or none, and never touching a
/// file whose bytes would not change (so its modification time, and every build that depends
/// on it, stays as it was).
public enum OutputWriter {
    /// What a run would change in an output folder.
    public struct Changes: Sendable, Equatable {
        /// Files to create or replace.
        public var writes: [GeneratedFile] = []
        /// Generated files that no catalogue produces any more.
        public var removals: [String] = []

        public var isEmpty: Bool { writes.isEmpty && removals.isEmpty }
    }

    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Compares `files` with what `directory` holds.
    public static func changes(for files: [GeneratedFile], in directory: URL) -> Changes {
        var changes = Changes()
        for file in files {
            let url = directory.appendingPathComponent(file.name)
            if let existing = FileManager.default.contents(atPath: url.path), existing == Data(file.contents.utf8) { continue }
            changes.writes.append(file)
        }
        let names = Set(files.map(\.name))
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        changes.removals = existing.filter { OutputLayout.isGeneratedFileName($0) && !names.contains($0) }.sorted()
        return changes
    }

    /// Applies `changes`: every new content is first written beside its target, and only
    /// when all are written are they renamed into place, so a failure leaves the folder as
    /// it was.
    public static func apply(_ changes: Changes, in directory: URL) throws {
        guard !changes.isEmpty else { return }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw WriteError(description: "cannot create the output folder '\(directory.path)': \(error.localizedDescription)")
        }
        var staged: [(temporary: URL, target: URL)] = []
        func discardStaged() {
            for file in staged { try? FileManager.default.removeItem(at: file.temporary) }
        }
        for file in changes.writes {
            let target = directory.appendingPathComponent(file.name)
            let temporary = directory.appendingPathComponent(".\(file.name).\(ProcessInfo.processInfo.processIdentifier).tmp")
            do {
                try Data(file.contents.utf8).write(to: temporary)
                staged.append((temporary, target))
            } catch {
                discardStaged()
                try? FileManager.default.removeItem(at: temporary)
                throw WriteError(description: "cannot write '\(target.path)': \(error.localizedDescription)")
            }
        }
        for file in staged where rename(file.temporary.path, file.target.path) != 0 {
            let reason = String(cString: strerror(errno))
            discardStaged()
            throw WriteError(description: "cannot replace '\(file.target.path)': \(reason)")
        }
        for name in changes.removals {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }
}
