import ErrGenRuntime
import Foundation

/// What the app does about a Nevermined API response that is not a plain success.
public enum ErrorReaction: Equatable, Sendable {
    /// Nothing: the server says the state the request asked for already holds.
    case nothing
    /// Send the user to sign in again.
    case signIn
    /// Try the request again after `seconds`.
    case retry(afterSeconds: Int)
    /// Offer the user a way out, such as choosing a plan: the server's call to action and where
    /// to do it.
    case offer(message: String, url: URL?)
    /// Show the message, with a "Learn more" link and the id to quote to support.
    case show(message: String, learnMore: URL?, supportReference: String?)

    /// The reaction to an error response: its body, HTTP status and headers.
    ///
    /// The body may come in any of the shapes `failures(from:status:headers:)` reads; the first
    /// failure decides. A body that is not an error body (a proxy's HTML page, say) gets a
    /// generic message.
    public init(body: Data, status: Int, headers: [String: String]) {
        guard let failure = try? NeverminedError.failures(from: body, status: status, headers: headers).first else {
            self = .show(message: "The server answered with HTTP status \(status).", learnMore: nil, supportReference: nil)
            return
        }
        self.init(failure)
    }

    /// The reaction to one failure of an error response.
    public init(_ failure: NeverminedError.Failure) {
        if failure.isSuccess {
            self = .nothing
            return
        }
        // A code that this build's catalogue may not have yet: comparing the code keeps
        // matching once a regenerated catalogue has it and the error is no longer unknown.
        if failure.code == "BCK.X402.0018" {
            self = .signIn
            return
        }
        switch failure.error {
        case .auth(.authenticationRequired), .apikey(.invalidNeverminedAPIKey):
            self = .signIn
        default:
            if let resolve = failure.resolve, let message = resolve.message {
                self = .offer(message: message, url: resolve.url)
            } else if failure.retryable == true || failure.category == .integration {
                self = .retry(afterSeconds: failure.meta?["retry_after_seconds"]?.intValue ?? 2)
            } else {
                self = .show(message: failure.message, learnMore: failure.docsURL, supportReference: failure.correlationID ?? failure.requestID)
            }
        }
    }
}
