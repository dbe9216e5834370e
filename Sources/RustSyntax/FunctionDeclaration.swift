/// The data of a `fn` item: its signature and where its body is.
public struct FunctionDeclaration: Sendable, Hashable {
    /// Every token from the first qualifier (`pub` excluded, `const`/`unsafe`/`fn` included) up to the body.
    public var signature: [Token]
    /// The tokens inside the parameter list's parentheses.
    public var parameters: [Token]
    /// The tokens after `->` up to the `where` clause or body; nil when the function returns `()`.
    public var returnType: [Token]?
    /// The tokens strictly inside the body's braces; nil for a declaration without a body (`fn f();`).
    public var body: [Token]? {
        get { storedBody.tokens }
        set { storedBody = newValue.map { .own($0) } ?? .none }
    }
    /// Indices of ``body`` in the file's token array.
    public var bodyRange: Range<Int>?
    private var storedBody: TokenRun

    public init(
        signature: [Token], parameters: [Token], returnType: [Token]?, body: [Token]?, bodyRange: Range<Int>?
    ) {
        self.signature = signature
        self.parameters = parameters
        self.returnType = returnType
        self.storedBody = body.map { .own($0) } ?? .none
        self.bodyRange = bodyRange
    }

    /// A declaration whose body is `bodyRange` of `fileTokens`, kept by reference until it is read.
    init(signature: [Token], parameters: [Token], returnType: [Token]?, fileTokens: [Token], bodyRange: Range<Int>?) {
        self.signature = signature
        self.parameters = parameters
        self.returnType = returnType
        self.storedBody = bodyRange.map { TokenRun.shared(fileTokens, $0) } ?? .none
        self.bodyRange = bodyRange
    }

    /// Whether the body holds a `#[cfg` attribute (which ``CfgTokenFilter`` acts on), looked at in place.
    var bodyMayHaveCfgAttributes: Bool {
        storedBody.containsCfgAttribute
    }

    public static func == (lhs: FunctionDeclaration, rhs: FunctionDeclaration) -> Bool {
        lhs.signature == rhs.signature && lhs.parameters == rhs.parameters && lhs.returnType == rhs.returnType
            && lhs.body == rhs.body && lhs.bodyRange == rhs.bodyRange
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(signature)
        hasher.combine(parameters)
        hasher.combine(returnType)
        hasher.combine(body)
        hasher.combine(bodyRange)
    }
}

/// A run of tokens that an item holds: absent, its own array, or a range of its file's token array kept by
/// reference (the array is shared, not copied) and copied out only when read. Function and macro bodies are
/// most of a file's tokens; copying each at parse time doubled the token memory of an `inspect`, and most are
/// never read.
enum TokenRun: Sendable {
    case none
    case own([Token])
    case shared([Token], Range<Int>)

    var tokens: [Token]? {
        switch self {
        case .none: return nil
        case .own(let tokens): return tokens
        case .shared(let file, let range): return Array(file[range.clamped(to: file.indices)])
        }
    }

    /// Whether the run holds `#` `[` `cfg`, without copying it.
    var containsCfgAttribute: Bool {
        switch self {
        case .none: return false
        case .own(let tokens): return CfgTokenFilter.firstCfgAttribute(in: tokens[...]) != nil
        case .shared(let file, let range):
            return CfgTokenFilter.firstCfgAttribute(in: file[range.clamped(to: file.indices)]) != nil
        }
    }
}
