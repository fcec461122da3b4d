/// The access level of the generated declarations.
public enum AccessLevel: String, CaseIterable, Sendable {
    case `public`
    case package
    case `internal`

    /// The modifier to write before a declaration, with its trailing space.
    var modifier: String { self == .internal ? "" : rawValue + " " }
}
