/// An enum of fieldless cases, for the code errgen generates; not for use by hand.
///
/// Every namespace's enum conforms, and so takes its equality and hashing from here: by the
/// index of its case, which is what a fieldless enum is in memory, as the derived ones do.
/// Derived ones would be generated per namespace (`==` and `hash(into:)` each a switch
/// over every case, and `hashValue`), and cost a consumer's build more than the cases do.
/// It does not refine `Hashable` itself (its members apply where the enum is `Hashable`, as
/// every namespace enum declares): a refinement would make its witness table one that is
/// instantiated at run time, two more functions per namespace.
public protocol _CaseIndexed {}

extension _CaseIndexed where Self: Hashable {
    /// Whether both are the same case.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        _CatalogueTable.caseIndex(of: lhs) == _CatalogueTable.caseIndex(of: rhs)
    }

    /// Hashes the case's index, as a derived `hash(into:)` does.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(_CatalogueTable.caseIndex(of: self))
    }

    /// The hash of the case's index.
    public var hashValue: Int {
        var hasher = Hasher()
        hash(into: &hasher)
        return hasher.finalize()
    }
}
