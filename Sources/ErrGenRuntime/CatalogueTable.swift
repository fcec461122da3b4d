#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The rows of one generated catalogue, for the code errgen generates; not for use by hand.
///
/// A catalogue's rows travel as one string literal, split once at first use into entries
/// and a code index (held by a class, so that reading the table retains one reference rather
/// than each of its arrays), so that the optimizer of a consumer's build sees one literal per
/// catalogue rather than code per error. Generated code names a namespace by its number
/// in the catalogue, and a code by its index within its namespace, so that a namespace's
/// code changes only when that namespace does.
///
/// A namespace's enum has only fieldless cases, declared in catalogue order. Such an enum is
/// stored as the index of its case in declaration order (in 0, 1, 2 or 4 bytes), which is
/// what the generic members below read and write: they give every namespace its accessors
/// and lookups without code generated per case. They ask nothing of `Namespace` (not even
/// `CatalogueError`), so that a call passes no witness table, which would cost a consumer's
/// build one more function per namespace.
public final class _CatalogueTable: Sendable {
    /// Every row, namespace after namespace.
    private let entries: [CatalogueEntry]
    /// Where each code is. Each entry holds it too, so that a namespace enum's generic members
    /// (``_CaseIndexed``'s `init?(code:)` and `allCases`) find their table through the entry
    /// of the enum's first case, and need no member generated per namespace.
    let index: Index
    /// The index's `starts`, held here too (the same storage), so that reading an entry, as
    /// every accessor does, follows one reference fewer.
    private let starts: [Int]

    /// Splits `packed`: one record per code, each ending in U+001E, with the fields code,
    /// status, category, retryable (`1`, `0` or empty), message, hint and docs URL separated
    /// by U+001F; and after the last record of each namespace, U+001D.
    public init(_ packed: String) {
        // Split as bytes: the separators are ASCII, and splitting by Character would cost a
        // 20,000-code catalogue about a second at its first lookup.
        let namespaces = packed.utf8.split(separator: 0x1D).map { records in
            records.split(separator: 0x1E).map { $0.split(separator: 0x1F, omittingEmptySubsequences: false) }
        }
        // The codes first, one after another in memory: a lookup compares the code it is given
        // with one of them, and scattered among the messages they would miss the cache.
        let codes = namespaces.map { $0.map { String(decoding: $0[0], as: UTF8.self) } }
        let index = Index(codes: codes)
        var entries: [CatalogueEntry] = []
        entries.reserveCapacity(index.starts[namespaces.count])
        for (namespace, rows) in namespaces.enumerated() {
            let place = CatalogueEntry.Place(index: index, namespace: namespace)
            for (row, fields) in rows.enumerated() {
                let text = { (field: Int) in String(decoding: fields[field], as: UTF8.self) }
                entries.append(CatalogueEntry(
                    code: codes[namespace][row],
                    status: Int(text(1)),
                    category: fields[2].isEmpty ? nil : ErrorCategory(text(2)),
                    retryable: fields[3].isEmpty ? nil : text(3) == "1",
                    message: text(4),
                    hint: fields[5].isEmpty ? nil : text(5),
                    docsURL: fields[6].isEmpty ? nil : URL(string: text(6)),
                    place: place))
            }
        }
        self.entries = entries
        self.index = index
        self.starts = index.starts
    }

    /// Where a catalogue's codes are: by namespace number, and by code.
    final class Index: Sendable {
        /// The row where each namespace starts; one more at the end, where the last one stops.
        let starts: [Int]
        /// Where each code is: its namespace's number in the high 32 bits, its index there in
        /// the low ones (one word, as small as the values of a plain `[String: Int]`).
        private let positions: [String: Int]

        /// The index of `codes`, each namespace's in turn.
        init(codes: [[String]]) {
            var starts = [0]
            var positions: [String: Int] = [:]
            for (namespace, namespaceCodes) in codes.enumerated() {
                for (index, code) in namespaceCodes.enumerated() {
                    positions[code] = namespace << 32 | index
                }
                starts.append(starts[namespace] + namespaceCodes.count)
            }
            self.starts = starts
            self.positions = positions
        }

        /// Where `code` is: its namespace's number and its index there, or nil if the catalogue
        /// does not list it.
        func position(of code: String) -> (namespace: Int, index: Int)? {
            positions[code].map { ($0 >> 32, $0 & 0xFFFF_FFFF) }
        }

        /// The index of `code` in the namespace numbered `namespace`, or nil if the namespace
        /// does not list it.
        func index(of code: String, inNamespace namespace: Int) -> Int? {
            guard let position = position(of: code), position.namespace == namespace else { return nil }
            return position.index
        }

        /// How many codes the namespace numbered `namespace` has.
        func count(ofNamespace namespace: Int) -> Int {
            starts[namespace + 1] - starts[namespace]
        }
    }

    /// Every code's value, in catalogue order: `make` turns a code's position (its namespace's
    /// number and its index there) into the value. The loop is here rather than in generated
    /// code, where an optimized build would specialize it again for every catalogue.
    public func values<Catalogue>(_ make: (_ namespace: Int, _ index: Int) -> Catalogue) -> [Catalogue] {
        var values: [Catalogue] = []
        values.reserveCapacity(entries.count)
        for namespace in 0..<starts.count - 1 {
            for row in 0..<index.count(ofNamespace: namespace) {
                values.append(make(namespace, row))
            }
        }
        return values
    }

    /// Where `code` is: its namespace's number and its index there, or nil if the catalogue
    /// does not list it.
    public func position(of code: String) -> (namespace: Int, index: Int)? {
        index.position(of: code)
    }

    /// The entry of `error`, a case of the namespace enum numbered `namespace`.
    public func entry<Namespace>(of error: Namespace, namespace: Int) -> CatalogueEntry {
        entries[starts[namespace] + Self.caseIndex(of: error)]
    }

    /// The first `count` cases of `Namespace`, in declaration order.
    public static func cases<Namespace>(count: Int) -> [Namespace] {
        (0..<count).map { Self.case(at: $0) }
    }

    /// The case of `Namespace` declared at `index`.
    ///
    /// Inlinable, so that an optimized build of `init(code:)` makes the case in place rather
    /// than through a generic call. It reads the case from the bytes of `index` that a case
    /// index of `Namespace`'s size occupies, rather than bit-casting an integer of that size:
    /// swiftc 6.3 fails to compile a specialized `unsafeBitCast` to an empty enum.
    @inlinable
    public static func `case`<Namespace>(at index: Int) -> Namespace {
        let size = MemoryLayout<Namespace>.size
        precondition(size == 0 || size == 1 || size == 2 || size == 4, "\(Namespace.self) is not an enum of fieldless cases")
        var caseIndex = index
        return withUnsafeBytes(of: &caseIndex) { bytes in
            #if _endian(little)
            bytes.load(as: Namespace.self)
            #else
            bytes.load(fromByteOffset: MemoryLayout<Int>.size - size, as: Namespace.self)
            #endif
        }
    }

    /// The declaration index of `error`'s case.
    static func caseIndex<Namespace>(of error: Namespace) -> Int {
        withUnsafeBytes(of: error) { bytes in
            switch bytes.count {
            case 0: 0
            case 1: Int(bytes[0])
            case 2: Int(bytes.load(as: UInt16.self))
            case 4: Int(bytes.load(as: UInt32.self))
            default: preconditionFailure("\(Namespace.self) is not an enum of fieldless cases")
            }
        }
    }
}
