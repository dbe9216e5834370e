import ParaReadyCore

/// What kind of item an ``Item`` is.
public enum ItemKind: String, Sendable, Hashable, Codable {
    case module
    case use
    case externCrate
    case constant
    case `static`
    case typeAlias
    case impl
    case function
    case macroCall
    case macroRules
    case structItem
    case enumItem
    case unionItem
    case traitItem
    /// Something the scanner recognised as an item but does not model (e.g. an `extern "C" { … }` block).
    case other
}

/// One Rust item with its attributes, visibility, location and kind-specific data.
///
/// Exactly one of the kind-specific properties is set, matching ``kind``: ``module`` for modules,
/// ``useBindings`` for `use` and `extern crate`, ``constant`` for constants, statics and `parameter_types!`
/// declarations, ``typeAlias``, ``impl``, ``function`` and ``macroCall``.
public struct Item: Sendable, Hashable {
    public var kind: ItemKind {
        _read { yield details.kind }
        _modify { yield &unique().kind }
    }
    /// The item's name; for macro calls the macro's last path segment; nil for `use`, `impl` and `other`.
    public var name: String? {
        _read { yield details.name }
        _modify { yield &unique().name }
    }
    public var visibility: Visibility {
        _read { yield details.visibility }
        _modify { yield &unique().visibility }
    }
    /// Where the item's name is written (the keyword for `use` and `impl`, the path for macro calls).
    public var location: SourceLocation {
        _read { yield details.location }
        _modify { yield &unique().location }
    }
    /// The item's tokens, attributes included, as indices into the file's token array.
    public var tokenRange: Range<Int> {
        _read { yield details.tokenRange }
        _modify { yield &unique().tokenRange }
    }
    /// Every part, kind and name included, in one copy-on-write box: items are copied a lot (into scoped lists,
    /// merged lists, query results), and a copy of the box is one reference count instead of one per array,
    /// string and optional inside. The parts are lent out on reads (`_read`), not copied.
    private var details: Details

    /// Outer attributes in source order, doc comments included as `doc` attributes.
    public var attributes: [Attribute] {
        get { details.attributes }
        _modify { yield &unique().attributes }
    }
    public var module: ModuleDeclaration? {
        get { details.module }
        _modify { yield &unique().module }
    }
    public var useBindings: [UseBinding] {
        get { details.useBindings }
        _modify { yield &unique().useBindings }
    }
    public var constant: ConstantDeclaration? {
        get { details.constant }
        _modify { yield &unique().constant }
    }
    public var typeAlias: TypeAliasDeclaration? {
        get { details.typeAlias }
        _modify { yield &unique().typeAlias }
    }
    public var impl: ImplBlock? {
        get { details.impl }
        _modify { yield &unique().impl }
    }
    public var function: FunctionDeclaration? {
        get { details.function }
        _modify { yield &unique().function }
    }
    public var macroCall: MacroCall? {
        get { details.macroCall }
        _modify { yield &unique().macroCall }
    }
    /// For `macro_rules!`: the arms whose transcriber holds items (see ``MacroRulesDefinition``).
    public var macroRules: MacroRulesDefinition? {
        get { details.macroRules }
        _modify { yield &unique().macroRules }
    }
    /// Every arm of a `macro_rules!` definition as matcher and transcriber tokens (see ``MacroRulesDeclaration``).
    public var macroArms: MacroRulesDeclaration? {
        get { details.macroArms }
        _modify { yield &unique().macroArms }
    }

    public init(
        kind: ItemKind, name: String?, attributes: [Attribute], visibility: Visibility, location: SourceLocation,
        tokenRange: Range<Int>
    ) {
        self.details = Details(
            kind: kind, name: name, visibility: visibility, location: location, tokenRange: tokenRange,
            attributes: attributes)
    }

    /// The box, copied first when another item shares it.
    private mutating func unique() -> Details {
        if !isKnownUniquelyReferenced(&details) { details = details.copy() }
        return details
    }

    public static func == (lhs: Item, rhs: Item) -> Bool {
        lhs.details === rhs.details
            || (lhs.kind == rhs.kind && lhs.name == rhs.name && lhs.visibility == rhs.visibility
                && lhs.location == rhs.location && lhs.tokenRange == rhs.tokenRange
                && lhs.details.parts == rhs.details.parts)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(name)
        hasher.combine(visibility)
        hasher.combine(location)
        hasher.combine(tokenRange)
        hasher.combine(details.parts)
    }

    /// The boxed parts. Mutated only through ``unique()``, so a shared box is never written: the value
    /// semantics (and the `Sendable` promise) of ``Item`` hold.
    private final class Details: @unchecked Sendable {
        var kind: ItemKind
        var name: String?
        var visibility: Visibility
        var location: SourceLocation
        var tokenRange: Range<Int>
        var attributes: [Attribute]
        var module: ModuleDeclaration?
        var useBindings: [UseBinding] = []
        var constant: ConstantDeclaration?
        var typeAlias: TypeAliasDeclaration?
        var impl: ImplBlock?
        var function: FunctionDeclaration?
        var macroCall: MacroCall?
        var macroRules: MacroRulesDefinition?
        var macroArms: MacroRulesDeclaration?

        init(
            kind: ItemKind, name: String?, visibility: Visibility, location: SourceLocation, tokenRange: Range<Int>,
            attributes: [Attribute]
        ) {
            self.kind = kind
            self.name = name
            self.visibility = visibility
            self.location = location
            self.tokenRange = tokenRange
            self.attributes = attributes
        }

        func copy() -> Details {
            let copy = Details(
                kind: kind, name: name, visibility: visibility, location: location, tokenRange: tokenRange,
                attributes: attributes)
            copy.module = module
            copy.useBindings = useBindings
            copy.constant = constant
            copy.typeAlias = typeAlias
            copy.impl = impl
            copy.function = function
            copy.macroCall = macroCall
            copy.macroRules = macroRules
            copy.macroArms = macroArms
            return copy
        }

        /// Every part, for equality and hashing.
        var parts: Parts {
            Parts(
                attributes: attributes, module: module, useBindings: useBindings, constant: constant,
                typeAlias: typeAlias, impl: impl, function: function, macroCall: macroCall, macroRules: macroRules,
                macroArms: macroArms)
        }
    }

    private struct Parts: Hashable {
        var attributes: [Attribute]
        var module: ModuleDeclaration?
        var useBindings: [UseBinding]
        var constant: ConstantDeclaration?
        var typeAlias: TypeAliasDeclaration?
        var impl: ImplBlock?
        var function: FunctionDeclaration?
        var macroCall: MacroCall?
        var macroRules: MacroRulesDefinition?
        var macroArms: MacroRulesDeclaration?
    }

    /// The attributes whose path is `path` (`cfg`, `path`, `allow`).
    public func attributes(named path: String) -> [Attribute] {
        attributes.filter { $0.path == path }
    }

    /// The items nested directly inside this one: inline module items, impl items, or items parsed from a
    /// macro body.
    public var children: [Item] {
        module?.items ?? impl?.items ?? macroCall?.items ?? []
    }
}
