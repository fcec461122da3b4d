import Foundation

do {
    let arguments = try Arguments(Array(CommandLine.arguments.dropFirst()))
    exit(ErrGenCommand(arguments: arguments).run())
} catch let error as Arguments.UsageError {
    ErrGenCommand.printError("Error: \(error.message)\n\(Arguments.usage)\n  See 'errgen --help' for more information.")
    exit(2)
}
