import Foundation
import XCTest

/// What a finished process printed and how it exited.
struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
    /// False when the process was stopped at its time limit.
    var finished: Bool
    /// True when a signal ended the process (a crash, or the stop at the time limit).
    var signalled: Bool
}

enum ProcessError: Error, CustomStringConvertible {
    case notFound(String)
    case failed(String)

    var description: String {
        switch self {
        case .notFound(let path): "no executable at \(path)"
        case .failed(let what): what
        }
    }
}

/// Runs `executable` with `arguments` in `folder`, stopping it after `timeout` seconds.
/// Output goes through files, so a process that prints a lot never blocks on a full pipe.
func runProcess(_ executable: URL, _ arguments: [String], in folder: URL, timeout: TimeInterval = 120) throws -> ProcessResult {
    guard FileManager.default.isExecutableFile(atPath: executable.path) else { throw ProcessError.notFound(executable.path) }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("errgen-process-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let stdoutURL = scratch.appendingPathComponent("stdout")
    let stderrURL = scratch.appendingPathComponent("stderr")
    try Data().write(to: stdoutURL)
    try Data().write(to: stderrURL)
    let stdout = try FileHandle(forWritingTo: stdoutURL)
    let stderr = try FileHandle(forWritingTo: stderrURL)
    defer {
        try? stdout.close()
        try? stderr.close()
    }

    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.standardOutput = stdout
    process.standardError = stderr
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning, Date() < deadline {
        Thread.sleep(forTimeInterval: 0.005)
    }
    let finished = !process.isRunning
    if !finished {
        process.terminate()
        process.waitUntilExit()
    }
    return ProcessResult(
        status: process.terminationStatus,
        stdout: String(decoding: (try? Data(contentsOf: stdoutURL)) ?? Data(), as: UTF8.self),
        stderr: String(decoding: (try? Data(contentsOf: stderrURL)) ?? Data(), as: UTF8.self),
        finished: finished,
        signalled: process.terminationReason == .uncaughtSignal)
}

/// The errgen binary SwiftPM built beside the test bundle (on Linux the bundle is the
/// build folder itself; on macOS it is a `.xctest` bundle in it).
let errgenBinary: URL = {
    let bundle = Bundle(for: TemporaryFolder.self).bundleURL
    let folder = bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
    return folder.appendingPathComponent("errgen")
}()

/// Runs errgen in `folder`.
func errgen(_ arguments: [String], in folder: URL, timeout: TimeInterval = 120) throws -> ProcessResult {
    try runProcess(errgenBinary, arguments, in: folder, timeout: timeout)
}

/// `swiftc`, found on the PATH as `swift test` found it.
let swiftc: URL = {
    for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
        let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("swiftc")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return URL(fileURLWithPath: "/usr/bin/swiftc")
}()

/// A folder under the temporary directory, removed when the object goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("errgen-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `contents` to `path` (relative to the folder), creating folders as needed.
    @discardableResult
    func write(_ path: String, _ contents: String) throws -> URL {
        try write(path, bytes: Data(contents.utf8))
    }

    @discardableResult
    func write(_ path: String, bytes: Data) throws -> URL {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: file)
        return file
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)
    }
}

/// Every file under a folder with its bytes and modification time: two snapshots are equal
/// only if nothing was written, removed or touched.
struct FolderSnapshot: Equatable, CustomStringConvertible {
    var files: [String: FileState]

    struct FileState: Equatable {
        var bytes: Data
        var modified: Date?
    }

    init(_ folder: URL) {
        files = [:]
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return }
        let base = folder.standardizedFileURL.path
        for case let url as URL in enumerator {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
            files[path] = FileState(bytes: (try? Data(contentsOf: url)) ?? Data(), modified: attributes?[.modificationDate] as? Date)
        }
    }

    var description: String {
        files.keys.sorted().map { "\($0) (\(files[$0]!.bytes.count) bytes, modified \(files[$0]!.modified.map { "\($0.timeIntervalSince1970)" } ?? "?"))" }.joined(separator: "\n")
    }

    /// Sets every file's modification time to long ago, so that any rewrite shows.
    static func age(_ folder: URL) {
        for path in FolderSnapshot(folder).files.keys {
            try? FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000_000)], ofItemAtPath: folder.appendingPathComponent(path).path)
        }
    }
}

/// ErrGenRuntime, built by `swiftc` from its sources once per test run, for the generated code
/// these tests compile as a consumer's build would: against the module, not with its sources.
enum RuntimeModule {
    /// The folder holding `ErrGenRuntime.swiftmodule` and `libErrGenRuntime.a`.
    static let folder: Result<URL, ProcessError> = Result { () throws(ProcessError) -> URL in
        do { return try build() } catch let error as ProcessError { throw error } catch { throw .failed("building ErrGenRuntime: \(error)") }
    }

    private static func build() throws -> URL {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let sources = root.appendingPathComponent("Sources/ErrGenRuntime")
        let files = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }.sorted()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("errgen-runtime-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let build = try runProcess(swiftc, [
            "-parse-as-library", "-swift-version", "6", "-module-name", "ErrGenRuntime", "-emit-library", "-static",
            "-o", folder.appendingPathComponent("libErrGenRuntime.a").path,
            "-emit-module", "-emit-module-path", folder.appendingPathComponent("ErrGenRuntime.swiftmodule").path,
        ] + files.map { sources.appendingPathComponent($0).path }, in: folder, timeout: 600)
        guard build.status == 0 else { throw ProcessError.failed("building ErrGenRuntime: \(build.stderr)") }
        return folder
    }

    /// `swiftc` arguments that find the module; with `link`, also its library.
    static func flags(link: Bool = false) throws -> [String] {
        let path = try folder.get().path
        return ["-I", path] + (link ? ["-L", path, "-lErrGenRuntime"] : [])
    }
}
