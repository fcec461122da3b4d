import PackagePlugin

/// Generates a target's error types from the catalogues among its files, at build time. The
/// output lives in the build folder; nothing is committed.
@main
struct ErrGenPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget,
            let run = ErrGenRun(files: target.sourceFiles.map(\.path), configuration: ErrGenRun.configuration(in: target.directory))
        else { return [] }
        return [run.buildCommand(errgen: try context.tool(named: "errgen").path, workDirectory: context.pluginWorkDirectory)]
    }
}

#if canImport(XcodeProjectPlugin)
    import XcodeProjectPlugin

    extension ErrGenPlugin: XcodeBuildToolPlugin {
        /// The same run for an Xcode target. It has no folder of its own, so its settings are an
        /// `errgen.yml` among its files.
        func createBuildCommands(context: XcodePluginContext, target: XcodeTarget) throws -> [Command] {
            let configuration = target.inputFiles.first { $0.path.lastComponent == OutputLayout.configurationFileName }?.path
            guard let run = ErrGenRun(files: target.inputFiles.map(\.path), configuration: configuration) else { return [] }
            return [run.buildCommand(errgen: try context.tool(named: "errgen").path, workDirectory: context.pluginWorkDirectory)]
        }
    }
#endif
