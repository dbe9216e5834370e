/// The data of a `fn` item: its signature and where its body is.
public struct FunctionDeclaration: Sendable, Hashable {
    /// Every token from the first qualifier (`pub` excluded, `const`/`unsafe`/`fn` included) up to the body.
    public var signature: [Token]
    /// The tokens inside the parameter list's parentheses.
    public var parameters: [Token]
    /// The tokens after `->` up to the `where` clause or body; nil when the function returns `()`.
    public var returnType: [Token]?
    /// The tokens strictly inside the body's braces; nil for a declaration without a body (`fn f();`).
    public var body: [Token]?
    /// Indices of ``body`` in the file's token array.
    public var bodyRange: Range<Int>?

    public init(
        signature: [Token], parameters: [Token], returnType: [Token]?, body: [Token]?, bodyRange: Range<Int>?
    ) {
        self.signature = signature
        self.parameters = parameters
        self.returnType = returnType
        self.body = body
        self.bodyRange = bodyRange
    }
}
