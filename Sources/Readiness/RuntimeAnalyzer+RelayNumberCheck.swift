import ParaReadyCore
import RustSyntax

/// `CheckAssociatedRelayNumber`: the SDK's checkers, and checkers of a chain's own that wrap one of them.
extension RuntimeAnalyzer {
    /// `monotonic`, `strict`, `any` for the SDK's checkers, `other` for anything else.
    static func relayNumberCheckKind(_ name: String) -> String {
        switch name {
        case "RelayNumberMonotonicallyIncreases": return "monotonic"
        case "RelayNumberStrictlyIncreases": return "strict"
        case "AnyRelayNumber": return "any"
        default: return "other"
        }
    }

    /// The kind of the SDK checker a custom checker delegates to: one of its type arguments is an SDK checker,
    /// and its `impl CheckAssociatedRelayNumber` (in this crate or a workspace crate) calls
    /// `check_associated_relay_number` on the type parameter in that position. Nil when that cannot be read.
    func delegatedRelayNumberCheck(_ checker: ResolvedType) -> String? {
        guard let wrapper = checker.segments.last else { return nil }
        for (position, argument) in checker.genericArguments.enumerated() {
            let inner = evaluator.resolveType(argument, inModule: checker.modulePath, crateName: checker.crateName)
            let kind = Self.relayNumberCheckKind(inner.segments.last ?? "")
            guard kind != "other" else { continue }
            if implDelegates(wrapper, position: position) { return kind }
        }
        return nil
    }

    /// Whether `impl … CheckAssociatedRelayNumber for Wrapper<P0, P1, …>` calls the check of parameter `position`.
    func implDelegates(_ wrapper: String, position: Int) -> Bool {
        var sources: [CrateSource] = [crate]
        if let resolver = evaluator.resolver {
            sources += resolver.crateNames.compactMap { resolver.crate(named: $0) }
        }
        for source in sources {
            for scoped in source.implBlocks(implementing: "CheckAssociatedRelayNumber", for: wrapper) {
                guard let block = scoped.item.impl,
                    let parameters = Self.genericArguments(of: wrapper, in: block.selfType),
                    position < parameters.count, parameters[position].count == 1,
                    let parameter = parameters[position].first, parameter.isIdentifier,
                    let body = block.function(named: "check_associated_relay_number")?.function?.body
                else { continue }
                if Self.callsCheck(on: parameter.name, in: body) { return true }
            }
        }
        return false
    }

    /// `P::check_associated_relay_number(…)` or `<P as Trait>::check_associated_relay_number(…)` in `body`.
    static func callsCheck(on parameter: String, in body: [Token]) -> Bool {
        for index in body.indices where body[index].isIdent("check_associated_relay_number") {
            guard index >= 2, body[index - 1].isPunct("::") else { continue }
            if body[index - 2].isIdent(parameter) { return true }
            if body[index - 2].isPunct(">"), let open = body[..<(index - 2)].lastIndex(where: { $0.isPunct("<") }),
                open + 2 < index, body[open + 1].isIdent(parameter), body[open + 2].isIdent("as")
            {
                return true
            }
        }
        return false
    }
}
