import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let childrenWho = __rusage_who_t(RUSAGE_CHILDREN.rawValue)
#else
private let childrenWho = RUSAGE_CHILDREN
#endif

/// Runs a program and measures it: wall time, and the child's own peak resident memory
/// (from `wait4`, so each measurement is of that child alone).
struct ChildProcess {
    struct Measurement {
        var seconds: Double
        /// User and system time of the child and its children (the compiler's frontend jobs).
        var cpuSeconds: Double
        var peakMegabytes: Double
        var status: Int32
        var output: String
    }

    static func run(_ arguments: [String]) -> Measurement {
        let outputPath = NSTemporaryDirectory() + "errgen-bench-\(getpid())-output.txt"
        var actions: posix_spawn_file_actions_t = .init()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var before = rusage()
        getrusage(childrenWho, &before)
        let cpuBefore = Self.seconds(before.ru_utime) + Self.seconds(before.ru_stime)
        let start = ContinuousClock.now
        var pid: pid_t = 0
        guard posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ) == 0 else {
            fatalError("cannot run \(arguments[0])")
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        unlink(outputPath)
        #if canImport(Darwin)
        let megabytes = Double(usage.ru_maxrss) / 1_048_576
        #else
        let megabytes = Double(usage.ru_maxrss) / 1024
        #endif
        let exitStatus: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        // wait4's usage covers the child alone, not the frontend jobs a driver spawns: take
        // the children's totals before and after instead.
        var children = rusage()
        getrusage(childrenWho, &children)
        let cpu = Self.seconds(children.ru_utime) + Self.seconds(children.ru_stime) - cpuBefore
        return Measurement(seconds: seconds, cpuSeconds: cpu, peakMegabytes: megabytes, status: exitStatus, output: output)
    }

    private static func seconds(_ time: timeval) -> Double {
        Double(time.tv_sec) + Double(time.tv_usec) / 1e6
    }
}
