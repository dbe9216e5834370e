/// The data of a `const`, a `static`, or one declaration inside `parameter_types!`.
public struct ConstantDeclaration: Sendable, Hashable {
    /// How the value was declared.
    public enum Form: String, Sendable, Hashable {
        /// `const NAME: T = e;`
        case const_
        /// `static NAME: T = e;`
        case static_
        /// `static mut NAME: T = e;`
        case staticMut
        /// `pub const Name: T = e;` inside `parameter_types!`.
        case parameterConst
        /// `pub storage Name: T = e;` inside `parameter_types!` (a default that storage may override).
        case parameterStorage
        /// `pub Name: T = e;` inside `parameter_types!` (evaluated on each call).
        case parameterGetter
        /// `pub static Name: T = e;` inside `parameter_types!` (a test-settable value).
        case parameterStatic
    }

    public var form: Form
    /// The declared type's tokens (`u64`, `Weight`, `BlockNumber`).
    public var typeTokens: [Token]
    /// The value's tokens; empty for a trait's associated constant without a default.
    public var expression: [Token]
    /// Indices of ``expression`` in the file's token array.
    public var expressionRange: Range<Int>

    public init(form: Form, typeTokens: [Token], expression: [Token], expressionRange: Range<Int>) {
        self.form = form
        self.typeTokens = typeTokens
        self.expression = expression
        self.expressionRange = expressionRange
    }
}
