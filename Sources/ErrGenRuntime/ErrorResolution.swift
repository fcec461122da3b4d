#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What to do about a failure, from the body's `resolve` object (RFC 9457 style): a call to
/// action for a person, and an endpoint an agent can call.
public struct ErrorResolution: Hashable, Sendable {
    /// The call to action, such as "Select a billing plan to continue."
    public let message: String?
    /// Where a person can fix the problem.
    public let url: URL?
    /// The kind of fix, for agents to branch on, such as `select_plan`.
    public let action: String?
    /// The HTTP method to call ``endpoint`` with.
    public let method: String?
    /// The API path that fixes the problem.
    public let endpoint: String?
}
