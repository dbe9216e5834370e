/// Finds the items of a Rust file in its tokens without a full parser.
///
/// The scanner understands modules, `use` trees, constants and statics, type aliases, impl blocks with their
/// associated items, functions (the body is kept as a token range, not parsed), structs, enums, unions, traits,
/// `macro_rules!` and macro invocations, including the bodies of `parameter_types!`, `impl_runtime_apis!`,
/// `construct_runtime!` and `register_validate_block!`. Anything else is skipped up to the next plausible item
/// start; any token sequence is accepted and nesting deeper than ``maximumDepth`` is left unparsed.
public enum ItemScanner {
    /// How deeply modules, impls and macro bodies are followed before their contents are left unparsed.
    public static let maximumDepth = 48

    /// The items of a file (or any token sequence) in source order. `file` is used for locations.
    public static func scan(_ tokens: [Token], file: String) -> [Item] {
        scanFile(tokens, file: file).items
    }

    /// The items of a file plus its inner attributes (`#![cfg(…)]`, `//!` docs).
    public static func scanFile(_ tokens: [Token], file: String) -> ScannedFile {
        let parser = ItemParser(tokens: tokens, file: file)
        let result = parser.parseItems(0..<tokens.count, depth: 0)
        return ScannedFile(items: result.items, innerAttributes: result.inner)
    }
}

/// The result of ``ItemScanner/scanFile(_:file:)``.
public struct ScannedFile: Sendable, Hashable {
    public var items: [Item]
    /// The file's inner attributes, which apply to the module the file defines.
    public var innerAttributes: [Attribute]

    public init(items: [Item], innerAttributes: [Attribute]) {
        self.items = items
        self.innerAttributes = innerAttributes
    }
}
