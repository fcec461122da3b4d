import ErrGenRuntime
import Foundation

// The target's code is main-actor code by default. Deciding what to do about an error is not:
// it happens wherever the response is decoded, so these are `nonisolated`, and they can use the
// generated types because those are `nonisolated` too.

/// What the app does when the backend answers a request with an error.
nonisolated enum Reaction: Equatable {
    /// Drop the session and show the sign-in screen.
    case signIn
    /// Keep what the user entered and offer to try again.
    case offerRetry(message: String)
    /// Show the message, with a link to the code's documentation when the catalogue has one.
    case show(message: String, link: URL?)
}

/// The reaction to the `code` of an RFC 7807 error body from the backend.
nonisolated func reaction(toCode code: String) -> Reaction {
    reaction(to: AppBackendError(code: code))
}

/// The reaction to a backend error: the codes that need their own handling by name, every
/// other code by what the catalogue says about it.
nonisolated func reaction(to error: AppBackendError) -> Reaction {
    switch error {
    case .auth(let auth):
        // Exhaustive on purpose: when the backend adds an Auth code, this stops compiling until
        // someone decides what the app does about it.
        switch auth {
        case .unauthorized, .refreshTokenInvalid, .refreshTokenMissing:
            return .signIn
        case .serviceUnavailable, .tooManyRequests:
            return .offerRetry(message: auth.message)
        case .verificationCodeInvalid, .userNotFound:
            return .show(message: auth.message, link: auth.docsURL)
        }
    case .unknown:
        // A code newer than this build: its message names the code, so support can find it.
        return .show(message: error.message, link: nil)
    default:
        if error.category == .auth { return .signIn }
        // This catalogue gives no retryable flags, so the HTTP status stands in for them.
        if error.retryable ?? error.status.map({ $0 == 429 || $0 >= 500 }) ?? false {
            return .offerRetry(message: error.message)
        }
        return .show(message: error.message, link: error.docsURL)
    }
}
