/// Run-wide settings from an `errgen.yml` file: which catalogues, which output folder, which
/// access level. Paths are relative to the file's folder. Command-line flags win over it.
public struct RunConfiguration: Equatable, Sendable {
    static let keys = ["catalogues", "output", "access"]

    public var catalogues: String?
    public var output: String?
    public var access: AccessLevel?

    public init(catalogues: String? = nil, output: String? = nil, access: AccessLevel? = nil) {
        self.catalogues = catalogues
        self.output = output
        self.access = access
    }

    /// Parses the configuration file's text.
    public static func parse(_ source: SourceText) -> (RunConfiguration, [Diagnostic]) {
        var configuration = RunConfiguration()
        var diagnostics: [Diagnostic] = []
        let entries = SettingsText.parse(source, lines: 0..<source.lines.count)
        diagnostics += SettingsText.problems(in: entries, "in the configuration")
        for entry in entries where entry.isReadable {
            guard let value = entry.value else {
                diagnostics.append(.error("'\(entry.key)' needs a value", at: entry.location))
                continue
            }
            switch entry.key {
            case "catalogues": configuration.catalogues = value
            case "output": configuration.output = value
            case "access":
                if let access = AccessLevel(rawValue: value) {
                    configuration.access = access
                } else {
                    diagnostics.append(
                        .error(
                            Suggestion.message("unknown access level '\(value)' (expected public, package or internal)", for: value, in: AccessLevel.allCases.map(\.rawValue)), at: entry.valueLocation)
                    )
                }
            default:
                diagnostics.append(.error(Suggestion.message("unknown setting '\(entry.key)' (expected \(keys.joined(separator: ", ")))", for: entry.key, in: keys), at: entry.location))
            }
        }
        return (configuration, diagnostics)
    }
}
