import GenKit

/// The parsed command line. Follows swift-argument-parser's conventions: `--name value` or
/// `--name=value`, `--` ends options, usage errors say what was wrong and how to get help.
struct Arguments: Equatable {
    enum Subcommand: String, CaseIterable {
        case generate, lint, dump
    }

    var subcommand: Subcommand = .generate
    var inputs: [String] = []
    var output: String?
    var access: AccessLevel?
    var config: String?
    var noConfig = false
    var check = false
    var allParts = false
    var help = false
    var version = false

    struct UsageError: Error, Equatable {
        var message: String

        /// The message as swift-argument-parser prints one: the error, the usage, and where
        /// to find help.
        var rendered: String {
            "Error: \(message)\nUsage: \(Arguments.usage)\n  See 'errgen --help' for more information."
        }
    }

    /// The options that take a value, with the value's name in messages.
    static let valueNames = ["-o": "<folder>", "--output": "<folder>", "--config": "<file>", "--access": "<access>"]
    static let flags = ["-h", "--help", "--version", "--check", "--no-config", "--all-parts"]

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        if let first = rest.first, let subcommand = Subcommand(rawValue: first) {
            self.subcommand = subcommand
            rest = rest.dropFirst()
        } else if rest.first == "help" {
            help = true
            rest = rest.dropFirst()
            if let name = rest.first, let subcommand = Subcommand(rawValue: name) {
                self.subcommand = subcommand
                rest = rest.dropFirst()
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
            case "-o", "--output":
                output = try value()
            case "--config":
                config = try value()
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
        if subcommand != .generate {
            if allParts { throw UsageError(message: "'--all-parts' applies to generate, not \(subcommand.rawValue)") }
            if check { throw UsageError(message: "'--check' applies to generate, not \(subcommand.rawValue)") }
            if output != nil { throw UsageError(message: "'--output' applies to generate, not \(subcommand.rawValue)") }
            if access != nil { throw UsageError(message: "'--access' applies to generate, not \(subcommand.rawValue)") }
        }
    }

    /// The synopsis, after `USAGE: ` in help and `Usage: ` in errors.
    static let usage = """
        errgen [generate] [<catalogue> ...] [--output <folder>] [--access <access>] [--config <file> | --no-config] [--check] [--all-parts]
               errgen lint [<catalogue> ...] [--config <file> | --no-config]
               errgen dump [<catalogue> ...] [--config <file> | --no-config]
        """

    static func help(for subcommand: Subcommand?) -> String {
        switch subcommand {
        case .lint?:
            return """
                OVERVIEW: Check catalogues and print every problem found, with a note at each
                table errgen skipped or read with a guess, saying what it decided.

                USAGE: errgen lint [<catalogue> ...] [--config <file> | --no-config]

                ARGUMENTS:
                  <catalogue>             Catalogue files, or folders whose catalogues to read:
                                          errors.md and files named <name>.errors.md
                                          (default: the configuration's, else catalogues/).

                OPTIONS:
                  --config <file>         Run settings (default: ./errgen.yml when present).
                  --no-config             Read no run settings, not even ./errgen.yml.
                  -h, --help              Show help information.

                """
        case .dump?:
            return """
                OVERVIEW: Print the parsed catalogues as JSON (a stable schema for tools and tests).

                USAGE: errgen dump [<catalogue> ...] [--config <file> | --no-config]

                ARGUMENTS:
                  <catalogue>             Catalogue files, or folders whose catalogues to read:
                                          errors.md and files named <name>.errors.md
                                          (default: the configuration's, else catalogues/).

                OPTIONS:
                  --config <file>         Run settings (default: ./errgen.yml when present).
                  --no-config             Read no run settings, not even ./errgen.yml.
                  -h, --help              Show help information.

                """
        default:
            return """
                OVERVIEW: Generate typed Swift error enums from markdown error catalogues.

                A catalogue is a markdown file whose error tables list codes with their HTTP
                status, category, retryable flag, message, hint and docs link. errgen writes
                each catalogue's types into the output folder (a large catalogue in several
                files); the types they share come from the ErrGenRuntime library.

                USAGE: \(usage)

                ARGUMENTS:
                  <catalogue>             Catalogue files, or folders whose catalogues to read:
                                          errors.md and files named <name>.errors.md
                                          (default: the configuration's, else catalogues/).

                OPTIONS:
                  -o, --output <folder>   Where to write the Swift files (default: the
                                          configuration's, else Generated/).
                  --access <access>       Access level of the generated declarations: public,
                                          package or internal (default: public).
                  --config <file>         Run settings (default: ./errgen.yml when present).
                  --no-config             Read no run settings, not even ./errgen.yml.
                  --check                 Write nothing; exit 1 if the output folder is not what
                                          errgen would write.
                  --all-parts             Write every catalogue as \(OutputLayout.partLimit) files, those its codes do
                                          not fill empty, as a build system that names outputs
                                          before errgen runs needs (the build plugin does).
                  --version               Show the version.
                  -h, --help              Show help information.

                SUBCOMMANDS:
                  generate (default)      Generate Swift sources.
                  lint                    Check catalogues, print every problem found, and
                                          explain what was read and skipped.
                  dump                    Print the parsed catalogues as JSON.

                  See 'errgen help <subcommand>' for detailed help.

                EXIT STATUS:
                  0 success; 1 a catalogue has errors, or --check found stale output (nothing is
                  written); 2 usage error.

                """
        }
    }
}
