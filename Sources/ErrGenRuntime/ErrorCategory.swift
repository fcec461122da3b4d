/// What kind of failure a code reports, in the catalogue's own words; useful for fallback
/// handling of codes a client does not treat one by one.
///
/// Categories are an open set: a catalogue may use any words (`standard`, `rate_limit`), and
/// each is carried as written. The five of errgen's reference catalogue are named members, so
/// that the usual ones read as cases:
///
/// ```swift
/// switch error.category {
/// case .validation?: showFieldErrors()
/// case .auth?: signIn()
/// case ErrorCategory("quota")?: showUpgrade()
/// default: showGenericFailure()
/// }
/// ```
public struct ErrorCategory: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The category as the catalogue (or the server) writes it.
    public let rawValue: String

    /// The category written `rawValue`.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The category written `rawValue`.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// The category written as the literal, as in `let quota: ErrorCategory = "quota"`.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// The category as written.
    public var description: String { rawValue }

    /// The well-known category `category`, spelled as a catalogue's table spells it.
    init(wellKnown category: WellKnownCategory) {
        self.rawValue = category.rawValue
    }

    /// The request did not pass schema or shape validation. Fix it; retrying as is
    /// does not help.
    public static let validation: ErrorCategory = .init(wellKnown: .validation)
    /// The caller is unauthenticated, the credentials are invalid, or the caller lacks
    /// the required role.
    public static let auth: ErrorCategory = .init(wellKnown: .auth)
    /// The request is well-formed and authenticated, but a business rule blocks it.
    public static let business: ErrorCategory = .init(wellKnown: .business)
    /// An upstream system misbehaved; often worth a retry after a backoff.
    public static let integration: ErrorCategory = .init(wellKnown: .integration)
    /// A bug or invariant violation on the server's side.
    public static let `internal`: ErrorCategory = .init(wellKnown: .internal)

    /// The named members, in the order above.
    public static let wellKnown: [ErrorCategory] = WellKnownCategory.allCases.map(ErrorCategory.init(wellKnown:))
}
