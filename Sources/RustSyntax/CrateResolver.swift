/// Maps the name of an external crate, as code writes it (`parachains_common`, `system_parachains_constants`),
/// to its loaded sources. The caller decides which crates are worth loading (usually workspace members).
public protocol CrateResolver: Sendable {
    /// The crate's sources, or nil when it is not loaded (its constants then come from the well-known table,
    /// or are unknown).
    func crate(named name: String) -> CrateSource?

    /// The names of every crate the resolver can supply, sorted (asking for one may load it).
    var crateNames: [String] { get }
}

extension CrateResolver {
    public var crateNames: [String] { [] }
}

/// A resolver over a fixed set of crates, keyed by crate name (hyphens and underscores are the same).
public struct CrateTable: CrateResolver {
    public var crates: [String: CrateSource]

    public init(_ crates: [CrateSource]) {
        var table: [String: CrateSource] = [:]
        for crate in crates { table[crate.name] = crate }
        self.crates = table
    }

    public func crate(named name: String) -> CrateSource? {
        crates[String(name.map { $0 == "-" ? "_" : $0 })]
    }

    public var crateNames: [String] {
        crates.keys.sorted()
    }
}
