import ParaReadyCore

/// A constant's value with where it came from.
public struct EvaluatedConstant: Sendable, Hashable {
    public var value: ConstValue
    /// The defining item's name as written there (`MILLI_SECS_PER_BLOCK` even when asked for through an alias),
    /// or the expression's text for ad-hoc expressions.
    public var symbol: String
    /// Where the defining item's name is written; nil for values from the well-known table or ad-hoc expressions.
    public var location: SourceLocation?
    /// The declared type as written (`u64`, `Weight`, `BlockNumber`), when there is one.
    public var typeName: String?
    /// True when the value, or a part of it, came from the table of well-known external constants.
    public var external: Bool
    /// Notes from the well-known table entries that were used (for example that `MAX_POV_SIZE` depends on the
    /// SDK release).
    public var notes: [String]
    /// For a name that resolves to a constant of the well-known table (no ``location``): where the crate's code
    /// imports it (`use parachains_common::MAXIMUM_BLOCK_WEIGHT;`, or the glob it comes through).
    public var importLocation: SourceLocation?

    /// Where to show the value: its definition, else the import that brings a well-known constant in.
    public var shownLocation: SourceLocation? {
        location ?? importLocation
    }

    public init(
        value: ConstValue, symbol: String, location: SourceLocation?, typeName: String? = nil, external: Bool = false,
        notes: [String] = []
    ) {
        self.value = value
        self.symbol = symbol
        self.location = location
        self.typeName = typeName
        self.external = external
        self.notes = notes
    }
}
