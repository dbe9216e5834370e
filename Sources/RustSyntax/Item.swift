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
    public var kind: ItemKind
    /// The item's name; for macro calls the macro's last path segment; nil for `use`, `impl` and `other`.
    public var name: String?
    /// Outer attributes in source order, doc comments included as `doc` attributes.
    public var attributes: [Attribute]
    public var visibility: Visibility
    /// Where the item's name is written (the keyword for `use` and `impl`, the path for macro calls).
    public var location: SourceLocation
    /// The item's tokens, attributes included, as indices into the file's token array.
    public var tokenRange: Range<Int>

    public var module: ModuleDeclaration?
    public var useBindings: [UseBinding]
    public var constant: ConstantDeclaration?
    public var typeAlias: TypeAliasDeclaration?
    public var impl: ImplBlock?
    public var function: FunctionDeclaration?
    public var macroCall: MacroCall?
    /// For `macro_rules!`: the arms whose transcriber holds items (see ``MacroRulesDefinition``).
    public var macroRules: MacroRulesDefinition?
    /// Every arm of a `macro_rules!` definition as matcher and transcriber tokens (see ``MacroRulesDeclaration``).
    public var macroArms: MacroRulesDeclaration?

    public init(
        kind: ItemKind, name: String?, attributes: [Attribute], visibility: Visibility, location: SourceLocation,
        tokenRange: Range<Int>
    ) {
        self.kind = kind
        self.name = name
        self.attributes = attributes
        self.visibility = visibility
        self.location = location
        self.tokenRange = tokenRange
        self.module = nil
        self.useBindings = []
        self.constant = nil
        self.typeAlias = nil
        self.impl = nil
        self.function = nil
        self.macroCall = nil
        self.macroRules = nil
        self.macroArms = nil
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
