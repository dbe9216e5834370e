import RustSyntax

/// The legacy collator (`AuraConsensus::build`, started by `start_collator`) has no `authoring_duration`: it
/// authors for a share of the parachain slot, `block_proposal_slot_portion: SlotProportion::new(1f32 / 24f32)`
/// in its `BuildAuraConsensusParams` (500 ms of a 12 s slot). This reads that share; the slot it is a share of
/// comes from the runtime, once the node's runtimes are known (``NodeFacts/deriveAuthoringDuration(from:)``).
extension NodeAnalyzer {
    static let proportionField = "block_proposal_slot_portion"
    static let maxProportionField = "max_block_proposal_slot_portion"

    /// The first `block_proposal_slot_portion` handed to a legacy collator's consensus params in `bodies`
    /// (searched in order), evaluated. The standalone Aura worker's `StartAuraParams` (a development node's
    /// `sc_consensus_aura::start_aura`) is not the collator and is skipped.
    func slotProportion(in bodies: [(function: String, file: String, tokens: [Token])]) -> SlotProportionFact? {
        for body in bodies {
            let tokens = body.tokens
            for index in tokens.indices where tokens[index].isIdent(Self.proportionField) {
                guard let literal = Self.enclosingStructLiteral(tokens, at: index),
                    Self.isLegacyConsensusParams(literal.name),
                    let (source, value) = proportion(field: index, in: tokens, file: body.file)
                else { continue }
                var fact = SlotProportionFact(
                    source: source, value: min(max(value, 0), 1), file: body.file, line: tokens[index].line,
                    column: tokens[index].column)
                if let max = tokens[literal.range].indices.first(where: {
                    tokens[$0].isIdent(Self.maxProportionField) && literal.range.contains($0)
                }), let (maxSource, maxValue) = proportion(field: max, in: tokens, file: body.file) {
                    fact.maxSource = maxSource
                    fact.maxValue = min(Swift.max(maxValue, 0), 1)
                }
                return fact
            }
        }
        return nil
    }

    /// `BuildAuraConsensusParams` and the like (`Build…ConsensusParams`): what the legacy collator is built from.
    static func isLegacyConsensusParams(_ name: String) -> Bool {
        name.hasSuffix("ConsensusParams")
    }

    /// The struct literal (`Name { … }`) whose braces hold the token at `index`: its name and the range of its
    /// tokens inside the braces. Nil when the token is not directly inside one.
    static func enclosingStructLiteral(_ tokens: [Token], at index: Int) -> (name: String, range: Range<Int>)? {
        guard let cursor = enclosingBrace(tokens, at: index), cursor >= 1, tokens[cursor - 1].isIdentifier else {
            return nil
        }
        var close = cursor + 1
        var depth = 0
        while close < tokens.count {
            let token = tokens[close]
            if token.isPunct("{") || token.isPunct("(") || token.isPunct("[") { depth += 1 }
            if token.isPunct("}") || token.isPunct(")") || token.isPunct("]") {
                if depth == 0 { break }
                depth -= 1
            }
            close += 1
        }
        return (tokens[cursor - 1].name, (cursor + 1)..<close)
    }

    /// The proportion a field is set to: `field: SlotProportion::new(<expr>)` (inside `Some(…)` for the max),
    /// the shorthand `field,` or a variable, each after a `let <name> = …;` earlier in the body. Returns the
    /// argument as written and its value.
    func proportion(field index: Int, in tokens: [Token], file: String) -> (String, Double)? {
        guard index + 1 < tokens.count else { return nil }
        var expression: [Token]
        if tokens[index + 1].isPunct(":") {
            expression = Self.expression(tokens, from: index + 2)
        } else if tokens[index + 1].isPunct(",") || tokens[index + 1].isPunct("}") {
            expression = [tokens[index]]
        } else {
            return nil
        }
        if expression.count == 1, expression[0].isIdentifier,
            let binding = Self.letBinding(expression[0].name, in: tokens, before: index)
        {
            expression = binding
        }
        guard let arguments = Self.slotProportionArguments(expression), !arguments.isEmpty else { return nil }
        let value = FloatExpression.evaluate(arguments) { path in
            floatValue(of: path, file: file, tokens: tokens, before: index, depth: 0)
        }
        return value.map { (RuntimeAnalyzer.text(arguments), $0) }
    }

    /// The tokens of `let name = <expr>;` (with an optional type) last written before `end`.
    static func letBinding(_ name: String, in tokens: [Token], before end: Int) -> [Token]? {
        guard
            let binding = tokens[..<end].indices.last(where: {
                tokens[$0].isIdent(name) && $0 > 0 && tokens[$0 - 1].isIdent("let")
            })
        else { return nil }
        var start = binding + 1
        if start < tokens.count, tokens[start].isPunct(":") {
            while start < end, !tokens[start].isPunct("=") { start += 1 }
        }
        guard start < end, tokens[start].isPunct("=") else { return nil }
        return expression(tokens, from: start + 1)
    }

    /// The argument tokens of the first `SlotProportion::new(…)` in `tokens`.
    static func slotProportionArguments(_ tokens: [Token]) -> [Token]? {
        for index in tokens.indices.dropFirst(2) where tokens[index].isIdent("new") {
            guard tokens[index - 1].isPunct("::"), tokens[index - 2].isIdent("SlotProportion"),
                index + 1 < tokens.count, tokens[index + 1].isPunct("(")
            else { continue }
            var depth = 0
            var end = index + 2
            while end < tokens.count {
                if tokens[end].isPunct("(") { depth += 1 }
                if tokens[end].isPunct(")") {
                    if depth == 0 { return Array(tokens[(index + 2)..<end]) }
                    depth -= 1
                }
                end += 1
            }
        }
        return nil
    }

    /// A name inside a proportion: a local `let` before the field, else a constant of the node crate (float
    /// or integer), else whatever the integer evaluator makes of it.
    func floatValue(of path: [Token], file: String, tokens: [Token], before end: Int, depth: Int) -> Double? {
        guard depth < 8, let name = path.last?.name else { return nil }
        if path.count == 1, let binding = Self.letBinding(name, in: tokens, before: end) {
            return FloatExpression.evaluate(binding) { inner in
                floatValue(of: inner, file: file, tokens: tokens, before: end, depth: depth + 1)
            }
        }
        for definition in crate.definitions(named: name) {
            guard let expression = definition.item.constant?.expression else { continue }
            let value = FloatExpression.evaluate(expression) { inner in
                floatValue(of: inner, file: definition.file, tokens: [], before: 0, depth: depth + 1)
            }
            if let value { return value }
        }
        return evaluate(path, file).map(Double.init)
    }
}
