import ParaReadyCore
import RustSyntax

/// Values written as a qualified associated type, `<Wrapper<Config> as pallet_timestamp::DefaultConfig>::MinimumPeriod`:
/// a runtime that takes a pallet setting from a wrapper type's trait impl, possibly in another workspace crate.
extension RuntimeAnalyzer {
    /// The parts of `<SelfType as Trait::Path>::Name`, or nil for any other shape.
    static func qualifiedPath(_ tokens: [Token]) -> (selfName: String, traitSegments: [String], name: String)? {
        guard tokens.count >= 7, tokens[0].isPunct("<"), tokens[1].isIdentifier else { return nil }
        var depth = 0
        var asIndex: Int?
        var closeIndex: Int?
        for (index, token) in tokens.enumerated() {
            if token.isPunct("<") { depth += 1 }
            if token.isPunct(">") {
                depth -= 1
                if depth == 0 {
                    closeIndex = index
                    break
                }
            }
            if depth == 1, token.isIdent("as"), asIndex == nil { asIndex = index }
        }
        guard let asIndex, let closeIndex, closeIndex + 2 < tokens.count, tokens[closeIndex + 1].isPunct("::"),
            closeIndex + 3 == tokens.count, tokens[closeIndex + 2].isIdentifier
        else { return nil }
        let traitSegments = TokenPath.segments(Array(tokens[(asIndex + 1)..<closeIndex]))
        guard !traitSegments.isEmpty else { return nil }
        return (tokens[1].text, traitSegments, tokens[closeIndex + 2].text)
    }

    /// Evaluates a qualified associated type by finding `impl … Trait for SelfType` in this crate or in a
    /// workspace crate the evaluator can see, and evaluating that impl's associated type where it is written.
    func qualifiedAssociatedValue(_ tokens: [Token]) -> EvaluatedConstant? {
        guard let path = Self.qualifiedPath(tokens) else { return nil }
        let pattern = path.traitSegments.suffix(2).joined(separator: "::")
        var candidates: [(crateName: String?, source: CrateSource)] = [(nil, crate)]
        if let resolver = evaluator.resolver {
            candidates += resolver.crateNames.compactMap { key in resolver.crate(named: key).map { (key, $0) } }
        }
        for (crateName, source) in candidates {
            let impls = source.implBlocks(implementing: pattern, for: path.selfName)
            for scoped in impls {
                guard let block = scoped.item.impl, let item = block.associatedType(named: path.name),
                    let aliased = item.typeAlias?.typeTokens
                else { continue }
                let value = evaluator.evaluate(
                    type: aliased, inModule: scoped.modulePath, crateName: crateName, selfItems: block.items)
                if value.value.integerValue != nil || value.value.milliseconds != nil || value.value.boolValue != nil {
                    return value
                }
            }
        }
        return nil
    }
}
