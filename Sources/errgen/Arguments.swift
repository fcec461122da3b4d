import GenKit

/// The parsed command line. Follows swift-argument-parser's conventions: `--name value` or
/// `--name=value`, `--` ends options, usage errors say what was wrong and how to get help.
struct Arguments: Equatable {
    enum Subcommand: String, CaseIterable {
        case generate, lint, dump, diff, lock
    }

    var subcommand: Subcommand = .generate
    /// Whether the command line names the subcommand (`errgen generate`), rather than
    /// defaulting to generate.
    var subcommandNamed = false
    var inputs: [String] = []
    var output: String?
    var access: AccessLevel?
    var config: String?
    var noConfig = false
    var check = false
    var allParts = false
    var quiet = false
    var locked = false
    var regenerateWith: String?
    var base: String?
    var format: DiffReport.Format = .text
    var help = false
    var version = false

    struct UsageError: Error, Equatable {
        var message: String

        /// EX_USAGE, as swift-argument-parser's tools exit on a usage error.
        static let exitStatus: Int32 = 64

        /// The message as swift-argument-parser prints one: the error, the usage, and where
        /// to find help.
        var rendered: String {
            "Error: \(message)\nUsage: \(Arguments.usage)\n  See 'errgen --help' for more information."
        }
    }

    /// The options that take a value, with the value's name in messages.
    static let valueNames = ["-o": "<folder>", "--output": "<folder>", "--config": "<file>", "--access": "<access>", "--base": "<revision>", "--format": "<format>", "--regenerate-with": "<command>"]
    static let flags = ["-h", "--help", "--version", "--check", "--no-config", "--all-parts", "-q", "--quiet", "--locked"]

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        if let first = rest.first, let subcommand = Subcommand(rawValue: first) {
            self.subcommand = subcommand
            subcommandNamed = true
            rest = rest.dropFirst()
        } else if rest.first == "help" {
            help = true
            rest = rest.dropFirst()
            if let name = rest.popFirst() {
                guard let subcommand = Subcommand(rawValue: name) else {
                    throw UsageError(message: "Unknown subcommand '\(name)'" + (Self.closestSubcommand(to: name).map { ". Did you mean '\($0)'?" } ?? ""))
                }
                self.subcommand = subcommand
                subcommandNamed = true
            }
        }
        var optionsEnded = false
        while let argument = rest.popFirst() {
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                inputs.append(argument)
                continue
            }
            var name = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            func value() throws -> String {
                let option = "'\(name) \(Self.valueNames[name] ?? "")'"
                var value = inlineValue
                if value == nil, let next = rest.first, !next.hasPrefix("-") || next == "-" {
                    value = next
                    rest = rest.dropFirst()
                }
                guard let value else { throw UsageError(message: "Missing value for \(option)") }
                // An empty folder would be the current one, which errgen would then clean.
                guard !value.isEmpty else { throw UsageError(message: "The value '' is invalid for \(option)") }
                return value
            }
            func flag() throws {
                if let inlineValue { throw UsageError(message: "The option '\(name)' does not take any value, but '\(inlineValue)' was specified.") }
            }
            switch name {
            case "--":
                optionsEnded = true
            case "-h", "--help":
                try flag()
                help = true
            case "--version":
                try flag()
                version = true
            case "--check":
                try flag()
                check = true
            case "--all-parts":
                try flag()
                allParts = true
            case "--locked":
                try flag()
                locked = true
            case "-q", "--quiet":
                try flag()
                quiet = true
            case "-o", "--output":
                output = try value()
            case "--config":
                config = try value()
            case "--base":
                base = try value()
            case "--regenerate-with":
                regenerateWith = try value()
            case "--format":
                let text = try value()
                guard let format = DiffReport.Format(rawValue: text) else {
                    throw UsageError(message: "The value '\(text)' is invalid for '--format <format>'; use \(DiffReport.Format.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                self.format = format
            case "--no-config":
                try flag()
                noConfig = true
            case "--access":
                let text = try value()
                guard let level = AccessLevel(rawValue: text) else {
                    throw UsageError(message: "The value '\(text)' is invalid for '--access <access>'; use public, package or internal")
                }
                access = level
            default:
                let known = Suggestion(candidates: Self.flags + Self.valueNames.keys)
                throw UsageError(message: "Unknown option '\(name)'" + (known.closest(to: name).map { ". Did you mean '\($0)'?" } ?? ""))
            }
        }
        if noConfig && config != nil {
            throw UsageError(message: "'--config' and '--no-config' cannot be used together")
        }
        if subcommand != .diff {
            if base != nil { throw UsageError(message: "'--base' applies to diff, not \(subcommand.rawValue)") }
            if format != .text { throw UsageError(message: "'--format' applies to diff, not \(subcommand.rawValue)") }
        } else if !help {
            let expected = base == nil ? 2 : 1
            if inputs.count != expected {
                throw UsageError(message: base == nil ? "diff compares two catalogues, <old> <new>, or one with '--base <revision>'" : "diff with '--base' takes one catalogue")
            }
        }
        if subcommand != .generate {
            if regenerateWith != nil { throw UsageError(message: "'--regenerate-with' applies to generate, not \(subcommand.rawValue)") }
            if locked { throw UsageError(message: "'--locked' applies to generate, not \(subcommand.rawValue)") }
            if quiet && subcommand != .lock { throw UsageError(message: "'--quiet' applies to generate and lock, not \(subcommand.rawValue)") }
            if allParts { throw UsageError(message: "'--all-parts' applies to generate, not \(subcommand.rawValue)") }
            if check && subcommand != .lock { throw UsageError(message: "'--check' applies to generate and lock, not \(subcommand.rawValue)") }
            if output != nil { throw UsageError(message: "'--output' applies to generate, not \(subcommand.rawValue)") }
            if access != nil { throw UsageError(message: "'--access' applies to generate, not \(subcommand.rawValue)") }
        }
    }

    /// The command that writes the same output again, for the generated files' first line:
    /// `--regenerate-with`'s, else this command line without the options that change nothing
    /// in the output (`errgen catalogues/shop.errors.md --output Generated`).
    var regenerationCommand: String {
        if let regenerateWith { return regenerateWith }
        func quoted(_ word: String) -> String {
            word.contains(where: { $0 == " " || $0 == "'" || $0 == "`" }) ? "'" + word.replacing("'", with: "'\\''") + "'" : word
        }
        var words = ["errgen"] + inputs.map(quoted)
        if let output { words += ["--output", quoted(output)] }
        if let access { words += ["--access", access.rawValue] }
        if let config { words += ["--config", quoted(config)] }
        if noConfig { words.append("--no-config") }
        if allParts { words.append("--all-parts") }
        return words.joined(separator: " ")
    }

    /// The subcommand `name` is likely a misspelling of, if any: `lnit` → `lint`.
    static func closestSubcommand(to name: String) -> String? {
        Suggestion(candidates: Subcommand.allCases.map(\.rawValue) + ["help"]).closest(to: name)
    }

    /// The synopsis, after `USAGE: ` in help and `Usage: ` in errors.
    static let usage = """
        errgen [generate] [<catalogue> ...] [--output <folder>] [--access <access>] [--config <file> | --no-config] [--check] [--all-parts] [--locked] [--regenerate-with <command>] [--quiet]
               errgen lint [<catalogue> ...] [--config <file> | --no-config]
               errgen dump [<catalogue> ...] [--config <file> | --no-config]
               errgen lock [<catalogue> ...] [--config <file> | --no-config] [--check] [--quiet]
               errgen diff (<old> <new> | <catalogue> --base <revision>) [--format <format>]
        """

    /// The help of `subcommand`, or errgen's own (`errgen --help`) when nil.
    static func help(for subcommand: Subcommand?) -> String {
        let arguments = """
            ARGUMENTS:
              <catalogue>             Catalogue files, read whatever their names, or folders,
                                      whose catalogues are errors.md and <name>.errors.md
                                      (default: the configuration's, else catalogues/).
            """
        let settings = """
              --config <file>         Run settings (default: ./errgen.yml when present).
              --no-config             Read no run settings, not even ./errgen.yml.
            """
        let generateOptions = """
              -o, --output <folder>   Where to write the Swift files (default: the
                                      configuration's, else Generated/).
              --access <access>       Access level of the generated declarations: public,
                                      package or internal (default: public).
            \(settings)
              --check                 Write nothing; exit 1 if the output folder is not what
                                      errgen would write.
              --all-parts             Write every catalogue as \(OutputLayout.partLimit) files, those its codes do
                                      not fill empty, as a build system that names outputs
                                      before errgen runs needs (the build plugin does).
              --locked                Read lock files but write none; a catalogue without
                                          one, or codes it has no name for, get a warning (the
                                          build plugin, which cannot write into the package).
              --regenerate-with <command>
                                          The command the files' first line names to write
                                          them again (default: this command line; the
                                          plugins name their own).
              -q, --quiet             Print no summary line; diagnostics are still printed.
            """
        let help = "  -h, --help              Show help information."
        switch subcommand {
        case nil:
            return """
                OVERVIEW: Generate typed Swift error enums from markdown error catalogues.

                A catalogue is a markdown file whose error tables list codes with their HTTP
                status, category, retryable flag, message, hint and docs link. errgen writes
                each catalogue's types into the output folder (a large catalogue in several
                files); the types they share come from the ErrGenRuntime library.

                USAGE: \(usage)

                \(arguments)

                OPTIONS:
                \(generateOptions)
                  --version               Show the version.
                \(help)

                SUBCOMMANDS:
                  generate (default)      Generate Swift sources.
                  lint                    Check catalogues, print every problem found, and
                                          explain what was read and skipped.
                  dump                    Print the parsed catalogues as JSON.
                  lock                    Record the catalogues' Swift names in lock files, so
                                          that copy edits do not rename them (generate does
                                          this too; the build plugin only reads them).
                  diff                    Report what a catalogue change means for clients:
                                          breaking, dangerous or safe.

                  See 'errgen help <subcommand>' for detailed help.

                EXIT STATUS:
                  0 success; 1 a catalogue has errors, --check found stale output (nothing is
                  written), or diff found a breaking change it does not accept; 64 usage error.

                """
        case .generate?:
            return """
                OVERVIEW: Generate Swift sources from catalogues, record their names in lock
                files beside them (<name>.errgen.lock, kept across copy edits), and print a
                one-line summary of what was written to standard error.

                USAGE: errgen generate [<catalogue> ...] [--output <folder>] [--access <access>] [--config <file> | --no-config] [--check] [--all-parts] [--locked] [--regenerate-with <command>] [--quiet]

                \(arguments)

                OPTIONS:
                \(generateOptions)
                \(help)

                """
        case .lint?:
            return """
                OVERVIEW: Check catalogues and print every problem found, with a note at each
                table errgen skipped or read with a guess, saying what it decided.

                USAGE: errgen lint [<catalogue> ...] [--config <file> | --no-config]

                \(arguments)

                OPTIONS:
                \(settings)
                \(help)

                """
        case .lock?:
            return """
                OVERVIEW: Record each catalogue's Swift names (its type, namespaces and cases) in
                a lock file beside it, <name>.errgen.lock, to commit. Names recorded there are
                kept when a catalogue's text changes; a code new to the catalogue gets its name
                recorded. generate does the same; the build plugin reads lock files but cannot
                write them, so a package that uses it runs this and commits the result.

                USAGE: errgen lock [<catalogue> ...] [--config <file> | --no-config] [--check] [--quiet]

                \(arguments)

                OPTIONS:
                \(settings)
                  --check                 Write nothing; exit 1 if a lock file is not what
                                          errgen would write.
                  -q, --quiet             Print no summary line.
                \(help)

                """
        case .diff?:
            return """
                OVERVIEW: Report every change between two versions of a catalogue that its
                clients can feel, each with its severity: breaking (a code removed without
                being deprecated first, a name changed, a code moved to another namespace, a
                status or category changed, retryable true → false), dangerous (a code added,
                retryable false → true, a docs URL removed, a code deprecated) or safe (message,
                hint or docs URL text). Exits 1 when there is a breaking change that the new
                catalogue's 'accept-breaking:' list does not name.

                USAGE: errgen diff (<old> <new> | <catalogue> --base <revision>) [--format <format>]

                ARGUMENTS:
                  <old> <new>             Two versions of a catalogue file; each one's lock
                                          file beside it gives its names.
                  <catalogue>             With --base: the catalogue as it is now.

                OPTIONS:
                  --base <revision>       Compare with the catalogue (and its lock file) at a
                                          git revision, such as origin/main (read with git show).
                  --format <format>       text (default), markdown (a pull request comment),
                                          json (a stable schema for tools) or github (workflow
                                          annotations on the catalogue's rows).
                \(help)

                """
        case .dump?:
            return """
                OVERVIEW: Print the parsed catalogues as JSON (a stable schema for tools and tests).

                USAGE: errgen dump [<catalogue> ...] [--config <file> | --no-config]

                \(arguments)

                OPTIONS:
                \(settings)
                \(help)

                """
        }
    }
}
