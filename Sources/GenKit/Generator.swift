/// The whole pipeline: markdown bytes in, Swift files and diagnostics out. Each stage is also
/// public on its own (``SourceText``, ``MarkdownReader``, ``CatalogueReader``,
/// ``Validation``, ``CaseNaming``, ``SwiftEmitter``).
public enum Generator {
    /// Reads, validates and names one catalogue, keeping the names its lock file records
    /// (``NameLock``), when it has one. The catalogue is nil when the file could not be read at
    /// all. Diagnostics come in file order.
    public static func catalogue(path: String, bytes: [UInt8], lock: (path: String, bytes: [UInt8])? = nil) -> (NamedCatalogue?, [Diagnostic]) {
        let source: SourceText
        switch SourceText.decode(bytes, path: path) {
        case .success(let text): source = text
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let (document, markdownDiagnostics) = MarkdownReader.read(source)
        // The stem by the output layout's rule, computed here rather than by the reader, which
        // comes before the output stage.
        var (model, readDiagnostics) = CatalogueReader.read(
            document, stem: OutputLayout.stem(ofCatalogue: path), fileName: OutputLayout.fileName(ofCatalogue: path), byteCount: bytes.count)
        // A file the markdown reader could not read has nothing the catalogue reader could say.
        if markdownDiagnostics.containsErrors { readDiagnostics.removeAll { $0.severity != .error } }
        let (validated, validationDiagnostics) = Validation.validate(model)
        var (named, namingDiagnostics) = CaseNaming.assign(validated)
        var lockDiagnostics: [Diagnostic] = []
        if let lock {
            switch SourceText.decode(lock.bytes, path: lock.path) {
            case .success(let text):
                let (recorded, readLockDiagnostics) = NameLock.read(text)
                let (pinned, kept) = recorded.pinned(validated, derived: named)
                (named, namingDiagnostics) = CaseNaming.assign(pinned)
                lockDiagnostics = readLockDiagnostics + kept
            case .failure(let diagnostic):
                lockDiagnostics = [diagnostic]
            }
        }
        let diagnostics = markdownDiagnostics + readDiagnostics + validationDiagnostics + namingDiagnostics + lockDiagnostics
        return (named, inFileOrder(diagnostics))
    }

    /// `diagnostics` sorted by location; those at one location keep their order.
    static func inFileOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }.map(\.element)
    }

    /// Checks that catalogues can share one output folder and module: no two generate the
    /// same type, or files whose names differ only in case (one file on macOS and Windows).
    public static func checkTogether(_ catalogues: [NamedCatalogue]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var typeOwners: [String: NamedCatalogue] = [:]
        var fileOwners: [String: NamedCatalogue] = [:]
        for catalogue in catalogues {
            if let owner = typeOwners[catalogue.typeName] {
                diagnostics.append(
                    .error(
                        "'\(catalogue.path)' and '\(owner.path)' would both generate '\(catalogue.typeName)'; set another 'type:' in one of them", at: catalogue.typeNameLocation,
                        notes: [.note("'\(catalogue.typeName)' is also made here", at: owner.typeNameLocation)]))
            }
            typeOwners[catalogue.typeName] = typeOwners[catalogue.typeName] ?? catalogue
            let file = OutputLayout.outputFileName(forCatalogue: catalogue.path)
            if let owner = fileOwners[file.lowercased()] {
                let other = OutputLayout.outputFileName(forCatalogue: owner.path)
                let what = other == file ? "both generate '\(file)'" : "generate '\(other)' and '\(file)', one file where case does not count (macOS, Windows)"
                diagnostics.append(.error("'\(owner.path)' and '\(catalogue.path)' would \(what); rename one", at: SourceLocation(file: catalogue.path, line: 1, column: 1)))
            }
            fileOwners[file.lowercased()] = fileOwners[file.lowercased()] ?? catalogue
        }
        return diagnostics
    }

    /// The Swift files for `catalogues`, sorted by name: one or more per catalogue, as its size
    /// asks. The types they share come from the ErrGenRuntime library, which they import.
    ///
    /// With `allParts`, each catalogue has ``OutputLayout/partLimit`` files, those it does not
    /// fill empty: what the build plugin declares before errgen reads any catalogue.
    /// Each file's first line names `regenerate`, the command that writes it again.
    public static func files(for catalogues: [NamedCatalogue], access: AccessLevel, allParts: Bool = false, regenerate: String = "errgen") -> [GeneratedFile] {
        catalogues.flatMap { catalogue in
            let filled = OutputLayout.partCount(forCatalogueOfSize: catalogue.byteCount)
            let names = OutputLayout.outputFileNames(forCatalogue: catalogue.path, count: allParts ? OutputLayout.partLimit : filled)
            let contents =
                SwiftEmitter.emit(catalogue, access: access, parts: filled, regenerate: regenerate)
                + (filled..<names.count).map { SwiftEmitter.emptyPart($0 + 1, of: names.count, catalogue: catalogue, filled: filled, regenerate: regenerate) }
            return zip(names, contents).map { GeneratedFile(name: $0, contents: $1) }
        }.sorted { $0.name < $1.name }
    }
}
