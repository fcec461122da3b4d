// The umbrella's `init(_namespace:index:)` switches over one of these rather than over the
// number itself: each integer literal pattern of a `switch` costs the type checker an overload
// resolution of `~=`, about a million instructions per namespace in a consumer's debug build,
// where a case pattern is a lookup. A catalogue of more namespaces switches over the
// number: each case of such an enum costs every `switch` over it a little (its
// exhaustiveness is checked against all of them) and ErrGenRuntime's own build more, and one
// of 1,024 cases took that build a second longer, more than it saved a catalogue's.

/// A catalogue's namespace number below 64, as an enum, for the code errgen generates; not
/// for use by hand.
public enum _Namespace64: Sendable, BitwiseCopyable {
    /// The namespaces numbered 0 to 15.
    case n0, n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14, n15

    /// The namespaces numbered 16 to 31.
    case n16, n17, n18, n19, n20, n21, n22, n23, n24, n25, n26, n27, n28, n29, n30, n31

    /// The namespaces numbered 32 to 47.
    case n32, n33, n34, n35, n36, n37, n38, n39, n40, n41, n42, n43, n44, n45, n46, n47

    /// The namespaces numbered 48 to 63.
    case n48, n49, n50, n51, n52, n53, n54, n55, n56, n57, n58, n59, n60, n61, n62, n63

    /// The namespace numbered `number`.
    @inlinable
    public init(_ number: Int) {
        // `case(at:)` checks the number: 64 or more is a table with more namespaces than its
        // umbrella has.
        self = _CatalogueTable.case(at: number)
    }
}
