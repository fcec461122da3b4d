/// What kind of failure a code reports; useful for fallback handling of codes a client
/// does not treat one by one.
public enum ErrorCategory: String, CaseIterable, Hashable, Sendable, Codable {
    /// The request did not pass schema or shape validation. Fix it; retrying as is
    /// does not help.
    case validation
    /// The caller is unauthenticated, the credentials are invalid, or the caller lacks
    /// the required role.
    case auth
    /// The request is well-formed and authenticated, but a business rule blocks it.
    case business
    /// An upstream system misbehaved; often worth a retry after a backoff.
    case integration
    /// A bug or invariant violation on the server's side.
    case `internal`
}
