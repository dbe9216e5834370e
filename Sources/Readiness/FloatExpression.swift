import RustSyntax

/// A floating-point Rust expression evaluated without compiling: float and integer literals (`1f32`, `0.5`,
/// `24u32`), `+ - * /`, parentheses, unary minus, `as` casts and paths whose value a caller supplies. Anything
/// else, a division by zero or trailing tokens give nil: never a guess.
struct FloatExpression {
    let tokens: [Token]
    /// The value of a path (`PORTION`, `consts::DIVISOR`), given its tokens.
    let resolve: ([Token]) -> Double?
    var index = 0

    static func evaluate(_ tokens: [Token], resolve: @escaping ([Token]) -> Double? = { _ in nil }) -> Double? {
        var parser = FloatExpression(tokens: tokens, resolve: resolve)
        guard let value = parser.sum(), parser.index == tokens.count, value.isFinite else { return nil }
        return value
    }

    /// The value of a float or integer literal token (`1_000.5f64`, `24u32`, `0x18`).
    static func literal(_ token: Token) -> Double? {
        var text = String(token.text.filter { $0 != "_" })
        switch token.kind {
        case .float:
            for suffix in ["f32", "f64"] where text.hasSuffix(suffix) { text.removeLast(3) }
            if text.hasSuffix(".") { text += "0" }
            return Double(text)
        case .integer:
            if let suffix = text.firstIndex(where: { $0 == "u" || $0 == "i" }), !text.hasPrefix("0x") {
                text = String(text[..<suffix])
            }
            for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where text.hasPrefix(prefix) {
                return Int(text.dropFirst(2), radix: radix).map(Double.init)
            }
            return Int(text).map(Double.init)
        default:
            return nil
        }
    }

    static let integerTypes: Set<String> = [
        "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize",
    ]

    func peek(_ offset: Int = 0) -> Token? { index + offset < tokens.count ? tokens[index + offset] : nil }

    mutating func sum() -> Double? {
        guard var value = product() else { return nil }
        while let token = peek(), token.isPunct("+") || token.isPunct("-") {
            index += 1
            guard let right = product() else { return nil }
            value = token.isPunct("+") ? value + right : value - right
        }
        return value
    }

    mutating func product() -> Double? {
        guard var value = unary() else { return nil }
        while let token = peek(), token.isPunct("*") || token.isPunct("/") {
            index += 1
            guard let right = unary() else { return nil }
            if token.isPunct("/") {
                guard right != 0 else { return nil }
                value /= right
            } else {
                value *= right
            }
        }
        return value
    }

    mutating func unary() -> Double? {
        if let token = peek(), token.isPunct("-") {
            index += 1
            return unary().map { -$0 }
        }
        guard var value = primary() else { return nil }
        // `x as f32`, `x as u32` (an integer cast truncates toward zero).
        while let token = peek(), token.isIdent("as"), let type = peek(1), type.isIdentifier {
            index += 2
            if Self.integerTypes.contains(type.name) { value.round(.towardZero) }
        }
        return value
    }

    mutating func primary() -> Double? {
        guard let token = peek() else { return nil }
        if token.kind == .float || token.kind == .integer {
            index += 1
            return Self.literal(token)
        }
        if token.isPunct("(") {
            index += 1
            guard let value = sum(), let close = peek(), close.isPunct(")") else { return nil }
            index += 1
            return value
        }
        guard token.isIdentifier || token.isPunct("::") else { return nil }
        let start = index
        if token.isPunct("::") { index += 1 }
        while let segment = peek(), segment.isIdentifier, !segment.isIdent("as") {
            index += 1
            guard let separator = peek(), separator.isPunct("::") else { break }
            index += 1
        }
        let path = Array(tokens[start..<index])
        guard path.last?.isIdentifier == true else { return nil }
        return resolve(path)
    }
}
