// Prints what the app does for each error code given on the command line, as the backend
// would send it: `swift run AppClient AUTH_UNAUTHORIZED AGENT_ASR_UNAVAILABLE SOMETHING_NEW`.
for code in CommandLine.arguments.dropFirst() {
    print("\(code): \(reaction(toCode: code))")
}
