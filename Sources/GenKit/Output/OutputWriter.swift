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

    /// Compares `files` with what `directory` holds. Only files are removed: a folder named
    /// like a generated file is not errgen's.
    public static func changes(for files: [GeneratedFile], in directory: URL) -> Changes {
        var changes = Changes()
        for file in files {
            let url = directory.appendingPathComponent(file.name)
            if let existing = FileManager.default.contents(atPath: url.path), existing == Data(file.contents.utf8) { continue }
            changes.writes.append(file)
        }
        let names = Set(files.map(\.name))
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        changes.removals = existing.filter {
            OutputLayout.isGeneratedFileName($0) && !names.contains($0) && isFile(directory.appendingPathComponent($0))
        }.sorted()
        return changes
    }

    /// Applies `changes`, all or nothing. Every new content is first written beside its
    /// target; then each target is set aside and its new content renamed into place. If a step
    /// fails, the steps before it are undone, so the folder is left as it was. Files no
    /// catalogue generates any more are removed once everything is in place.
    public static func apply(_ changes: Changes, in directory: URL) throws {
        guard !changes.isEmpty else { return }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw WriteError(description: "cannot create the output folder '\(directory.path)': \(error.localizedDescription)")
        }
        let process = ProcessInfo.processInfo.processIdentifier
        var staged: [(temporary: URL, target: URL)] = []
        var placed: [(target: URL, previous: URL?)] = []
        func undo() {
            for file in placed.reversed() {
                if let previous = file.previous {
                    _ = rename(previous.path, file.target.path)
                } else {
                    try? FileManager.default.removeItem(at: file.target)
                }
            }
            for file in staged { try? FileManager.default.removeItem(at: file.temporary) }
        }
        func failure(_ message: String) -> WriteError {
            undo()
            return WriteError(description: message)
        }

        for file in changes.writes {
            let target = directory.appendingPathComponent(file.name)
            let temporary = directory.appendingPathComponent(".\(file.name).\(process).tmp")
            guard !exists(target) || isFile(target) else {
                throw failure("cannot replace '\(target.path)': it is not a file; move it out of the output folder")
            }
            do {
                try Data(file.contents.utf8).write(to: temporary)
                staged.append((temporary, target))
            } catch {
                try? FileManager.default.removeItem(at: temporary)
                throw failure("cannot write '\(target.path)': \(error.localizedDescription)")
            }
        }
        for file in staged {
            let previous = directory.appendingPathComponent(".\(file.target.lastPathComponent).\(process).old")
            let hadTarget = exists(file.target)
            if hadTarget, rename(file.target.path, previous.path) != 0 {
                throw failure("cannot replace '\(file.target.path)': \(String(cString: strerror(errno)))")
            }
            guard rename(file.temporary.path, file.target.path) == 0 else {
                let reason = String(cString: strerror(errno))
                if hadTarget { _ = rename(previous.path, file.target.path) }
                throw failure("cannot replace '\(file.target.path)': \(reason)")
            }
            placed.append((file.target, hadTarget ? previous : nil))
        }
        for file in placed {
            if let previous = file.previous { try? FileManager.default.removeItem(at: previous) }
        }
        for name in changes.removals {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    /// Whether anything, a dangling link included, is at `url`.
    private static func exists(_ url: URL) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: url.path)) != nil
    }

    /// Whether `url` is a file or a link (a link is replaced, not followed), not a folder.
    private static func isFile(_ url: URL) -> Bool {
        let type = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType
        return type == .typeRegular || type == .typeSymbolicLink
    }
}
