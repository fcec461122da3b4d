/// One change between two versions of a catalogue that its clients can feel, as `errgen diff`
/// reports it.
public struct CatalogueChange: Hashable, Sendable {
    /// What changed.
    public enum Kind: String, Sendable, CaseIterable {
        case removed
        case added
        case caseRenamed = "case-renamed"
        case namespaceRenamed = "namespace-renamed"
        case moved
        case typeRenamed = "type-renamed"
        case statusChanged = "status-changed"
        case categoryChanged = "category-changed"
        case retryableChanged = "retryable-changed"
        case deprecated
        case messageChanged = "message-changed"
        case hintChanged = "hint-changed"
        case docsURLChanged = "docs-url-changed"
    }

    /// What a change means for client code, worst first.
    public enum Severity: String, Sendable, Comparable, CaseIterable {
        /// Client code that compiled may stop compiling or behave differently: a code gone, a
        /// name changed, a status, category or retryable flag a client branches on changed.
        case breaking
        /// Intended, but a reviewer should see it: a new code stops exhaustive switches from
        /// compiling, a code may now be retried, a docs link is gone.
        case dangerous
        /// Text only: a message, hint or docs URL edited.
        case safe

        public static func < (lhs: Self, rhs: Self) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// The code, the namespace's name for a namespace renamed, nil for the umbrella type.
    public var code: String?
    public var kind: Kind
    public var severity: Severity
    /// A breaking change the new catalogue lists under `accept-breaking:`: reported, but it
    /// does not fail the diff.
    public var accepted: Bool = false
    /// Where the change is: the new catalogue's row, or the old one's for a code removed.
    public var location: SourceLocation
    /// The value before and after, as text (a name, a status, `true`…); nil where there is none.
    public var old: String?
    public var new: String?

    public init(code: String?, kind: Kind, severity: Severity, location: SourceLocation, old: String?, new: String?) {
        self.code = code
        self.kind = kind
        self.severity = severity
        self.location = location
        self.old = old
        self.new = new
    }

    /// Whether the change fails `errgen diff`: breaking and not accepted.
    public var fails: Bool { severity == .breaking && !accepted }

    /// The kind of change in a few words, for a table with the values beside it.
    public var label: String {
        switch kind {
        case .removed: severity == .breaking ? "removed" : "removed after deprecation"
        case .added: "added"
        case .caseRenamed: "case renamed"
        case .namespaceRenamed: "namespace renamed"
        case .moved: "moved to another namespace"
        case .typeRenamed: "umbrella type renamed"
        case .statusChanged: "status changed"
        case .categoryChanged: "category changed"
        case .retryableChanged: "retryable changed"
        case .deprecated: "deprecated"
        case .messageChanged: "message edited"
        case .hintChanged: "hint edited"
        case .docsURLChanged: new == nil ? "docs URL removed" : "docs URL changed"
        }
    }

    /// The change in words, without its code: `renamed from cartNotFound to cartMissing`.
    public var summary: String {
        func quoted(_ value: String?) -> String { value.map { "'\($0)'" } ?? "none" }
        switch kind {
        case .removed: return severity == .breaking ? "removed" : "removed after it was deprecated"
        case .added: return "added (exhaustive switches over its namespace stop compiling)"
        case .caseRenamed: return "case renamed from \(old ?? "") to \(new ?? "")"
        case .namespaceRenamed: return "namespace type renamed from \(old ?? "") to \(new ?? "")"
        case .moved: return "moved from namespace \(old ?? "") to \(new ?? "")"
        case .typeRenamed: return "umbrella type renamed from \(old ?? "") to \(new ?? "")"
        case .statusChanged: return "status changed from \(old ?? "none") to \(new ?? "none")"
        case .categoryChanged: return "category changed from \(quoted(old)) to \(quoted(new))"
        case .retryableChanged: return "retryable changed from \(old ?? "unknown") to \(new ?? "unknown")"
        case .deprecated: return "deprecated" + (new.map { ": \($0)" } ?? "")
        case .messageChanged: return "message edited"
        case .hintChanged: return old == nil ? "hint added" : new == nil ? "hint removed" : "hint edited"
        case .docsURLChanged: return old == nil ? "docs URL added" : new == nil ? "docs URL removed" : "docs URL changed"
        }
    }
}
