/// Removes statements, fields and call arguments switched off by `#[cfg(...)]` inside bodies and expressions.
///
/// Item-level `cfg` removes whole items; code also switches single statements
/// (`#[cfg(feature = "async-backing")] let params = AuraParams { … };`), struct fields and call arguments
/// (`Weight::from_parts(#[cfg(feature = "x")] A, #[cfg(not(feature = "x"))] B, …)`), which only a token pass sees.
/// An attribute whose predicate is false removes everything up to the end of the statement it precedes: the
/// next `;` or `,` at the same bracket depth, or the end of a `{ … }` block that stands alone. Unknown
/// predicates keep the code (never guessed away).
public enum CfgTokenFilter {
    /// The tokens with every `#[cfg(…)]`-disabled element removed (and the attributes of enabled ones dropped).
    public static func filter(_ tokens: [Token], environment: CfgEnvironment) -> [Token] {
        // Most bodies hold no `#[cfg`: hand back the same array (no copy).
        guard let first = firstCfgAttribute(in: tokens[...]) else { return tokens }
        var output: [Token] = []
        output.reserveCapacity(tokens.count)
        output.append(contentsOf: tokens[..<first])
        var index = first
        while index < tokens.count {
            if tokens[index].isPunct("#"), index + 1 < tokens.count, tokens[index + 1].isPunct("["),
                index + 2 < tokens.count, tokens[index + 2].isIdent("cfg")
            {
                let close = matching(tokens, from: index + 1)
                let arguments = Array(tokens[min(index + 3, close)..<close])
                let inner = arguments.count >= 2 ? Array(arguments.dropFirst().dropLast()) : []
                if CfgPredicate(tokens: inner).evaluate(environment) == false {
                    index = endOfStatement(tokens, from: close + 1)
                    continue
                }
                index = close + 1
                continue
            }
            output.append(tokens[index])
            index += 1
        }
        return output
    }

    /// The index of the first `#` that starts `#[cfg`, if any (a slice is looked at in place, with its own
    /// indices).
    static func firstCfgAttribute(in tokens: ArraySlice<Token>) -> Int? {
        var index = tokens.startIndex
        while index + 2 < tokens.endIndex {
            if tokens[index].kind == .punct, tokens[index].isPunct("#"), tokens[index + 1].isPunct("["),
                tokens[index + 2].isIdent("cfg")
            {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The index of the bracket closing the one at `open` (or the last index when unbalanced).
    static func matching(_ tokens: [Token], from open: Int) -> Int {
        var depth = 0
        var index = open
        while index < tokens.count {
            let token = tokens[index]
            if token.isPunct("(") || token.isPunct("[") || token.isPunct("{") { depth += 1 }
            if token.isPunct(")") || token.isPunct("]") || token.isPunct("}") {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return tokens.count - 1
    }

    /// The index just after the statement starting at `start`.
    static func endOfStatement(_ tokens: [Token], from start: Int) -> Int {
        var depth = 0
        var index = start
        while index < tokens.count {
            let token = tokens[index]
            if token.isPunct("(") || token.isPunct("[") || token.isPunct("{") {
                depth += 1
            } else if token.isPunct(")") || token.isPunct("]") || token.isPunct("}") {
                if depth == 0 { return index }  // the enclosing block ends: the statement ended before it
                depth -= 1
                if depth == 0 && token.isPunct("}") {
                    // A block statement (`{ … }`, `if … { … }`) ends here unless `else` or `.` continues it.
                    let next = index + 1 < tokens.count ? tokens[index + 1] : nil
                    if next.map({ !($0.isIdent("else") || $0.isPunct(".") || $0.isPunct("?")) }) ?? true {
                        return next.map { $0.isPunct(";") || $0.isPunct(",") } == true ? index + 2 : index + 1
                    }
                }
            } else if depth == 0 && (token.isPunct(";") || token.isPunct(",")) {
                return index + 1
            }
            index += 1
        }
        return tokens.count
    }
}
