import Foundation
import GenKit

/// A catalogue's lock file (``NameLock``): what it records, and what errgen would record now.
struct LockFile {
    /// Where it is, beside the catalogue.
    var path: String
    /// Its bytes, or nil when there is none.
    var recorded: [UInt8]?
    /// The text that records the catalogue's names as errgen gives them now.
    var wanted: String = ""
    /// The codes the file has no name for.
    var unrecordedCodes: [String] = []
    var catalogue: String

    /// The lock file of the catalogue at `catalogue`, as it is.
    init(catalogue: String) {
        self.catalogue = catalogue
        path = OutputLayout.lockPath(forCatalogue: catalogue)
        recorded = FileManager.default.contents(atPath: path).map(Array.init)
    }

    /// This lock with what `named` would record.
    func recording(_ named: NamedCatalogue) -> LockFile {
        var lock = self
        lock.wanted = NameLock.text(of: named)
        if let recorded, case .success(let text) = SourceText.decode(recorded, path: path) {
            lock.unrecordedCodes = NameLock.read(text).0.unrecordedCodes(of: named)
        }
        return lock
    }

    /// Whether the file is not what errgen would record.
    var isStale: Bool { recorded != Array(wanted.utf8) }

    /// Writes what errgen would record, replacing the file at once.
    func write() throws {
        try Data(wanted.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// What a run that may not write the file (the build plugin's) says about it: that there is
    /// none, or that codes have no recorded name; so later copy edits could rename them.
    var readOnlyWarnings: [Diagnostic] {
        let command = "run 'swift run errgen lock \(catalogue)' and commit \(path)"
        if recorded == nil {
            return [.warning("\(catalogue) has no lock file, so its case names follow its text and a copy edit can rename them; \(command)", at: SourceLocation(file: catalogue, line: 1, column: 1))]
        }
        guard !unrecordedCodes.isEmpty else { return [] }
        let shown = unrecordedCodes.prefix(3).map { "'\($0)'" }.joined(separator: ", ") + (unrecordedCodes.count > 3 ? " and \(unrecordedCodes.count - 3) more" : "")
        return [.warning("\(path) records no name for \(shown); \(command)", at: SourceLocation(file: path, line: 1, column: 1))]
    }

    /// `errgen lock`: writes the stale lock files, or with `check` reports them; the exit status.
    static func update(_ locks: [LockFile], check: Bool, quiet: Bool) -> Int32 {
        let stale = locks.filter(\.isStale)
        if check {
            for lock in stale { ErrGenCommand.printError("\(lock.path): error: out of date with its catalogue; run 'errgen lock' to record the names") }
            return stale.isEmpty ? 0 : 1
        }
        do {
            try stale.forEach { try $0.write() }
        } catch {
            ErrGenCommand.printError("error: \(error)")
            return 1
        }
        if !quiet { ErrGenCommand.printError("errgen: \(locks.count) lock \(locks.count == 1 ? "file" : "files"), \(stale.count) written") }
        return 0
    }
}
