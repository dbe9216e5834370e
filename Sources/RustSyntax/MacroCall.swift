import ParaReadyCore

/// The data of a macro invocation at item level: `path! { … }`, `path!(…);`, `path![…];`.
public struct MacroCall: Sendable, Hashable {
    /// The delimiter around the body.
    public enum Delimiter: String, Sendable, Hashable {
        case parenthesis
        case bracket
        case brace
    }

    /// One `Key = Value,` pair of `register_validate_block!`.
    public struct KeyValue: Sendable, Hashable {
        public var key: String
        public var value: [Token]
        /// Where the key is written.
        public var location: SourceLocation

        public init(key: String, value: [Token], location: SourceLocation) {
            self.key = key
            self.value = value
            self.location = location
        }
    }

    /// One pallet of `construct_runtime!`: `Name: path::to::pallet = 3,` (old `::{Pallet, Call}` parts ignored).
    public struct Pallet: Sendable, Hashable {
        public var name: String
        /// The pallet crate's path tokens, without the `::{…}` part list.
        public var path: [Token]
        /// The explicit index after `=`, if any.
        public var index: Int?
        public var attributes: [Attribute]
        public var location: SourceLocation

        public init(name: String, path: [Token], index: Int?, attributes: [Attribute], location: SourceLocation) {
            self.name = name
            self.path = path
            self.index = index
            self.attributes = attributes
            self.location = location
        }
    }

    /// The macro's path as written, segments joined by `::`: `parameter_types`,
    /// `cumulus_pallet_parachain_system::register_validate_block`.
    public var path: String
    public var delimiter: Delimiter
    /// The tokens strictly inside the delimiters (copied out of the file's tokens when read).
    public var body: [Token] {
        get { storedBody.tokens ?? [] }
        set { storedBody = .own(newValue) }
    }
    private var storedBody: TokenRun
    /// Indices of ``body`` in the file's token array.
    public var bodyRange: Range<Int>
    /// Items parsed from the body when the macro is known to hold items (`parameter_types!` declarations as
    /// constants, `impl_runtime_apis!` impl blocks, `construct_runtime!` enum); nil for other macros.
    public var items: [Item]?
    /// The pairs of `register_validate_block!`; empty for other macros.
    public var keyValues: [KeyValue]
    /// The pallets of `construct_runtime!`; empty for other macros.
    public var pallets: [Pallet]

    public init(
        path: String, delimiter: Delimiter, body: [Token], bodyRange: Range<Int>, items: [Item]?,
        keyValues: [KeyValue], pallets: [Pallet]
    ) {
        self.path = path
        self.delimiter = delimiter
        self.storedBody = .own(body)
        self.bodyRange = bodyRange
        self.items = items
        self.keyValues = keyValues
        self.pallets = pallets
    }

    /// A call whose body is `bodyRange` of `fileTokens`, kept by reference until it is read.
    init(
        path: String, delimiter: Delimiter, fileTokens: [Token], bodyRange: Range<Int>, items: [Item]?,
        keyValues: [KeyValue], pallets: [Pallet]
    ) {
        self.path = path
        self.delimiter = delimiter
        self.storedBody = .shared(fileTokens, bodyRange)
        self.bodyRange = bodyRange
        self.items = items
        self.keyValues = keyValues
        self.pallets = pallets
    }

    public static func == (lhs: MacroCall, rhs: MacroCall) -> Bool {
        lhs.path == rhs.path && lhs.delimiter == rhs.delimiter && lhs.body == rhs.body
            && lhs.bodyRange == rhs.bodyRange && lhs.items == rhs.items && lhs.keyValues == rhs.keyValues
            && lhs.pallets == rhs.pallets
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(delimiter)
        hasher.combine(body)
        hasher.combine(bodyRange)
        hasher.combine(items)
        hasher.combine(keyValues)
        hasher.combine(pallets)
    }

    /// The last segment of ``path`` (`register_validate_block`).
    public var name: String {
        path.lastPiece(afterByte: UInt8(ascii: ":")).map(String.init) ?? path
    }

    /// The value tokens of the `register_validate_block!` pair named `key`.
    public func value(forKey key: String) -> [Token]? {
        keyValues.first { $0.key == key }?.value
    }
}
