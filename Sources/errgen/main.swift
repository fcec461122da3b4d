import Foundation

do {
    let arguments = try Arguments(Array(CommandLine.arguments.dropFirst()))
    exit(ErrGenCommand(arguments: arguments).run())
} catch let error as Arguments.UsageError {
    ErrGenCommand.printError(error.rendered)
    exit(Arguments.UsageError.exitStatus)
}
