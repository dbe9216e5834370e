/// The data of `type Name<…> = Type;` (also associated types in impls and traits).
public struct TypeAliasDeclaration: Sendable, Hashable {
    /// The tokens of `<…>` after the name, without the angle brackets.
    public var genericParameters: [Token]
    /// Bounds after `:` (trait associated types), without the colon.
    public var bounds: [Token]
    /// The aliased type's tokens; nil for `type X;` or `type X: Bound;`.
    public var typeTokens: [Token]?

    public init(genericParameters: [Token], bounds: [Token], typeTokens: [Token]?) {
        self.genericParameters = genericParameters
        self.bounds = bounds
        self.typeTokens = typeTokens
    }
}
