/// The rules of a `macro_rules!` definition: each arm's matcher and transcriber, without their outer brackets.
public struct MacroRulesDeclaration: Sendable, Hashable {
    public struct Arm: Sendable, Hashable {
        /// The tokens inside the matcher's brackets (`$prod:expr, $test:expr`).
        public var matcher: [Token]
        /// The tokens inside the transcriber's brackets.
        public var transcriber: [Token]

        public init(matcher: [Token], transcriber: [Token]) {
            self.matcher = matcher
            self.transcriber = transcriber
        }
    }

    public var arms: [Arm]

    public init(arms: [Arm]) {
        self.arms = arms
    }

    /// The expansion of a call whose arguments are `arguments` (the tokens inside the call's brackets), for the
    /// one shape read here: an arm whose matcher is a comma-separated list of `$name:expr` fragments (a trailing
    /// comma or `$(,)?` allowed) and that has as many fragments as the call has arguments. Each `$name` in the transcriber
    /// becomes its argument in parentheses. Nil for anything else (repetitions, literal tokens, other fragments).
    public func expansion(of arguments: [Token]) -> [Token]? {
        let values = Attribute.splitAtCommas(arguments).filter { !$0.isEmpty }
        for arm in arms {
            guard let names = Self.expressionFragments(arm.matcher), names.count == values.count else { continue }
            let bound = Dictionary(zip(names, values), uniquingKeysWith: { first, _ in first })
            var out: [Token] = []
            var index = 0
            while index < arm.transcriber.count {
                let token = arm.transcriber[index]
                if token.isPunct("$"), index + 1 < arm.transcriber.count,
                    let value = bound[arm.transcriber[index + 1].name]
                {
                    out.append(
                        Token(kind: .punct, text: "(", line: token.line, column: token.column, offset: token.offset))
                    out += value
                    out.append(
                        Token(kind: .punct, text: ")", line: token.line, column: token.column, offset: token.offset))
                    index += 2
                    continue
                }
                if token.isPunct("$") { return nil }
                out.append(token)
                index += 1
            }
            return out
        }
        return nil
    }

    /// The names of a matcher made only of `$name:expr` fragments separated by commas, or nil.
    static func expressionFragments(_ matcher: [Token]) -> [String]? {
        var matcher = matcher
        // An optional trailing comma, `$(,)?` or `$(,)*`.
        if matcher.count >= 5, matcher[matcher.count - 5].isPunct("$"), matcher[matcher.count - 4].isPunct("("),
            matcher[matcher.count - 3].isPunct(","), matcher[matcher.count - 2].isPunct(")"),
            matcher[matcher.count - 1].isPunct("?") || matcher[matcher.count - 1].isPunct("*")
        {
            matcher.removeLast(5)
        }
        var names: [String] = []
        for part in Attribute.splitAtCommas(matcher) {
            if part.isEmpty { continue }
            guard part.count == 4, part[0].isPunct("$"), part[1].isIdentifier, part[2].isPunct(":"),
                part[3].isIdent("expr")
            else { return nil }
            names.append(part[1].name)
        }
        return names
    }
}
