/// Paths, calls and macros inside expressions.
extension ExpressionEvaluator {
    mutating func pathExpression(allowStruct: Bool) -> EvaluationValue {
        var segments: [String] = []
        var genericArguments: [Token] = []
        if isPunct("::") { index += 1 }
        while let token = peek(), token.isIdentifier {
            segments.append(token.name)
            index += 1
            guard isPunct("::") else { break }
            if isPunct("<", 1) {
                index += 1
                let start = index
                skipAngles()
                genericArguments = Array(tokens[(start + 1)..<max(start + 1, index - 1)])
                guard isPunct("::") else { break }
            }
            index += 1
        }
        guard !segments.isEmpty else {
            index += 1
            return .unknown("malformed path")
        }
        let written = segments.joined(separator: "::")
        if isPunct("!"), let next = peek(1), next.kind == .punct, ["(", "[", "{"].contains(next.text) {
            index += 1
            return macro(segments)
        }
        if isPunct("(") {
            return call(segments, genericArguments: genericArguments)
        }
        if isPunct("{") && allowStruct {
            return skipGroup(.unknown("struct literal `\(written) { … }`"))
        }
        return pathValue(segments)
    }

    /// The value a path names in this expression's scope.
    mutating func pathValue(_ segments: [String]) -> EvaluationValue {
        let written = segments.joined(separator: "::")
        if segments.count == 1, let local = locals[segments[0]] { return local }
        if segments.first == "Self" {
            guard segments.count == 2, let selfItems else { return .unknown("`\(written)` outside an impl") }
            guard let item = selfItems.first(where: { $0.name == segments[1] }) else {
                return .unknown("`\(written)` is not an associated item of this impl")
            }
            return session.value(of: item, crate: crate, module: module, selfItems: selfItems)
        }
        let resolved = session.resolve(segments, crate: crate, module: module)
        if resolved.targets.isEmpty { return .unknown(resolved.failure ?? "cannot resolve `\(written)`") }
        return session.value(of: resolved.targets, written: written)
    }

    mutating func macro(_ segments: [String]) -> EvaluationValue {
        let name = segments.last ?? ""
        let open = index
        let close = closer(open)
        index = min(close + 1, end)
        guard name == "cfg" else {
            return expandMacro(segments, arguments: Array(tokens[min(open + 1, close)..<close]))
        }
        let predicate = CfgPredicate(tokens: Array(tokens[(open + 1)..<close]))
        guard let value = predicate.evaluate(session.environment) else {
            return .unknown("cfg!(\(predicate)) is not decided by the configuration")
        }
        return .bool(value)
    }

    /// A `macro_rules!` macro of a loaded crate whose arm takes only expressions, expanded and evaluated where it
    /// is called: a `cfg!` in its body is decided by the configuration being evaluated, as rustc decides it in
    /// the calling crate.
    mutating func expandMacro(_ segments: [String], arguments: [Token]) -> EvaluationValue {
        let name = segments.last ?? ""
        for target in session.resolve(segments, crate: crate, module: module).targets {
            guard case .item(_, _, let item) = target, item.kind == .macroRules, let rules = item.macroArms else {
                continue
            }
            guard let expansion = rules.expansion(of: arguments) else {
                return .unknown("macro `\(name)!` has no arm of expressions only for this call")
            }
            var nested = ExpressionEvaluator(
                session: session, crate: crate, module: module, tokens: expansion, expected: expected)
            nested.selfItems = selfItems
            nested.locals = locals
            return nested.evaluate()
        }
        return .unknown("macro `\(name)!` is not evaluated")
    }

    mutating func call(_ segments: [String], genericArguments: [Token]) -> EvaluationValue {
        let written = segments.joined(separator: "::")
        let arguments = argumentRanges().map { evaluateRange($0) }
        if let value = Builtins.call(segments, arguments: arguments) { return value }
        if segments.last == "get", segments.count >= 2, arguments.isEmpty {
            let owner = Array(segments.dropLast())
            if let last = owner.last, ConstGeneric(rawValue: last) != nil, !genericArguments.isEmpty {
                let typeTokens = Lexer.tokenize(last) + Lexer.tokenize("<") + genericArguments + Lexer.tokenize(">")
                return session.typeValue(typeTokens, crate: crate, module: module, selfItems: selfItems)
            }
            return pathValue(owner)
        }
        if segments.count == 1, locals[segments[0]] != nil { return .unknown("calling a parameter") }
        let resolved = session.resolve(segments, crate: crate, module: module)
        for target in resolved.targets {
            switch target {
            case .external(let path):
                if let value = Builtins.call(path, arguments: arguments) { return value }
            case .item(let owner, let ownerModule, let item) where item.kind == .function:
                return constFunction(item, crate: owner, module: ownerModule, arguments: arguments)
            default:
                continue
            }
        }
        if segments.count >= 2,
            let helper = session.inherentFunction(
                type: segments[segments.count - 2], name: segments[segments.count - 1])
        {
            return constFunction(helper.item, crate: helper.crate, module: helper.module, arguments: arguments)
        }
        if let unknown = arguments.first(where: \.isUnknown) { return unknown }
        if resolved.targets.isEmpty, let failure = resolved.failure { return .unknown(failure) }
        return .unknown("call to `\(written)` is not evaluated")
    }

    /// Calls a local function whose body is a single expression (a `const fn`, or a helper such as
    /// `Runtime::impl_slot_duration()`), binding its parameters to the argument values.
    mutating func constFunction(
        _ item: Item, crate owner: Int, module ownerModule: [String], arguments: [EvaluationValue]
    )
        -> EvaluationValue
    {
        let name = item.name ?? "?"
        guard let function = item.function, let body = function.body, !body.isEmpty else {
            return .unknown("`\(name)` has no body")
        }
        if let unknown = arguments.first(where: \.isUnknown) { return unknown }
        let parameters = Attribute.splitAtCommas(function.parameters).filter { !$0.isEmpty }
        guard parameters.count == arguments.count else { return .unknown("`\(name)` called with the wrong arity") }
        var evaluator = ExpressionEvaluator(
            session: session, crate: owner, module: ownerModule, tokens: body,
            expected: function.returnType.flatMap { session.integerType(of: $0, crate: owner, module: ownerModule) })
        guard !evaluator.hasStatements(0..<body.count) else { return .unknown("`\(name)` has statements") }
        for (parameter, argument) in zip(parameters, arguments) {
            var position = 0
            if parameter.first?.isKeyword("mut") == true { position = 1 }
            guard position < parameter.count, parameter[position].isIdentifier else {
                return .unknown("`\(name)` has a pattern parameter")
            }
            let typeTokens = parameter.count > position + 2 ? Array(parameter[(position + 2)...]) : []
            let type = session.integerType(of: typeTokens, crate: owner, module: ownerModule)
            evaluator.locals[parameter[position].name] = argument.coerced(to: type)
        }
        return evaluator.evaluate().coerced(to: evaluator.expected)
    }
}
