import Foundation

/// The run's figures, collected as they are measured, for the markdown section that
/// `--markdown` prints once the run is over.
struct Figures {
    /// The generated code and the floor compiled in one configuration, best of several each.
    struct Compile {
        var optimized: Bool
        var generated: ChildProcess.Measurement
        var floor: ChildProcess.Measurement
        /// The compiler's instructions, where callgrind counted them.
        var instructions: (generated: Int, floor: Int)?
    }

    /// Nanoseconds per call, from the run-time driver.
    struct RunTime {
        var typeName: String
        var codeCount: Int
        var lookup: Double
        var accessors: Double
        var dictionary: Double
    }

    /// One size: the seed catalogues, or a synthetic catalogue.
    struct Size {
        /// Whether these are the repository's catalogues rather than a synthetic one.
        var seeds: Bool
        var codeCount: Int
        var namespaceCount: Int
        var fileCount: Int
        /// errgen's whole process, best of five.
        var process: ChildProcess.Measurement
        /// Seconds of each stage in process, best of five, in pipeline order.
        var stages: [(name: String, seconds: Double)]
        /// At `-Onone`, then at `-O`.
        var compiles: [Compile]
        var runTime: RunTime

        var name: String { seeds ? "seeds" : "\(grouped(codeCount)) codes" }
    }

    /// ErrGenRuntime's compile at `-Onone`, then at `-O`.
    var runtime: [ChildProcess.Measurement] = []
    var sizes: [Size] = []

    /// The section: a line saying what ran, where, with which compiler, then a table per
    /// group of figures. No date: the commit that pastes it dates it.
    func markdown(command: String, cores: Int, compiler: String) -> String {
        func table(_ header: [String], _ rows: [[String]]) -> String {
            ([header, header.map { _ in "---" }] + rows).map { "| " + $0.joined(separator: " | ") + " |\n" }.joined()
        }
        func build(_ optimized: Bool) -> String { optimized ? "`-O`" : "`-Onone`" }
        func seconds(_ generated: Double, _ floor: Double) -> String {
            String(format: "%.2f / %.2f s", generated, floor)
        }

        var out = "`\(command)` on \(cores) cores, \(compiler).\n\n"

        out += "### errgen: whole process and stages\n\n"
        out += table(
            ["catalogue", "codes", "namespaces", "files", "whole process", "peak memory"],
            sizes.map { size in
                [size.name, grouped(size.codeCount), grouped(size.namespaceCount), "\(size.fileCount)",
                 format(size.process.seconds, "ms"), format(size.process.peakMegabytes, "MB")]
            })
        out += "\nStages, in process:\n\n"
        out += table(["catalogue"] + (sizes.first?.stages.map(\.name) ?? []), sizes.map { size in
            [size.name] + size.stages.map { format($0.seconds, "ms") }
        })

        let counted = sizes.contains { $0.compiles.contains { $0.instructions != nil } }
        out += "\n### Compile time of the generated code and the floor\n\n"
        out += table(
            ["catalogue", "build", "wall, generated / floor", "ratio", "CPU, generated / floor", "ratio"]
                + (counted ? ["instructions, generated / floor", "ratio"] : []),
            sizes.flatMap { size in
                size.compiles.map { compile in
                    let (g, f) = (compile.generated, compile.floor)
                    var row = [size.name, build(compile.optimized), seconds(g.seconds, f.seconds), format(g.seconds / f.seconds, "x"),
                               seconds(g.cpuSeconds, f.cpuSeconds), format(g.cpuSeconds / f.cpuSeconds, "x")]
                    if counted {
                        if let (g, f) = compile.instructions {
                            row += [String(format: "%.3f / %.3f billion", Double(g) / 1e9, Double(f) / 1e9), format(Double(g) / Double(f), "x")]
                        } else {
                            row += ["—", "—"]
                        }
                    }
                    return row
                }
            })

        out += "\n### Run time, per call, against a `Dictionary<String, Int>` lookup\n\n"
        out += table(
            ["catalogue", "type", "`init(code:)`", "all seven accessors", "`Dictionary` lookup", "`init(code:)` ratio", "accessors ratio"],
            sizes.map { size in
                let run = size.runTime
                return [size.name, "`\(run.typeName)` (\(grouped(run.codeCount)) codes)", format(run.lookup, "ns"), format(run.accessors, "ns"),
                        format(run.dictionary, "ns"), format(run.lookup / run.dictionary, "x"), format(run.accessors / run.dictionary, "x")]
            })

        out += "\n### ErrGenRuntime, compiled once per clean build\n\n"
        out += table(["build", "wall", "CPU"], zip([false, true], runtime).map { optimized, measurement in
            [build(optimized), format(measurement.seconds, "s"), format(measurement.cpuSeconds, "s")]
        })
        return out
    }
}

/// `20000` → `20,000`.
private func grouped(_ number: Int) -> String {
    let digits = Array(String(number))
    return String(digits.enumerated().flatMap { index, digit in
        index > 0 && (digits.count - index) % 3 == 0 ? [",", digit] : [digit]
    })
}
