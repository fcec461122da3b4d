/// A position in a catalogue file: 1-based line and column (columns count UTF-8 bytes,
/// as compilers do, so editors and SwiftPM jump to the right place).
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// A problem found in a catalogue, reported at a source location.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case error
        case warning
        case note
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    /// Follow-up notes, such as the first occurrence of a duplicated code.
    public var notes: [Diagnostic]

    public init(_ severity: Severity, _ message: String, at location: SourceLocation, notes: [Diagnostic] = []) {
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    public static func error(_ message: String, at location: SourceLocation, notes: [Diagnostic] = []) -> Diagnostic {
        Diagnostic(.error, message, at: location, notes: notes)
    }

    public static func warning(_ message: String, at location: SourceLocation, notes: [Diagnostic] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: location, notes: notes)
    }

    public static func note(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.note, message, at: location)
    }

    /// `path:line:column: severity: message`, followed by the notes on their own lines: the
    /// form SwiftPM, Xcode and editors recognise. Catalogue text quoted in a message cannot
    /// break that form: line breaks and other invisible characters show as `U+XXXX`.
    public var description: String {
        let file = VisibleText.shown(location.file)
        var lines = ["\(file):\(location.line):\(location.column): \(severity.rawValue): \(VisibleText.shown(message))"]
        lines += notes.map(\.description)
        return lines.joined(separator: "\n")
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
