// errgen's benchmark: generation time per stage and whole process, compile time of the
// generated code beside the bare-enum floor (and, where valgrind is installed, the compiler's
// instructions up to 1,000 codes), lookup and accessor run time beside a Dictionary, and peak
// memory. Every ratio compares figures measured in the same run.
//
//     swift build -c release && .build/release/errgen-bench [--markdown] [seeds] [1000] [5000] [20000]
//
// With `--markdown` the progress lines go to stderr, and stdout gets only the figures, at the
// end, as the markdown section Documentation/Performance.md holds.

import Foundation
import GenKit

// Figures appear as they are measured, also when the output goes to a file.
setvbuf(stdout, nil, _IOLBF, 0)

let arguments = Array(CommandLine.arguments.dropFirst())
let markdown = arguments.contains("--markdown")
let givenSizes = arguments.filter { $0 != "--markdown" }
let sizes = givenSizes.isEmpty ? ["seeds", "1000", "5000", "20000"] : givenSizes
// Checked before the minutes of compiling start.
for size in sizes where size != "seeds" && Int(size) == nil {
    fatalError("sizes are numbers of codes, or 'seeds'; the one option is --markdown")
}
let toolFolder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
let errgen = toolFolder.appendingPathComponent("errgen").path
guard FileManager.default.isExecutableFile(atPath: errgen) else {
    fatalError("build errgen first: swift build -c release")
}
let work = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("errgen-bench-\(getpid())")
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: work) }

/// A progress line: on stdout, or on stderr when stdout is for the markdown section.
func report(_ line: String) {
    if markdown {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    } else {
        print(line)
    }
}

var figures = Figures()

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// The best of `count` timings of `body`.
func best(_ count: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<count {
        let start = ContinuousClock.now
        try body()
        times.append(seconds(ContinuousClock.now - start))
    }
    return times.min()!
}

func format(_ value: Double, _ unit: String) -> String {
    switch unit {
    case "ms": return String(format: "%.1f ms", value * 1000)
    case "s": return String(format: "%.2f s", value)
    case "ns": return String(format: "%.0f ns", value)
    case "MB": return String(format: "%.0f MB", value)
    case "billion": return String(format: "%.3f billion", value / 1e9)
    default: return String(format: "%.2f×", value)
    }
}

/// Bare enums with the same cases as the catalogues, and nothing else: the floor the
/// generated code's compile time is compared with, in files named like the generated ones.
/// They are laid out as the generated ones are: each namespace's enum in the catalogue's
/// caseless `…Codes` enum rather than nested in the umbrella (nested, the floor itself grows
/// with the square of the catalogue; see Documentation/Performance.md), declared in its body in the first file
/// and in an extension of it in later parts, so that the ratio measures what errgen adds to
/// the cases and not a layout.
func floorSources(_ catalogues: [NamedCatalogue]) -> [GeneratedFile] {
    catalogues.flatMap { catalogue -> [GeneratedFile] in
        let names = OutputLayout.outputFileNames(forCatalogue: catalogue.path, count: OutputLayout.partCount(forCatalogueOfSize: catalogue.byteCount))
        let namespaces = catalogue.namespaces.filter { !$0.entries.isEmpty }
        let holder = SwiftEmitter.codesTypeName(of: catalogue)
        var files = Array(repeating: "", count: names.count)
        files[0] += "public enum \(catalogue.typeName) {\n"
        for namespace in namespaces {
            files[0] += "    case n\(namespace.typeName)(\(holder).\(namespace.typeName))\n"
        }
        files[0] += "}\n\npublic enum \(holder) {\n"
        for part in 1..<files.count { files[part] = "extension \(holder) {\n" }
        for (namespace, part) in zip(namespaces, SwiftEmitter.parts(of: namespaces, count: names.count)) {
            files[part] += "    public enum \(namespace.typeName) {\n"
            for entry in namespace.entries { files[part] += "        case \(CaseNaming.escaped(entry.caseName))\n" }
            files[part] += "    }\n"
        }
        return zip(names, files).map { GeneratedFile(name: $0, contents: $1 + "}\n") }
    }
}

/// The index store and the clang module cache, shared by the run's compiles as a build's
/// targets share them: the first compile (ErrGenRuntime's) indexes the standard library and
/// Foundation and fills the cache, once per clean build, and the compiles measured after it do
/// not pay for that again.
let indexStore = work.appendingPathComponent("index")
let moduleCache = work.appendingPathComponent("ModuleCache")

/// The command SwiftPM 6.3 runs for a library target in a clean debug or release build on 2
/// cores (read from `swift build -v`), compiling `files` as the library module `name` against
/// the modules in `imports`, in a fresh `folder`. Like SwiftPM's, it compiles to objects and
/// links nothing: a library target is linked into the products that use it, which link
/// Foundation anyway.
func compileCommand(_ files: [String], module name: String, optimized: Bool, in folder: URL, imports: URL?) -> [String] {
    try? FileManager.default.removeItem(at: folder)
    try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var map: [String: [String: String]] = ["": ["swift-dependencies": folder.appendingPathComponent("primary.swiftdeps").path]]
    for (index, file) in files.enumerated() {
        let stem = folder.appendingPathComponent("\(index)").path
        map[file] = ["object": stem + ".swift.o", "dependencies": stem + ".d", "swift-dependencies": stem + ".swiftdeps",
                     "swiftmodule": stem + "~partial.swiftmodule", "diagnostics": stem + ".dia"]
    }
    if optimized {
        map[""]!["object"] = folder.appendingPathComponent("\(name).o").path
        map[""]!["dependencies"] = folder.appendingPathComponent("\(name).d").path
    }
    let mapPath = folder.appendingPathComponent("output-file-map.json")
    try! JSONSerialization.data(withJSONObject: map).write(to: mapPath)
    let mode = optimized
        ? ["-whole-module-optimization", "-num-threads", "2", "-serialize-diagnostics", "-O", "-j2", "-DSWIFT_PACKAGE"]
        : ["-incremental", "-enable-batch-mode", "-serialize-diagnostics", "-index-store-path", indexStore.path, "-Onone", "-enable-testing", "-j2",
           "-DSWIFT_PACKAGE", "-DDEBUG"]
    return ["swiftc", "-module-name", name, "-emit-dependencies", "-emit-module", "-emit-module-path", folder.appendingPathComponent("\(name).swiftmodule").path,
            "-output-file-map", mapPath.path, "-parse-as-library", "-c"] + files + (imports.map { ["-I", $0.path] } ?? []) + mode
        + ["-module-cache-path", moduleCache.path, "-parseable-output", "-emit-objc-header", "-emit-objc-header-path", folder.appendingPathComponent("\(name)-Swift.h").path,
           "-swift-version", "6", "-g", "-Xcc", "-fPIC", "-Xcc", "-g", "-package-name", "bench", "-Xcc", "-fno-omit-frame-pointer"]
}

/// Compiles `files` with `compileCommand`, timed.
func compile(_ files: [String], module name: String = "Gen", optimized: Bool, in folder: URL, imports: URL? = nil) -> ChildProcess.Measurement {
    let measurement = ChildProcess.run(compileCommand(files, module: name, optimized: optimized, in: folder, imports: imports))
    if measurement.status != 0 { fatalError("compile failed:\n\(measurement.output)") }
    return measurement
}

/// Whether callgrind can count the compiler's instructions here (valgrind is on the `PATH`).
let valgrindInstalled = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
    FileManager.default.isExecutableFile(atPath: "\($0)/valgrind")
}

/// The instructions the compiler's frontend jobs run to compile `files` with `compileCommand`,
/// counted by callgrind. Unlike time, the count does not move with the machine's load, so a
/// difference of a few percent shows in one run. callgrind cannot read the driver's debug
/// information, so the driver prints its jobs (`-###`) and each runs under callgrind alone,
/// one after another; a batch job's files are the ones the driver gives it in a real build.
func instructions(_ files: [String], optimized: Bool, in folder: URL, imports: URL? = nil) -> Int {
    let jobs = ChildProcess.run(compileCommand(files, module: "Gen", optimized: optimized, in: folder, imports: imports) + ["-###"])
    if jobs.status != 0 { fatalError("swiftc -### failed:\n\(jobs.output)") }
    var total = 0
    for job in jobs.output.split(separator: "\n") where job.contains(" -frontend ") {
        // The driver quotes each job's arguments for the shell.
        let counted = ChildProcess.run(["/bin/sh", "-c", "valgrind --tool=callgrind --callgrind-out-file=/dev/null " + job])
        guard counted.status == 0, let line = counted.output.split(separator: "\n").first(where: { $0.contains("Collected :") }),
              let count = Int(line.split(separator: " ").last ?? "") else {
            fatalError("callgrind failed on a compiler job:\n\(counted.output)")
        }
        total += count
    }
    return total
}

/// Links the objects of a `compile` in `folder` into `lib<name>.so`, for the run-time driver;
/// not timed, as SwiftPM links a library target only into a product.
func link(module name: String, in folder: URL, against imports: URL? = nil) {
    let objects = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".o") }.sorted()
    let search = imports.map { ["-L", $0.path, "-lErrGenRuntime", "-Xlinker", "-rpath", "-Xlinker", $0.path] } ?? []
    let result = ChildProcess.run(["swiftc", "-emit-library", "-o", folder.appendingPathComponent("lib\(name).so").path] + search + objects.map { folder.appendingPathComponent($0).path })
    if result.status != 0 { fatalError("link failed:\n\(result.output)") }
}

/// ErrGenRuntime, which generated code imports, built once per configuration as a consumer's
/// build does: its time is a cost per clean build, not per catalogue, so it is printed apart.
let runtimeSources: [String] = {
    let folder = URL(fileURLWithPath: "Sources/ErrGenRuntime")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    guard !names.isEmpty else { fatalError("run from the repository root: ErrGenRuntime's sources are in Sources/ErrGenRuntime") }
    return names.filter { $0.hasSuffix(".swift") }.sorted().map { folder.appendingPathComponent($0).path }
}()
let runtimeBuilds = [false, true].map { optimized in
    let folder = work.appendingPathComponent("runtime-\(optimized ? "O" : "Onone")")
    return (folder: folder, measurement: compile(runtimeSources, module: "ErrGenRuntime", optimized: optimized, in: folder))
}
link(module: "ErrGenRuntime", in: runtimeBuilds[1].folder)
figures.runtime = runtimeBuilds.map(\.measurement)
report("ErrGenRuntime, compiled once per clean build: -Onone \(format(runtimeBuilds[0].measurement.seconds, "s")), -O \(format(runtimeBuilds[1].measurement.seconds, "s"))\n")

func driverSource(typeName: String) -> String {
    """
    import ErrGenRuntime
    import Foundation
    import Gen

    let codes = try! String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8).split(separator: "\\n").map(String.init)
    let iterations = 1_000_000
    /// Nanoseconds per iteration of one pass of `body`.
    func nanoseconds(_ body: () -> Int) -> Double {
        let start = ContinuousClock.now
        let sink = body()
        let elapsed = ContinuousClock.now - start
        if sink == 42 { print("") }
        return (Double(elapsed.components.seconds) * 1e18 + Double(elapsed.components.attoseconds)) / 1e9 / Double(iterations)
    }
    let errors = codes.map(\(typeName).init(code:))
    // Keys of their own, as the table's are: a dictionary keyed by the very strings it is
    // queried with compares them by identity and never reads their bytes.
    let dictionary = Dictionary(uniqueKeysWithValues: codes.enumerated().map { (String(decoding: Array($1.utf8), as: UTF8.self), $0) })
    _ = \(typeName).allCases.count
    func lookup() -> Int {
        var known = 0
        for i in 0..<iterations { if case .unknown = \(typeName)(code: codes[i % codes.count]) {} else { known += 1 } }
        return known
    }
    func accessors() -> Int {
        var sum = 0
        for i in 0..<iterations {
            let e = errors[i % errors.count]
            sum &+= e.code.utf8.count &+ (e.status ?? 0) &+ e.message.utf8.count &+ (e.hint?.utf8.count ?? 0)
            sum &+= (e.docsURL == nil ? 0 : 1) &+ (e.category == nil ? 0 : 2) &+ (e.retryable == true ? 4 : 0)
        }
        return sum
    }
    func baseline() -> Int {
        var sum = 0
        for i in 0..<iterations { sum &+= dictionary[codes[i % codes.count]] ?? 0 }
        return sum
    }
    // Rounds of all three, best of each: the three see the machine alike, which drifts
    // from one second to the next.
    var best = [Double](repeating: .infinity, count: 3)
    for _ in 0..<7 {
        for (index, body) in [lookup, accessors, baseline].enumerated() {
            best[index] = min(best[index], nanoseconds(body))
        }
    }
    print(best[0], best[1], best[2])
    """
}

for size in sizes {
    // The catalogues: the repository's own, or one synthetic catalogue of `size` codes.
    var paths: [String] = []
    if size == "seeds" {
        let folder = URL(fileURLWithPath: "catalogues")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        paths = names.filter { $0.hasSuffix(".md") }.sorted().map { folder.appendingPathComponent($0).path }
        guard !paths.isEmpty else { fatalError("run from the repository root to benchmark catalogues/") }
    } else {
        let count = Int(size)!
        let path = work.appendingPathComponent("bench-\(count).md").path
        try SyntheticCatalogue(codeCount: count).markdown().write(toFile: path, atomically: true, encoding: .utf8)
        paths = [path]
    }
    let inputs = try paths.map { try Array(Data(contentsOf: URL(fileURLWithPath: $0))) }

    // Stages, in process, best of 5.
    var sources: [SourceText] = []
    var documents: [MarkdownDocument] = []
    var models: [Catalogue] = []
    var validated: [Catalogue] = []
    var named: [NamedCatalogue] = []
    var files: [GeneratedFile] = []
    let readTime = try best(5) { _ = try paths.map { try Data(contentsOf: URL(fileURLWithPath: $0)) } }
    let decodeTime = best(5) { sources = zip(paths, inputs).map { try! SourceText.decode($1, path: $0).get() } }
    let markdownTime = best(5) { documents = sources.map { MarkdownReader.read($0).0 } }
    // As Generator.catalogue(path:bytes:) does: the file's size decides how many files it makes.
    let modelTime = best(5) {
        models = zip(documents, inputs).map { CatalogueReader.read($0, stem: OutputLayout.stem(ofCatalogue: $0.path), fileName: OutputLayout.fileName(ofCatalogue: $0.path), byteCount: $1.count).0 }
    }
    // Named from the validated model, as errgen does: validation merges a code listed twice.
    let validateTime = best(5) { validated = models.map { Validation.validate($0).0 } }
    let nameTime = best(5) { named = validated.map { CaseNaming.assign($0).0 } }
    let emitTime = best(5) { files = Generator.files(for: named, access: .public) }
    let outputFolder = work.appendingPathComponent("out-\(size)")
    let writeTime = try best(5) {
        try? FileManager.default.removeItem(at: outputFolder)
        try OutputWriter.apply(OutputWriter.changes(for: files, in: outputFolder), in: outputFolder)
    }
    let codeCount = named.reduce(0) { $0 + $1.entries.count }

    // Whole process, fresh output folder each time.
    var processRuns: [ChildProcess.Measurement] = []
    for run in 0..<5 {
        let folder = work.appendingPathComponent("process-\(size)-\(run)").path
        let measurement = ChildProcess.run([errgen, "generate"] + paths + ["--output", folder])
        if measurement.status != 0 { fatalError("errgen failed:\n\(measurement.output)") }
        processRuns.append(measurement)
    }
    let process = processRuns.min { $0.seconds < $1.seconds }!
    let namespaceCount = named.reduce(0) { $0 + $1.namespaces.count }

    report("== \(size == "seeds" ? "seed catalogues" : "synthetic catalogue"): \(codeCount) codes in \(namespaceCount) namespaces")
    report("errgen whole process: \(format(process.seconds, "ms")), peak \(format(process.peakMegabytes, "MB"))")
    report("  stages: read \(format(readTime, "ms")), decode \(format(decodeTime, "ms")), markdown \(format(markdownTime, "ms")), model \(format(modelTime, "ms")), validate \(format(validateTime, "ms")), name \(format(nameTime, "ms")), emit \(format(emitTime, "ms")), write \(format(writeTime, "ms"))")

    // Compile time: generated code and floor, alternating, best of several: more for the
    // short compiles, whose minimum this machine's noise moves by a third in three tries.
    let floorFolder = work.appendingPathComponent("floor-\(size)")
    try FileManager.default.createDirectory(at: floorFolder, withIntermediateDirectories: true)
    let floorPaths = try floorSources(named).map { file in
        let path = floorFolder.appendingPathComponent(file.name).path
        try file.contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
    let generatedPaths = files.map { outputFolder.appendingPathComponent($0.name).path }
    let optimizedBuild = work.appendingPathComponent("gen-build-O-\(size)")
    var compiles: [Figures.Compile] = []
    for optimized in [false, true] {
        var generated: [ChildProcess.Measurement] = []
        var floor: [ChildProcess.Measurement] = []
        for _ in 0..<(codeCount > 5000 ? 1 : codeCount > 1000 ? 3 : 5) {
            floor.append(compile(floorPaths, optimized: optimized, in: work.appendingPathComponent("floor-build")))
            generated.append(compile(generatedPaths, optimized: optimized, in: optimized ? optimizedBuild : work.appendingPathComponent("gen-build"), imports: runtimeBuilds[optimized ? 1 : 0].folder))
        }
        let g = generated.min { $0.seconds < $1.seconds }!
        let f = floor.min { $0.seconds < $1.seconds }!
        report("compile \(optimized ? "-O (whole module)" : "-Onone (batch)   "): generated \(format(g.seconds, "s")) (CPU \(format(g.cpuSeconds, "s")), peak \(format(g.peakMegabytes, "MB"))), floor \(format(f.seconds, "s")) (CPU \(format(f.cpuSeconds, "s")), peak \(format(f.peakMegabytes, "MB"))): \(format(g.seconds / f.seconds, "x")) the floor (CPU \(format(g.cpuSeconds / f.cpuSeconds, "x")))")
        var compileFigures = Figures.Compile(optimized: optimized, generated: g, floor: f)
        // callgrind runs the compiler about fifty times slower: up to 1,000 codes it takes minutes.
        if valgrindInstalled && codeCount <= 1000 {
            let countFolder = work.appendingPathComponent("count-build")
            let generatedCount = instructions(generatedPaths, optimized: optimized, in: countFolder, imports: runtimeBuilds[optimized ? 1 : 0].folder)
            let floorCount = instructions(floorPaths, optimized: optimized, in: countFolder)
            compileFigures.instructions = (generatedCount, floorCount)
            report("  instructions (callgrind, every frontend job): generated \(format(Double(generatedCount), "billion")), floor \(format(Double(floorCount), "billion")): \(format(Double(generatedCount) / Double(floorCount), "x")) the floor")
        }
        compiles.append(compileFigures)
    }

    // Run time: the generated module at -O, called from another module with codes read at run time.
    // The -O build above is the library the driver links.
    let runtimeFolder = optimizedBuild
    link(module: "Gen", in: optimizedBuild, against: runtimeBuilds[1].folder)
    let primary = named.max { $0.entries.count < $1.entries.count }!
    let driverPath = runtimeFolder.appendingPathComponent("driver.swift").path
    try driverSource(typeName: primary.typeName).write(toFile: driverPath, atomically: true, encoding: .utf8)
    let codesPath = runtimeFolder.appendingPathComponent("codes.txt").path
    try primary.entries.map(\.code).joined(separator: "\n").write(toFile: codesPath, atomically: true, encoding: .utf8)
    let driver = runtimeFolder.appendingPathComponent("driver").path
    let runtimeLibrary = runtimeBuilds[1].folder.path
    let link = ChildProcess.run(["swiftc", "-O", "-I", runtimeFolder.path, "-L", runtimeFolder.path, "-lGen", "-Xlinker", "-rpath", "-Xlinker", runtimeFolder.path,
                                 "-I", runtimeLibrary, "-L", runtimeLibrary, "-lErrGenRuntime", "-Xlinker", "-rpath", "-Xlinker", runtimeLibrary, driverPath, "-o", driver])
    if link.status != 0 { fatalError("driver failed to build:\n\(link.output)") }
    let runtime = ChildProcess.run([driver, codesPath])
    let nanoseconds = runtime.output.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Double($0) }
    guard runtime.status == 0, nanoseconds.count == 3 else { fatalError("the run-time driver failed:\n\(runtime.output)") }
    report("run time (\(primary.typeName), \(primary.entries.count) codes, 1M calls): init(code:) \(format(nanoseconds[0], "ns")), all seven accessors \(format(nanoseconds[1], "ns")), Dictionary<String, Int> lookup \(format(nanoseconds[2], "ns")): init(code:) \(format(nanoseconds[0] / nanoseconds[2], "x")), accessors \(format(nanoseconds[1] / nanoseconds[2], "x")) the Dictionary")
    report("")
    figures.sizes.append(Figures.Size(
        seeds: size == "seeds", codeCount: codeCount, namespaceCount: namespaceCount, fileCount: files.count, process: process,
        stages: [("read", readTime), ("decode", decodeTime), ("markdown", markdownTime), ("model", modelTime), ("validate", validateTime),
                 ("name", nameTime), ("emit", emitTime), ("write", writeTime)],
        compiles: compiles,
        runTime: Figures.RunTime(typeName: primary.typeName, codeCount: primary.entries.count,
                                 lookup: nanoseconds[0], accessors: nanoseconds[1], dictionary: nanoseconds[2])))
}

if markdown {
    let version = ChildProcess.run(["swiftc", "--version"]).output.split(separator: "\n").first { $0.contains("Swift version") }
    print(figures.markdown(command: (["errgen-bench"] + arguments).joined(separator: " "), cores: ProcessInfo.processInfo.activeProcessorCount,
                           compiler: version.map(String.init) ?? "swiftc version unknown"), terminator: "")
}
