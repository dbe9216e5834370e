/// The data of an `impl` block: `impl<G> Trait for Type { … }` or `impl Type { … }`.
public struct ImplBlock: Sendable, Hashable {
    /// The tokens of `<…>` after `impl`, without the angle brackets.
    public var genericParameters: [Token]
    /// The trait path tokens (with generic arguments) for a trait impl; nil for an inherent impl.
    public var traitPath: [Token]?
    /// True for `impl !Trait for Type`.
    public var isNegative: Bool
    /// The implementing type's tokens (`Runtime`, `Foo<T>`).
    public var selfType: [Token]
    /// The associated items: `type X = …;`, `const X: T = …;`, `fn …`, macro calls.
    public var items: [Item]

    public init(genericParameters: [Token], traitPath: [Token]?, isNegative: Bool, selfType: [Token], items: [Item]) {
        self.genericParameters = genericParameters
        self.traitPath = traitPath
        self.isNegative = isNegative
        self.selfType = selfType
        self.items = items
    }

    /// The trait's path segments without generic arguments: `cumulus_pallet_parachain_system::Config` →
    /// `["cumulus_pallet_parachain_system", "Config"]`; empty for inherent impls.
    public var traitSegments: [String] { traitPath.map(TokenPath.segments) ?? [] }

    /// The self type's path segments without generic arguments (`["Runtime"]`).
    public var selfTypeSegments: [String] { TokenPath.segments(selfType) }

    /// True when the trait path ends with the segments of `pattern` (`"Config"`,
    /// `"cumulus_pallet_parachain_system::Config"`, `"AuraUnincludedSegmentApi"`), generic arguments ignored.
    public func implementsTrait(_ pattern: String) -> Bool {
        TokenPath.hasSuffix(traitSegments, pattern)
    }

    /// The associated type `type name = …;`, if present.
    public func associatedType(named name: String) -> Item? {
        items.first { $0.kind == .typeAlias && $0.name == name }
    }

    /// The associated function `fn name`, if present.
    public func function(named name: String) -> Item? {
        items.first { $0.kind == .function && $0.name == name }
    }

    /// The associated constant `const name`, if present.
    public func constant(named name: String) -> Item? {
        items.first { $0.kind == .constant && $0.name == name }
    }
}
