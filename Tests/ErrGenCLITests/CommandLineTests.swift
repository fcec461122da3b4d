import Foundation
import GenKit
import XCTest

/// The errgen binary as a build or CI runs it: exit statuses, where output goes, and what it
/// does to the output folder.
final class CommandLineTests: XCTestCase {
    static let shop = """
        ---
        errgen:
          type: Shop
        ---
        # Shop errors

        | Code | HTTP | Category | Message |
        |---|---|---|---|
        | SHOP.CART.0001 | 404 | business | Cart not found |
        | SHOP.CART.0002 | 503 | integration | Cart store unavailable |

        """

    static let usageTail = """
        Usage: errgen [generate] [<catalogue> ...] [--output <folder>] [--access <access>] [--config <file> | --no-config] [--check] [--all-parts] [--locked] [--regenerate-with <command>] [--quiet]
               errgen lint [<catalogue> ...] [--config <file> | --no-config]
               errgen dump [<catalogue> ...] [--config <file> | --no-config]
               errgen lock [<catalogue> ...] [--config <file> | --no-config] [--check] [--quiet]
               errgen diff (<old> <new> | <catalogue> --base <revision>) [--format <format>]
          See 'errgen --help' for more information.

        """

    var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    override func tearDown() {
        folder = nil
    }

    func errgen(_ arguments: String...) throws -> ProcessResult {
        try ErrGenCLITests.errgen(arguments, in: folder.url)
    }

    // MARK: Help, version, usage errors

    /// `errgen --help` describes the tool; a subcommand's help, asked for either way, its own.
    func testHelpAndVersionExitZeroOnStandardOutput() throws {
        let overviews = [
            nil: "OVERVIEW: Generate typed Swift error enums",
            "generate": "OVERVIEW: Generate Swift sources from catalogues",
            "lint": "OVERVIEW: Check catalogues and print every problem found",
            "dump": "OVERVIEW: Print the parsed catalogues as JSON",
        ]
        for (subcommand, overview) in overviews {
            let ways = subcommand.map { [[$0, "--help"], [$0, "-h"], ["help", $0]] } ?? [["--help"], ["-h"], ["help"]]
            for arguments in ways {
                let result = try ErrGenCLITests.errgen(arguments, in: folder.url)
                XCTAssertEqual(result.status, 0, "\(arguments)")
                XCTAssertTrue(result.stdout.hasPrefix(overview), "\(arguments): \(result.stdout)")
                XCTAssertTrue(result.stdout.contains("\nUSAGE: errgen \(subcommand ?? "[generate]") [<catalogue> ...]"), result.stdout)
                XCTAssertEqual(result.stderr, "", "\(arguments)")
            }
        }
        let version = try errgen("--version")
        XCTAssertEqual(version.status, 0)
        XCTAssertEqual(version.stdout, ErrGenCLITests.releasedVersion + "\n")
        XCTAssertEqual(version.stderr, "")
    }

    /// Usage errors exit 64 (EX_USAGE) with the message, the usage and where to find help, as
    /// swift-argument-parser's tools do.
    func testUsageErrorsExit64WithTheErrorUsageAndAHint() throws {
        try folder.write("catalogues/shop.errors.md", Self.shop)
        let cases: [([String], String)] = [
            (["--frobnicate"], "Unknown option '--frobnicate'"),
            (["--ouptut", "x"], "Unknown option '--ouptut'. Did you mean '--output'?"),
            (["--output"], "Missing value for '--output <folder>'"),
            (["-o", "--check"], "Missing value for '-o <folder>'"),
            (["--output="], "The value '' is invalid for '--output <folder>'"),
            (["--access", "open"], "The value 'open' is invalid for '--access <access>'; use public, package or internal"),
            (["--access=private"], "The value 'private' is invalid for '--access <access>'; use public, package or internal"),
            (["--check=yes"], "The option '--check' does not take any value, but 'yes' was specified."),
            (["lint", "--output", "x"], "'--output' applies to generate, not lint"),
            (["dump", "--check"], "'--check' applies to generate and lock, not dump"),
            (["nope.md"], "no such catalogue or folder 'nope.md'"),
            (["lnit"], "no such catalogue or folder 'lnit'. Did you mean the subcommand 'lint'?"),
            (["help", "dupm"], "Unknown subcommand 'dupm'. Did you mean 'dump'?"),
            (["lint", "--quiet"], "'--quiet' applies to generate and lock, not lint"),
            (["dump", "--all-parts"], "'--all-parts' applies to generate, not dump"),
            (["--config", "missing.yml"], "cannot read the configuration file 'missing.yml'"),
        ]
        for (arguments, message) in cases {
            let result = try ErrGenCLITests.errgen(arguments, in: folder.url)
            XCTAssertEqual(result.status, 64, "\(arguments)")
            XCTAssertEqual(result.stderr, "Error: \(message)\n" + Self.usageTail, "\(arguments)")
            XCTAssertEqual(result.stdout, "", "\(arguments)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Generated").path))
    }

    /// In a folder, the file name says what is a catalogue, as it does for the build plugin:
    /// a README beside it is not read, and a folder without one says how to name them.
    func testAFolderOfMarkdownWithoutCatalogueNamesIsAUsageErrorThatSaysHowToNameThem() throws {
        try folder.write("docs/README.md", "# Not a catalogue\n\n| Code | Message |\n|---|---|\n| a | A |\n")
        try folder.write("docs/shop.md", Self.shop)
        let result = try errgen("docs")
        XCTAssertEqual(result.status, 64)
        XCTAssertEqual(result.stderr, "Error: no catalogues in 'docs'; in a folder, a catalogue is a markdown file named errors.md or <name>.errors.md; name one on the command line to read it whatever its name (such as 'docs/README.md', 'docs/shop.md')\n" + Self.usageTail)

        // Named as a catalogue, it is read; the README beside it still is not.
        try FileManager.default.moveItem(at: folder.url.appendingPathComponent("docs/shop.md"), to: folder.url.appendingPathComponent("docs/Shop.Errors.md"))
        let named = try errgen("docs")
        XCTAssertEqual(named.status, 0, named.stderr)
        XCTAssertEqual(FolderSnapshot(folder.url.appendingPathComponent("Generated")).files.keys.sorted(), ["Shop.errgen.swift"])
        // Named on the command line, a file is read whatever its name.
        XCTAssertEqual(try errgen("docs/README.md", "--check").status, 1)
    }

    // MARK: Generating

    /// A run says what it did in one line on standard error (stdout stays free for tools), and
    /// `--quiet` leaves only the diagnostics.
    func testGenerateWritesFilesAndASummaryAndDiagnosticsGoToStandardError() throws {
        try folder.write("catalogues/shop.errors.md", Self.shop)
        let result = try errgen()
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, "errgen: 1 catalogue, 2 codes → Generated: 1 file written, 0 unchanged; 1 lock file written\n")
        XCTAssertEqual(FolderSnapshot(folder.url.appendingPathComponent("Generated")).files.keys.sorted(), ["shop.errgen.swift"])

        try folder.write("catalogues/other.errors.md", Self.shop.replacingOccurrences(of: "type: Shop", with: "type: Other"))
        XCTAssertEqual(try errgen().stderr, "errgen: 2 catalogues, 4 codes → Generated: 1 file written, 1 unchanged; 1 lock file written\n")
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("catalogues/other.errors.md"))
        XCTAssertEqual(try errgen().stderr, "errgen: 1 catalogue, 2 codes → Generated: 0 files written, 1 unchanged, 1 removed\n")
        XCTAssertEqual(try errgen("--check").stderr, "errgen: 1 catalogue, 2 codes → Generated: up to date\n")
        XCTAssertEqual(try errgen("--quiet").stderr, "")
        XCTAssertEqual(try errgen("--check", "-q").stderr, "")

        try folder.write("catalogues/shop.errors.md", Self.shop.replacingOccurrences(of: "| 503 | integration |", with: "| 503 | validation |"))
        let warned = try errgen("--quiet")
        XCTAssertEqual(warned.status, 0)
        XCTAssertEqual(warned.stdout, "")
        XCTAssertEqual(warned.stderr, "catalogues/shop.errors.md:10:3: warning: 'SHOP.CART.0002' has status 503 but category 'validation'; a server error is rarely the caller's validation problem\n")
    }

    /// A generated file's first line names the command that writes it again: the command line
    /// as given (without options that change nothing in the output), or what a plugin names.
    func testTheFirstLineNamesTheCommandThatRegenerates() throws {
        try folder.write("catalogues/shop.errors.md", Self.shop)
        func firstLine(_ arguments: String...) throws -> String {
            XCTAssertEqual(try ErrGenCLITests.errgen(arguments + ["-q"], in: folder.url).status, 0)
            let output = arguments.firstIndex(of: "--output").map { arguments[$0 + 1] } ?? "Generated"
            let text = try String(contentsOf: folder.url.appendingPathComponent(output + "/shop.errgen.swift"), encoding: .utf8)
            return String(text.prefix { $0 != "\n" })
        }
        XCTAssertEqual(try firstLine(), "// Generated by errgen from shop.errors.md. Do not edit; regenerate with `errgen`.")
        XCTAssertEqual(try firstLine("catalogues/shop.errors.md", "--output", "Out Dir", "--access", "internal", "--no-config"),
                       "// Generated by errgen from shop.errors.md. Do not edit; regenerate with `errgen catalogues/shop.errors.md --output 'Out Dir' --access internal --no-config`.")
        XCTAssertEqual(try firstLine("--regenerate-with", "swift build"), "// Generated by errgen from shop.errors.md. Do not edit; regenerate with `swift build`.")
    }

    func testUnchangedFilesKeepTheirBytesAndModificationTimes() throws {
        try folder.write("catalogues/shop.errors.md", Self.shop)
        try folder.write("catalogues/other.errors.md", Self.shop.replacingOccurrences(of: "type: Shop", with: "type: Other"))
        XCTAssertEqual(try errgen().status, 0)
        let output = folder.url.appendingPathComponent("Generated")
        FolderSnapshot.age(output)
        let before = FolderSnapshot(output)
        let again = try errgen()
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(FolderSnapshot(output), before)

        // Changing one catalogue rewrites its file only.
        try folder.write("catalogues/other.errors.md", Self.shop.replacingOccurrences(of: "type: Shop", with: "type: Other").replacingOccurrences(of: "Cart not found", with: "No cart"))
        XCTAssertEqual(try errgen().status, 0)
        let after = FolderSnapshot(output)
        XCTAssertEqual(after.files["shop.errgen.swift"], before.files["shop.errgen.swift"])
        XCTAssertNotEqual(after.files["other.errgen.swift"], before.files["other.errgen.swift"])
    }

    /// A catalogue over 128 KiB is written in parts, named as the build plugin expects them
    /// (it names a command's outputs before errgen runs), which compile together.
    func testALargeCatalogueIsWrittenInPartsThatCompileTogether() throws {
        let text = Self.big
        XCTAssertGreaterThan(text.utf8.count, 2 * 131_072)
        try folder.write("catalogues/big.errors.md", text)
        let result = try errgen()
        XCTAssertEqual(result.status, 0, result.stderr)
        let names = FolderSnapshot(folder.url.appendingPathComponent("Generated")).files.keys.sorted()
        XCTAssertEqual(names, ["big+2.errgen.swift", "big+3.errgen.swift", "big.errgen.swift"])
        XCTAssertEqual(names, OutputLayout.outputFileNames(forCatalogue: "catalogues/big.errors.md", count: 3).sorted())
        let check = try runProcess(swiftc, ["-typecheck", "-swift-version", "6", "-warnings-as-errors"] + RuntimeModule.flags() + names.map { "Generated/" + $0 }, in: folder.url, timeout: 600)
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertEqual(try errgen("--check").status, 0)
    }

    /// With `--all-parts`, as the build plugin runs it, every catalogue has the same eight files
    /// whatever its size (the plugin names them before errgen reads anything): the parts its
    /// codes fill, then empty ones; all of them compile together.
    func testAllPartsWritesEveryCatalogueAsTheSameFilesWhateverItsSize() throws {
        try folder.write("catalogues/big.errors.md", Self.big)
        try folder.write("catalogues/shop.errors.md", Self.shop)
        let result = try errgen("--all-parts")
        XCTAssertEqual(result.status, 0, result.stderr)
        let files = FolderSnapshot(folder.url.appendingPathComponent("Generated")).files
        let expected = OutputLayout.outputFileNames(forCatalogue: "big.errors.md", count: 8) + OutputLayout.outputFileNames(forCatalogue: "shop.errors.md", count: 8)
        XCTAssertEqual(files.keys.sorted(), expected.sorted())
        XCTAssertEqual(files["shop+2.errgen.swift"].map { String(decoding: $0.bytes, as: UTF8.self) }, """
            // Generated by errgen from shop.errors.md, part 2 of 8. Do not edit; regenerate with `errgen --all-parts`.
            // Empty: the catalogue fills one file.

            """)
        XCTAssertTrue(String(decoding: files["big+3.errgen.swift"]?.bytes ?? Data(), as: UTF8.self).contains("extension BigErrorCodes {"))
        XCTAssertTrue(String(decoding: files["big+4.errgen.swift"]?.bytes ?? Data(), as: UTF8.self).hasSuffix("Empty: the catalogue fills 3 files.\n"))
        let check = try runProcess(swiftc, ["-typecheck", "-swift-version", "6", "-warnings-as-errors"] + RuntimeModule.flags() + files.keys.sorted().map { "Generated/" + $0 }, in: folder.url, timeout: 600)
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertEqual(try errgen("--all-parts", "--check").status, 0)
        // Without it, the empty files are no longer errgen's output: a plain run removes them.
        XCTAssertEqual(try errgen("--check").status, 1)
    }

    /// A catalogue of 20 namespaces of 120 codes, `BigError`, large enough to be written in three parts.
    static let big: String = {
        var text = "---\nerrgen:\n  type: Big\n---\n"
        for area in 0..<20 {
            text += "\n## Area \(area)\n\n| Code | HTTP | Message | Hint |\n|---|---|---|---|\n"
            for code in 0..<120 {
                text += "| AREA\(area)_CODE_\(code) | 400 | Message \(code) of area \(area), as long as a real one | Do what the message says, then try again. |\n"
            }
        }
        return text
    }()

    /// In a target whose default isolation is the main actor (SwiftPM's `defaultIsolation`, new
    /// Xcode app targets), code of no isolation uses every generated declaration: the umbrella,
    /// the namespace enums of each part, their conformances and the table they read.
    func testTheGeneratedTypesServeNonisolatedCodeInAMainActorTarget() throws {
        try folder.write("catalogues/big.errors.md", Self.big)
        let result = try errgen()
        XCTAssertEqual(result.status, 0, result.stderr)
        try folder.write("Consumer.swift", """
            import ErrGenRuntime

            nonisolated func describe(_ code: String) -> String {
                let error = BigError(code: code)
                let inLastPart = BigError.Area19(code: code)
                return "\\(error.code) \\(error.status ?? 0) \\(error.message) \\(inLastPart?.hint ?? "") \\(Set([error]).count)"
            }

            nonisolated func everyCode() async -> [String] {
                await Task.detached { BigError.allCases.map(\\.code) }.value
            }

            """)
        let names = FolderSnapshot(folder.url.appendingPathComponent("Generated")).files.keys.sorted()
        XCTAssertEqual(names.count, 3)
        for mode in ["5", "6"] {
            let check = try runProcess(swiftc, ["-typecheck", "-swift-version", mode, "-strict-concurrency=complete", "-warnings-as-errors", "-default-isolation", "MainActor"]
                + RuntimeModule.flags() + names.map { "Generated/" + $0 } + ["Consumer.swift"], in: folder.url, timeout: 600)
            XCTAssertEqual(check.status, 0, "Swift \(mode): \(check.stderr)")
        }
    }

    /// The umbrella's `switch`es compile warning-free on each side of their limits: 64
    /// namespaces fill `_Namespace64` (no `default`, which would never run), 65 switch over the
    /// number, and beyond 256 each `switch` has a `default`, without which the compiler gives up
    /// proving it exhaustive (at 700 namespaces, measured).
    func testTheUmbrellaSwitchesCompileOnEachSideOfTheirLimits() throws {
        for count in [64, 65, 1025] {
            var text = "---\nerrgen:\n  type: Areas\(count)\n---\n"
            for area in 0..<count {
                text += "\n## Area \(area)\n\n| Code | Message |\n|---|---|\n| A\(count)_\(area) | Message of area \(area) |\n"
            }
            try folder.write("catalogues/areas\(count).errors.md", text)
        }
        let result = try errgen()
        XCTAssertEqual(result.status, 0, result.stderr)
        for (count, subject) in [(64, "_Namespace64(namespace)"), (65, "namespace"), (1025, "namespace")] {
            let umbrella = try String(contentsOf: folder.url.appendingPathComponent("Generated/areas\(count).errgen.swift"), encoding: .utf8)
            XCTAssertTrue(umbrella.contains("\n        switch \(subject) {\n"), "\(count) namespaces switch over \(subject)")
            XCTAssertTrue(umbrella.contains(subject == "namespace" ? "\n        case \(count - 1): self = " : "\n        case .n\(count - 1): self = "), "\(count)")
            XCTAssertEqual(umbrella.contains("default: preconditionFailure(\"not a namespace of the catalogue\")"), count != 64, "\(count)")
            XCTAssertEqual(umbrella.contains("default: preconditionFailure(\"not a case of the catalogue\")"), count > 256, "\(count)")
        }
        let names = FolderSnapshot(folder.url.appendingPathComponent("Generated")).files.keys.sorted()
        let check = try runProcess(swiftc, ["-typecheck", "-swift-version", "6", "-warnings-as-errors"] + RuntimeModule.flags() + names.map { "Generated/" + $0 }, in: folder.url, timeout: 600)
        XCTAssertEqual(check.status, 0, check.stderr)
    }

    func testStaleGeneratedFilesAreRemovedAndOtherFilesKept() throws {
        try folder.write("catalogues/shop.errors.md", Self.shop)
        try folder.write("Generated/gone.errgen.swift", "// from a catalogue that was deleted\n")
        try folder.write("Generated/ErrGenSupport.swift", "// the support types that now come from ErrGenRuntime\n")
        try folder.write("Generated/Handwritten.swift", "// kept\n")
        try folder.write("Generated/notes.txt", "kept\n")
        let result = try errgen()
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(FolderSnapshot(folder.url.appendingPathComponent("Generated")).files.keys.sorted(),
                       ["Handwritten.swift", "notes.txt", "shop.errgen.swift"])
    }

    func testCheckWritesNothingAndFailsOnlyWhenStale() throws {
        try folder.write("catalogues/shop.errors.md", Self.shop)
        let output = folder.url.appendingPathComponent("Generated")

        let missing = try errgen("--check")
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, """
            catalogues/shop.errgen.lock: error: out of date with its catalogue; run errgen to record the names
            Generated/shop.errgen.swift: error: out of date with its catalogue; run errgen to regenerate

            """)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))

        XCTAssertEqual(try errgen().status, 0)
        FolderSnapshot.age(output)
        let fresh = FolderSnapshot(output)
        let check = try errgen("--check", "--quiet")
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertEqual(check.stderr, "")
        XCTAssertEqual(FolderSnapshot(output), fresh)

        try folder.write("catalogues/shop.errors.md", Self.shop.replacingOccurrences(of: "Cart not found", with: "No cart"))
        try folder.write("Generated/gone.errgen.swift", "// stale\n")
        FolderSnapshot.age(output)
        let stale = FolderSnapshot(output)
        let failed = try errgen("--check")
        XCTAssertEqual(failed.status, 1)
        // The message's edit keeps the case's name, which the lock records.
        XCTAssertEqual(failed.stderr, """
            catalogues/shop.errors.md:9:3: warning: 'SHOP.CART.0001' keeps its recorded name 'cartNotFound'; its text now gives 'noCart' (edit its line in catalogues/shop.errgen.lock, or pin a name in the front matter, to rename it)
            Generated/shop.errgen.swift: error: out of date with its catalogue; run errgen to regenerate
            Generated/gone.errgen.swift: error: no catalogue generates this file any more; run errgen to remove it

            """)
        XCTAssertEqual(FolderSnapshot(output), stale)
    }

    func testLintPrintsEveryProblemOfEveryCatalogue() throws {
        try folder.write("catalogues/a.errors.md", "---\nerrgen:\n  type: A\n---\n| Code | HTTP | Message |\n|---|---|---|\n| a | 4O4 | A |\n| b | 404 |  |\n")
        try folder.write("catalogues/b.errors.md", "---\nerrgen:\n  type: B\n  typo: x\n---\n| Code | Category | Message |\n|---|---|---|\n| a | bussiness | A |\n")
        let result = try errgen("lint")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, """
            catalogues/a.errors.md:7:7: warning: '4O4' is not an HTTP status (100–599); the status is kept as the note '4O4' (write statuses as '404' or '500/503')
            catalogues/b.errors.md:4:3: error: unknown setting 'typo' under 'errgen:'; did you mean 'type'?
            catalogues/b.errors.md:8:7: warning: category 'bussiness' is kept as written; did you mean 'business'?
            errgen: 1 error

            """)
        try folder.write("catalogues/a.errors.md", Self.shop)
        try folder.write("catalogues/b.errors.md", Self.shop.replacingOccurrences(of: "type: Shop", with: "type: B"))
        let clean = try errgen("lint")
        XCTAssertEqual(clean.status, 0)
        XCTAssertEqual(clean.stderr, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Generated").path))
    }

    func testDumpPrintsJSONOnStandardOutput() throws {
        try folder.write("catalogues/shop.errors.md", Self.shop)
        let result = try errgen("dump")
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stderr, "")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let catalogues = try XCTUnwrap(json["catalogues"] as? [[String: Any]])
        XCTAssertEqual(catalogues.first?["type"] as? String, "ShopError")
    }

    // MARK: Malformed catalogues

    /// Each catalogue problem the issue lists exits 1 with the error at its line and column,
    /// and leaves the output of the last good run exactly as it was.
    func testMalformedCataloguesExitOneAndLeaveTheOutputFolderAsItWas() throws {
        let frontMatter = "---\nerrgen:\n  type: Shop\n---\n"
        let table = "| Code | HTTP | Category | Retryable | Message |\n|---|---|---|---|---|\n"
        let cases: [(name: String, bytes: Data, error: String)] = [
            ("column that no table has", Data((frontMatter.replacingOccurrences(of: "  type: Shop\n", with: "  type: Shop\n  columns: {code: Identifer}\n") + "| Identifier | Message |\n|---|---|\n| a | A |\n").utf8),
             "catalogues/shop.errors.md:4:12: error: 'columns:' names 'Identifer' for code, but no table has that header; did you mean 'Identifier'?"),
            ("heading that the page lacks", Data((frontMatter.replacingOccurrences(of: "  type: Shop\n", with: "  type: Shop\n  tables:\n    - Eror codes\n") + "## Error codes\n\n| Code | Message |\n|---|---|\n| a | A |\n").utf8),
             "catalogues/shop.errors.md:5:7: error: no heading 'Eror codes' in this page; did you mean 'Error codes'?"),
            ("unclosed front matter", Data("---\nerrgen:\n  type: Shop\n\n| Code | Message |\n|---|---|\n| a | A |\n".utf8),
             "catalogues/shop.errors.md:1:1: error: front matter is never closed"),
            ("unknown setting", Data("---\nerrgen:\n  type: Shop\n  namespace:\n    A: B\n---\n".utf8),
             "catalogues/shop.errors.md:4:3: error: unknown setting 'namespace' under 'errgen:'; did you mean 'namespaces'?"),
            ("invalid UTF-8", Data(frontMatter.utf8) + Data([0x7C, 0x20, 0xC0, 0x80]),
             "catalogues/shop.errors.md:5:3: error: invalid UTF-8 byte 0xC0"),
            ("namespace type names", Data((frontMatter + "## Auth\n\n" + table + "| a | 404 | auth | no | A |\n\n## AUTH\n\n" + table + "| b | 404 | auth | no | B |\n").utf8),
             "catalogues/shop.errors.md:11:1: error: namespaces 'Auth' and 'AUTH' would both be named 'Auth'"),
            ("umbrella case names", Data((frontMatter + "## ABC def\n\n" + table + "| a | 404 | auth | no | A |\n\n## Abc def\n\n" + table + "| b | 404 | auth | no | B |\n").utf8),
             "catalogues/shop.errors.md:11:1: error: namespaces 'ABC def' and 'Abc def' would both be the case 'abcDef' of 'ShopError'"),
            ("type name", Data("---\nerrgen:\n  type: Unknown Code\n---\n| Code | Message |\n|---|---|\n| a | A |\n".utf8),
             "catalogues/shop.errors.md:3:9: error: 'Unknown CodeError' cannot name the catalogue's type"),
        ]
        try folder.write("catalogues/shop.errors.md", Self.shop)
        XCTAssertEqual(try errgen().status, 0)
        let output = folder.url.appendingPathComponent("Generated")
        try folder.write("Generated/gone.errgen.swift", "// stale, but only a good run may remove it\n")
        FolderSnapshot.age(output)
        let before = FolderSnapshot(output)
        for (name, bytes, error) in cases {
            try folder.write("catalogues/shop.errors.md", bytes: bytes)
            for arguments in [[], ["--check"], ["lint"]] {
                let result = try ErrGenCLITests.errgen(arguments, in: folder.url)
                XCTAssertEqual(result.status, 1, "\(name) \(arguments)")
                XCTAssertTrue(result.stderr.hasPrefix(error), "\(name) \(arguments): \(result.stderr)")
                XCTAssertEqual(result.stdout, "", "\(name)")
            }
            XCTAssertEqual(FolderSnapshot(output), before, name)
        }
    }

    /// What a reader understands is read, whatever its shape, with a warning where errgen
    /// was unsure: the run succeeds and writes its output.
    func testOddButReadableCataloguesAreWrittenWithWarnings() throws {
        let frontMatter = "---\nerrgen:\n  type: Shop\n---\n"
        let table = "| Code | HTTP | Category | Retryable | Message |\n|---|---|---|---|---|\n"
        let cases: [(name: String, text: String, warning: String?)] = [
            ("repeated code", frontMatter + table + "| a | 404 | auth | no | A |\n| a | 404 | auth | no | B |\n",
             "catalogues/shop.errors.md:8:3: warning: 'a' is listed again with another message; the first listing's is kept"),
            ("status", frontMatter + table + "| a | 4O4 | auth | no | A |\n", "catalogues/shop.errors.md:7:7: warning: '4O4' is not an HTTP status"),
            ("category typo", frontMatter + table + "| a | 404 | bussiness | no | A |\n", "catalogues/shop.errors.md:7:13: warning: category 'bussiness' is kept as written; did you mean 'business'?"),
            ("own category", frontMatter + table + "| a | 404 | non-standard | no | A |\n", nil),
            ("retryable", frontMatter + table + "| a | 404 | auth | perhaps | A |\n", "catalogues/shop.errors.md:7:20: warning: unreadable retryable value 'perhaps'"),
            ("continuation row", frontMatter + table + "| a | 404 | auth | no | A |\n|  | | | | more about a |\n", nil),
            ("missing message", frontMatter + table + "| a | 404 | auth | no |  |\n", nil),
            ("no message column", frontMatter + "| Code | HTTP |\n|---|---|\n| a | 404 |\n", nil),
            ("no codes at all", frontMatter + "Prose only.\n\n| Event | Payload |\n|---|---|\n| cart.created | id |\n",
             "catalogues/shop.errors.md:1:1: warning: no error codes found in 'catalogues/shop.errors.md' (read 0 of 1 tables)"),
        ]
        for (name, text, warning) in cases {
            try folder.write("catalogues/shop.errors.md", text)
            let result = try errgen("--quiet")
            XCTAssertEqual(result.status, 0, "\(name): \(result.stderr)")
            if let warning {
                XCTAssertTrue(result.stderr.hasPrefix(warning), "\(name): \(result.stderr)")
            } else {
                XCTAssertEqual(result.stderr, "", name)
            }
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Generated/shop.errgen.swift").path), name)
        }
    }

    func testLintExplainsEachTableItSkippedOrGuessed() throws {
        try folder.write("catalogues/shop.errors.md", """
            ---
            errgen:
              type: Shop
            ---
            # Shop errors

            ## Gateway opcodes

            | Code | Name | Description |
            |---|---|---|
            | 1 | Heartbeat | Keeps the connection alive. |

            ## Failures

            | Error | Details |
            |---|---|
            | CART_MISSING | The cart does not exist. |

            """)
        let lint = try errgen("lint")
        XCTAssertEqual(lint.status, 0)
        XCTAssertEqual(lint.stderr, """
            catalogues/shop.errors.md:9:1: note: table skipped: its heading 'Gateway opcodes' names opcodes, not errors
            catalogues/shop.errors.md:15:1: note: table read as errors; the codes are in 'Error' (name columns under 'columns:' in the front matter to change this)

            """)
        let generate = try errgen("--quiet")
        XCTAssertEqual(generate.status, 0)
        XCTAssertEqual(generate.stderr, "", "notes are lint's; a generating run prints no notes")
    }

    func testAnOutputFolderThatCannotBeCreatedFailsWithoutWriting() throws {
        try folder.write("catalogues/shop.errors.md", Self.shop)
        try folder.write("Generated", "a file where the output folder should be\n")
        let before = FolderSnapshot(folder.url)
        let result = try errgen()
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("error: cannot create the output folder"), result.stderr)
        XCTAssertEqual(FolderSnapshot(folder.url), before)
    }

    func testAFolderWhereAFileGoesFailsWithoutWritingAndStaleFoldersAreKept() throws {
        try folder.write("catalogues/a.errors.md", Self.shop.replacingOccurrences(of: "type: Shop", with: "type: A"))
        try folder.write("catalogues/b.errors.md", Self.shop.replacingOccurrences(of: "type: Shop", with: "type: B"))
        try folder.write("Generated/a.errgen.swift", "// stale: the run would rewrite it\n")
        try folder.write("Generated/b.errgen.swift/notes.txt", "a folder where b's file goes\n")
        try folder.write("Generated/old.errgen.swift/keep.txt", "a folder named like a stale file\n")
        let output = folder.url.appendingPathComponent("Generated")
        FolderSnapshot.age(output)
        let before = FolderSnapshot(output)
        let result = try errgen()
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("error: cannot replace '"), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix("Generated/b.errgen.swift': it is not a file; move it out of the output folder\n"), result.stderr)
        XCTAssertEqual(FolderSnapshot(output), before)

        try FileManager.default.removeItem(at: output.appendingPathComponent("b.errgen.swift"))
        XCTAssertEqual(try errgen().status, 0)
        XCTAssertEqual(FolderSnapshot(output).files.keys.sorted(), ["a.errgen.swift", "b.errgen.swift", "old.errgen.swift/keep.txt"])
    }

    // MARK: Output file names

    /// Whatever a catalogue is called and wherever it is, its file lands in the output folder.
    func testOutputFileNamesNeverLeaveTheOutputFolder() throws {
        let work = folder.url.appendingPathComponent("work")
        let cases: [(path: String, file: String)] = [
            ("../x.md", "x.errgen.swift"),
            ("a/../../y.md", "y.errgen.swift"),
            ("docs/my errors.md", "my_errors.errgen.swift"),
            ("docs/erreurs-é.md", "erreurs-_.errgen.swift"),
            ("docs/v1.2.errors.md", "v1.2.errgen.swift"),
            ("docs/..md", "catalogue.errgen.swift"),
            ("docs/.md", ".md.errgen.swift"),
            ("docs/a\\..\\..\\z.md", "z.errgen.swift"),
        ]
        for (index, (path, file)) in cases.enumerated() {
            let catalogue = work.appendingPathComponent(path).standardizedFileURL
            try FileManager.default.createDirectory(at: catalogue.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(Self.shop.replacingOccurrences(of: "type: Shop", with: "type: T\(index)").utf8).write(to: catalogue)
            try FileManager.default.createDirectory(at: work.appendingPathComponent("a"), withIntermediateDirectories: true)
            let before = FolderSnapshot(folder.url)
            let result = try ErrGenCLITests.errgen([path, "--output", "out"], in: work)
            XCTAssertEqual(result.status, 0, "\(path): \(result.stderr)")
            var after = FolderSnapshot(folder.url)
            XCTAssertNotNil(after.files.removeValue(forKey: "work/out/" + file), "\(path): \(after)")
            // Besides the output, errgen writes the catalogue's lock file, beside the catalogue.
            let lock = catalogue.deletingLastPathComponent().appendingPathComponent(URL(fileURLWithPath: OutputLayout.lockPath(forCatalogue: path)).lastPathComponent)
            XCTAssertNotNil(after.files.removeValue(forKey: String(lock.path.dropFirst(folder.url.standardizedFileURL.path.count + 1))), "\(path): \(after)")
            XCTAssertEqual(after.files.keys.sorted(), before.files.keys.filter { !$0.hasPrefix("work/out/") }.sorted(), path)
            try FileManager.default.removeItem(at: work.appendingPathComponent("out"))
        }
    }

    func testACatalogueNamedTwiceIsReadOnce() throws {
        try folder.write("catalogues/shop.errors.md", Self.shop)
        let result = try errgen("catalogues/shop.errors.md", "./catalogues/shop.errors.md", "catalogues")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "errgen: 1 catalogue, 2 codes → Generated: 1 file written, 0 unchanged; 1 lock file written\n")
    }
}
