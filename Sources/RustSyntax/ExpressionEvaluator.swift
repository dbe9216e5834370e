/// Evaluates one Rust constant expression over its tokens: a Pratt parser that computes as it parses.
///
/// Every step consumes at least one token and nesting is counted by the session, so any token sequence ends
/// in a value or an `unknown` with a reason.
struct ExpressionEvaluator {
    let session: EvaluationSession
    let crate: Int
    let module: [String]
    let tokens: [Token]
    let brackets: BracketMap
    /// The declared type of the constant being evaluated: used when an untyped value meets an operation whose
    /// result depends on the type (`saturating_*`, `!`).
    let expected: IntegerType?
    /// The enclosing impl's associated items, for `Self::Name`.
    var selfItems: [Item]?
    /// Parameters of a `const fn` being evaluated.
    var locals: [String: EvaluationValue] = [:]
    var index = 0
    var end: Int

    init(session: EvaluationSession, crate: Int, module: [String], tokens: [Token], expected: IntegerType?) {
        self.session = session
        self.crate = crate
        self.module = module
        self.tokens = tokens
        self.brackets = BracketMap(tokens)
        self.expected = expected
        self.end = tokens.count
    }

    /// Evaluates all tokens as one expression.
    mutating func evaluate() -> EvaluationValue {
        guard !tokens.isEmpty else { return .unknown("empty expression") }
        return evaluateRange(0..<tokens.count)
    }

    // MARK: Token access

    func peek(_ offset: Int = 0) -> Token? {
        let position = index + offset
        return position < end ? tokens[position] : nil
    }

    func isPunct(_ symbol: String, _ offset: Int = 0) -> Bool {
        peek(offset)?.isPunct(symbol) ?? false
    }

    /// The closer of the group opened at `position`, or `end` when unmatched in the current range.
    func closer(_ position: Int) -> Int {
        if let close = brackets.closer(of: position), close < end { return close }
        return end
    }

    /// Evaluates `range` as a complete expression, restoring the cursor afterwards.
    mutating func evaluateRange(_ range: Range<Int>, allowStruct: Bool = true) -> EvaluationValue {
        let saved = (index, end)
        index = range.lowerBound
        end = range.upperBound
        var value = expression(0, allowStruct: allowStruct)
        if index < end && !value.isUnknown {
            value = .unknown("unexpected `\(tokens[index].text)` in `\(TokenPath.text(tokens[range]))`")
        }
        (index, end) = saved
        return value
    }

    /// Skips the group opened at the cursor and returns `value`.
    mutating func skipGroup(_ value: EvaluationValue) -> EvaluationValue {
        index = min(closer(index) + 1, end)
        return value
    }

    /// True when `range` holds a statement separator or `let` at depth 0 (a block that is not one expression).
    func hasStatements(_ range: Range<Int>) -> Bool {
        var position = range.lowerBound
        while position < range.upperBound {
            let token = tokens[position]
            if token.isPunct(";") || token.isKeyword("let") || token.isKeyword("return") { return true }
            if let close = brackets.closer(of: position), close < range.upperBound {
                position = close + 1
            } else {
                position += 1
            }
        }
        return false
    }

    /// Splits the group opened at the cursor into comma-separated argument ranges and moves past it.
    mutating func argumentRanges() -> [Range<Int>] {
        let open = index
        let close = closer(open)
        index = min(close + 1, end)
        var ranges: [Range<Int>] = []
        var start = open + 1
        var position = start
        while position < close {
            if tokens[position].isPunct(",") {
                ranges.append(start..<position)
                start = position + 1
                position += 1
            } else if let inner = brackets.closer(of: position), inner < close {
                position = inner + 1
            } else {
                position += 1
            }
        }
        if start < close { ranges.append(start..<close) }
        return ranges
    }

    // MARK: Expressions

    struct Operator {
        var symbol: String
        var width: Int
        var precedence: Int
    }

    static let precedences: [String: Int] = [
        "||": 1, "&&": 2, "==": 3, "!=": 3, "<": 3, ">": 3, "<=": 3, ">=": 3, "|": 4, "^": 5, "&": 6, "<<": 7,
        ">>": 7, "+": 8, "-": 8, "*": 9, "/": 9, "%": 9, "as": 10,
    ]

    /// The binary operator at the cursor; `>` tokens written next to each other are joined into `>>` and `>=`.
    func peekOperator() -> Operator? {
        guard let token = peek() else { return nil }
        if token.isKeyword("as") { return Operator(symbol: "as", width: 1, precedence: 10) }
        guard token.kind == .punct else { return nil }
        var symbol = token.text
        var width = 1
        if symbol == ">", let next = peek(1), token.isJoined(to: next) {
            if next.isPunct(">") {
                if let third = peek(2), next.isJoined(to: third), third.isPunct("=") { return nil }
                symbol = ">>"
                width = 2
            } else if next.isPunct("=") {
                symbol = ">="
                width = 2
            }
        }
        guard let precedence = Self.precedences[symbol] else { return nil }
        return Operator(symbol: symbol, width: width, precedence: precedence)
    }

    mutating func expression(_ minimum: Int, allowStruct: Bool) -> EvaluationValue {
        guard session.enter() else {
            index = end
            return .unknown(session.limitReason)
        }
        defer { session.leave() }
        var left = unary(allowStruct: allowStruct)
        while let op = peekOperator(), op.precedence >= minimum {
            index += op.width
            if op.symbol == "as" {
                left = cast(left, to: castTarget())
                continue
            }
            let right = expression(op.precedence + 1, allowStruct: allowStruct)
            left = Arithmetic.binary(op.symbol, left, right)
        }
        return left
    }

    mutating func unary(allowStruct: Bool) -> EvaluationValue {
        guard let token = peek() else { return .unknown("expression ends early") }
        if token.kind == .punct, ["-", "!", "&", "&&", "*"].contains(token.text) {
            index += 1
            if token.text.hasPrefix("&"), peek()?.isKeyword("mut") == true { index += 1 }
            guard session.enter() else {
                index = end
                return .unknown(session.limitReason)
            }
            defer { session.leave() }
            let operand = unary(allowStruct: allowStruct)
            switch token.text {
            case "-": return Arithmetic.negate(operand)
            case "!": return Arithmetic.not(operand, expected: expected)
            default: return operand
            }
        }
        let value = primary(allowStruct: allowStruct)
        return postfix(value)
    }

    /// The type tokens after `as` (a path, possibly with generic arguments).
    mutating func castTarget() -> [Token] {
        let start = index
        while let token = peek(), token.isIdentifier || token.isPunct("::") { index += 1 }
        if isPunct("<") {
            var depth = 0
            while let token = peek() {
                if token.isPunct("<") { depth += 1 }
                if token.isPunct(">") { depth -= 1 }
                index += 1
                if depth <= 0 { break }
            }
        }
        if index == start, peek() != nil { index += 1 }
        return Array(tokens[start..<index])
    }

    func cast(_ value: EvaluationValue, to target: [Token]) -> EvaluationValue {
        let written = TokenPath.text(target)
        guard let type = session.integerType(of: target, crate: crate, module: module) else {
            if value.isUnknown { return value }
            // `x as BlockNumber` with the alias defined in a crate outside the repository: only primitive
            // numbers can be cast to, and every integer alias a runtime names is at least 32 bits wide, so a
            // value that fits `u32` keeps its number (without a known width).
            if case .int(let number, _) = value, number >= 0, number <= Int128(UInt32.max),
                target.last?.isIdentifier == true
            {
                return .int(number, nil)
            }
            return .unknown("cast to `\(written)` is not evaluated")
        }
        switch value {
        case .int(let number, _):
            guard let truncated = type.truncating(number) else {
                return .unknown(type.overflowReason(String(number)))
            }
            return .int(truncated, type)
        case .bool(let flag):
            return .int(flag ? 1 : 0, type)
        case .unknown:
            return value
        default:
            return .unknown("cannot cast a \(value.kindName) to `\(written)`")
        }
    }

    mutating func postfix(_ start: EvaluationValue) -> EvaluationValue {
        var value = start
        while let token = peek() {
            if token.isPunct("."), let next = peek(1) {
                if next.isIdentifier {
                    index += 2
                    if isPunct("::"), isPunct("<", 1) {
                        index += 1
                        skipAngles()
                    }
                    if isPunct("(") {
                        let arguments = argumentRanges().map { evaluateRange($0) }
                        value = Methods.call(next.name, on: value, arguments: arguments, expected: expected)
                    } else if !value.isUnknown {
                        value = .unknown("field access `.\(next.name)`")
                    }
                    continue
                }
                index += 2
                if !value.isUnknown { value = .unknown("tuple field access") }
                continue
            }
            if token.isPunct("?") {
                index += 1
                if !value.isUnknown { value = .unknown("the `?` operator") }
                continue
            }
            if token.isPunct("[") || token.isPunct("(") {
                value = skipGroup(value.isUnknown ? value : .unknown("indexing or calling a value"))
                continue
            }
            break
        }
        return value
    }

    /// Moves past `<…>` at the cursor.
    mutating func skipAngles() {
        var depth = 0
        while let token = peek() {
            if token.isPunct("<") { depth += 1 }
            if token.isPunct("<<") { depth += 2 }
            if token.isPunct(">") { depth -= 1 }
            if token.kind == .punct && ["(", "[", "{"].contains(token.text) {
                index = min(closer(index) + 1, end)
                continue
            }
            index += 1
            if depth <= 0 { break }
        }
    }

    mutating func primary(allowStruct: Bool) -> EvaluationValue {
        guard let token = peek() else { return .unknown("expression ends early") }
        switch token.kind {
        case .integer:
            index += 1
            return Self.integerLiteral(token)
        case .float:
            index += 1
            return .unknown("floating-point literal `\(token.text)`")
        case .string, .rawString:
            index += 1
            return token.stringValue.map { .string($0) } ?? .unknown("malformed string literal")
        case .byte:
            index += 1
            let scalars = Array(token.text.unicodeScalars)
            if scalars.count == 4, scalars[2].isASCII, scalars[2] != "\\" { return .int(Int128(scalars[2].value), .u8) }
            return .unknown("byte literal `\(token.text)`")
        case .punct:
            return punctuationPrimary(token, allowStruct: allowStruct)
        case .ident, .rawIdent:
            return identifierPrimary(token, allowStruct: allowStruct)
        default:
            index += 1
            return .unknown("`\(token.text)` is not evaluated")
        }
    }

    static func integerLiteral(_ token: Token) -> EvaluationValue {
        guard let literal = LiteralValue.integer(token) else { return .unknown("not an integer") }
        var type: IntegerType?
        if let suffix = literal.suffix {
            guard let known = IntegerType(rawValue: suffix) else {
                return .unknown("integer literal `\(token.text)` has an invalid suffix")
            }
            type = known
        }
        guard let magnitude = literal.value else { return .unknown("integer literal `\(token.text)` is malformed") }
        guard magnitude <= UInt128(Int128.max) else {
            return .unknown("`\(token.text)` exceeds the 128-bit signed range the evaluator uses")
        }
        return EvaluationValue.int(Int128(magnitude), type).coerced(to: type)
    }

    mutating func punctuationPrimary(_ token: Token, allowStruct: Bool) -> EvaluationValue {
        switch token.text {
        case "(":
            let open = index
            let close = closer(open)
            index = min(close + 1, end)
            guard close > open + 1 else { return .unknown("the unit value `()`") }
            var position = open + 1
            while position < close {
                if tokens[position].isPunct(",") { return .unknown("tuple expression") }
                position = brackets.closer(of: position).map { min($0, close) + 1 } ?? position + 1
            }
            return evaluateRange((open + 1)..<close)
        case "{":
            return block()
        case "[":
            return skipGroup(.unknown("array expression"))
        case "<":
            return qualifiedPath()
        case "::":
            return pathExpression(allowStruct: allowStruct)
        case "|", "||":
            index = end
            return .unknown("closure")
        default:
            index += 1
            return .unknown("unexpected `\(token.text)`")
        }
    }

    /// `{ expression }` (also after `const` and `unsafe`): the value of its single expression.
    mutating func block() -> EvaluationValue {
        let open = index
        let close = closer(open)
        index = min(close + 1, end)
        let inner = (open + 1)..<close
        guard !inner.isEmpty else { return .unknown("empty block") }
        if hasStatements(inner) { return .unknown("block with statements") }
        return evaluateRange(inner)
    }

    mutating func identifierPrimary(_ token: Token, allowStruct: Bool) -> EvaluationValue {
        if token.kind == .ident {
            switch token.text {
            case "true", "false":
                index += 1
                return .bool(token.text == "true")
            case "if":
                return ifExpression()
            case "unsafe", "const":
                if isPunct("{", 1) {
                    index += 1
                    return block()
                }
            case "match", "loop", "while", "for", "let", "return", "async", "move", "break", "continue":
                index = end
                return .unknown("`\(token.text)` expressions are not evaluated")
            default:
                break
            }
        }
        return pathExpression(allowStruct: allowStruct)
    }

    mutating func ifExpression() -> EvaluationValue {
        index += 1
        let condition = expression(0, allowStruct: false)
        guard isPunct("{") else {
            index = end
            return condition.isUnknown ? condition : .unknown("malformed `if`")
        }
        let thenValue = block()
        guard peek()?.isKeyword("else") == true else { return .unknown("`if` without `else`") }
        index += 1
        let elseValue: EvaluationValue
        if peek()?.isKeyword("if") == true {
            elseValue = ifExpression()
        } else if isPunct("{") {
            elseValue = block()
        } else {
            index = end
            return .unknown("malformed `else`")
        }
        switch condition {
        case .bool(let flag):
            return flag ? thenValue : elseValue
        case .unknown(let reason):
            if !thenValue.isUnknown && thenValue.constValue == elseValue.constValue { return thenValue }
            return .unknown("the `if` condition is not known: \(reason)")
        default:
            return .unknown("`if` condition is a \(condition.kindName), not a bool")
        }
    }

    /// `<Type as Trait>::name` and `<Type>::name`, with `::get()` read as the type's value.
    mutating func qualifiedPath() -> EvaluationValue {
        let start = index
        var depth = 0
        var asIndex: Int?
        var closeIndex: Int?
        var position = start
        while position < end {
            let token = tokens[position]
            if token.isPunct("<") { depth += 1 }
            if token.isPunct("<<") { depth += 2 }
            if token.isPunct(">") {
                depth -= 1
                if depth == 0 {
                    closeIndex = position
                    break
                }
            }
            if depth == 1 && token.isKeyword("as") && asIndex == nil { asIndex = position }
            position = brackets.closer(of: position).map { min($0, end - 1) + 1 } ?? position + 1
        }
        guard let closeIndex, isPunctAt(closeIndex + 1, "::"), closeIndex + 2 < end,
            tokens[closeIndex + 2].isIdentifier
        else {
            index = end
            return .unknown("malformed qualified path")
        }
        let typeTokens = Array(tokens[(start + 1)..<(asIndex ?? closeIndex)])
        let name = tokens[closeIndex + 2].name
        index = closeIndex + 3
        if name == "get", isPunct("(") {
            let arguments = argumentRanges()
            guard arguments.isEmpty else { return .unknown("`get` with arguments") }
            return session.typeValue(typeTokens, crate: crate, module: module, selfItems: selfItems)
        }
        if isPunct("(") { return skipGroup(.unknown("call to `<\(TokenPath.text(typeTokens))>::\(name)`")) }
        return .unknown("associated item `<\(TokenPath.text(typeTokens))>::\(name)`")
    }

    func isPunctAt(_ position: Int, _ symbol: String) -> Bool {
        position < end && tokens[position].isPunct(symbol)
    }
}
