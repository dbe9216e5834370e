import ParaReadyCore

/// `#[cfg]` and `#[cfg_attr]` applied to items.
extension Attribute {
    /// The predicate of a `#[cfg(…)]` attribute; nil for other attributes.
    public var cfgPredicate: CfgPredicate? {
        guard path == "cfg", style == .list else { return nil }
        return CfgPredicate(tokens: arguments)
    }

    /// `cfg_attr(predicate, attr1, attr2)` becomes `[attr1, attr2]` when the predicate holds and `[]` when it
    /// does not; it stays as it is when the predicate is unknown. Other attributes are returned unchanged.
    public func expanded(in environment: CfgEnvironment) -> [Attribute] {
        expanded(in: environment, depth: 0)
    }

    private func expanded(in environment: CfgEnvironment, depth: Int) -> [Attribute] {
        guard path == "cfg_attr", style == .list, depth < 16 else { return [self] }
        let parts = Self.splitAtCommas(arguments)
        guard parts.count >= 1, !parts[0].isEmpty else { return [self] }
        switch CfgPredicate(tokens: parts[0]).evaluate(environment) {
        case true?:
            return parts.dropFirst().filter { !$0.isEmpty }.flatMap { content in
                Attribute(content: content, isInner: isInner, location: location)
                    .expanded(in: environment, depth: depth + 1)
            }
        case false?:
            return []
        case nil:
            return [self]
        }
    }

    /// Splits tokens at commas outside parentheses, brackets and braces.
    static func splitAtCommas(_ tokens: [Token]) -> [[Token]] {
        var parts: [[Token]] = [[]]
        var depth = 0
        for token in tokens {
            if token.kind == .punct {
                switch token.text {
                case "(", "[", "{": depth += 1
                case ")", "]", "}": depth = max(0, depth - 1)
                case "," where depth == 0:
                    parts.append([])
                    continue
                default: break
                }
            }
            parts[parts.count - 1].append(token)
        }
        return parts
    }

    /// An attribute from the tokens that would appear inside `#[` … `]`.
    init(content: [Token], isInner: Bool, location: SourceLocation) {
        var index = 0
        var segments: [String] = []
        if index < content.count && content[index].isPunct("::") { index += 1 }
        while index < content.count && content[index].isIdentifier {
            segments.append(content[index].name)
            index += 1
            if index < content.count && content[index].isPunct("::") { index += 1 } else { break }
        }
        let path = segments.joined(separator: "::")
        if index < content.count && content[index].isPunct("=") {
            self.init(
                path: path, arguments: Array(content[(index + 1)...]), style: .nameValue, isInner: isInner,
                location: location)
        } else if index < content.count && ["(", "[", "{"].contains(content[index].text)
            && content[index].kind == .punct
        {
            var arguments = Array(content[(index + 1)...])
            if let last = arguments.last, last.kind == .punct, [")", "]", "}"].contains(last.text) {
                arguments.removeLast()
            }
            self.init(path: path, arguments: arguments, style: .list, isInner: isInner, location: location)
        } else {
            self.init(path: path, arguments: [], style: .word, isInner: isInner, location: location)
        }
    }
}

extension Item {
    /// The `cfg` predicates on the item (after nothing is expanded; see ``expandingAttributes(in:)``).
    public var cfgPredicates: [CfgPredicate] {
        attributes.compactMap(\.cfgPredicate)
    }

    /// Whether the item is compiled in `environment`: false when any `cfg` is false, nil when one is unknown.
    public func isEnabled(in environment: CfgEnvironment) -> Bool? {
        var unknown = false
        guard attributes.contains(where: { $0.path == "cfg" || $0.path == "cfg_attr" }) else { return true }
        for attribute in attributes.flatMap({ $0.expanded(in: environment) }) {
            guard let predicate = attribute.cfgPredicate else { continue }
            switch predicate.evaluate(environment) {
            case false?: return false
            case nil: unknown = true
            case true?: continue
            }
        }
        return unknown ? nil : true
    }

    /// The item with `cfg_attr` expanded and its nested items (module, impl and macro bodies) filtered.
    public func expandingAttributes(in environment: CfgEnvironment) -> Item {
        expandedIfChanged(in: environment) ?? self
    }

    /// ``expandingAttributes(in:)``, or nil when it would change nothing. Most items have nothing to expand or
    /// filter; writing the unchanged parts back anyway copied each item's storage, a few MB of fresh memory per
    /// run of a large monorepo.
    func expandedIfChanged(in environment: CfgEnvironment) -> Item? {
        var copy = self
        var changed = false
        if attributes.contains(where: { $0.path == "cfg_attr" }) {
            copy.attributes = attributes.flatMap { $0.expanded(in: environment) }
            changed = true
        }
        if let items = module?.items, let filtered = items.filteredIfChanged(by: environment) {
            copy.module?.items = filtered
            changed = true
        }
        if let items = impl?.items, let filtered = items.filteredIfChanged(by: environment) {
            copy.impl?.items = filtered
            changed = true
        }
        if let items = macroCall?.items, let filtered = items.filteredIfChanged(by: environment) {
            copy.macroCall?.items = filtered
            changed = true
        }
        if let arms = macroRules?.arms {
            let filtered = arms.map { $0.items.filteredIfChanged(by: environment) }
            if filtered.contains(where: { $0 != nil }) {
                copy.macroRules?.arms = zip(arms, filtered).map { MacroRulesDefinition.Arm(items: $1 ?? $0.items) }
                changed = true
            }
        }
        if let expression = constant?.expression, CfgTokenFilter.firstCfgAttribute(in: expression[...]) != nil {
            copy.constant?.expression = CfgTokenFilter.filter(expression, environment: environment)
            changed = true
        }
        if let tokens = typeAlias?.typeTokens, CfgTokenFilter.firstCfgAttribute(in: tokens[...]) != nil {
            copy.typeAlias?.typeTokens = CfgTokenFilter.filter(tokens, environment: environment)
            changed = true
        }
        // Bodies are copied out of the file only when they hold something to filter.
        if let function, function.bodyMayHaveCfgAttributes, let body = function.body {
            copy.function?.body = CfgTokenFilter.filter(body, environment: environment)
            changed = true
        }
        if let pallets = macroCall?.pallets,
            pallets.contains(where: { pallet in
                pallet.attributes.contains { $0.path == "cfg_attr" || $0.path == "cfg" }
            })
        {
            copy.macroCall?.pallets = pallets.compactMap { pallet in
                var pallet = pallet
                pallet.attributes = pallet.attributes.flatMap { $0.expanded(in: environment) }
                let disabled = pallet.attributes.contains { $0.cfgPredicate?.evaluate(environment) == false }
                return disabled ? nil : pallet
            }
            changed = true
        }
        return changed ? copy : nil
    }
}

extension Array where Element == Item {
    /// The items compiled in `environment`: those whose `cfg` is false are removed (recursively), those whose
    /// `cfg` is unknown are kept, and `cfg_attr` is expanded where its predicate is known.
    public func filtered(by environment: CfgEnvironment) -> [Item] {
        filteredIfChanged(by: environment) ?? self
    }

    /// ``filtered(by:)``, or nil when no item is removed or changed (the array and its items are then shared).
    func filteredIfChanged(by environment: CfgEnvironment) -> [Item]? {
        var output: [Item]?
        for index in indices {
            let changed = self[index].expandedIfChanged(in: environment)
            let enabled = (changed ?? self[index]).isEnabled(in: environment) != false
            if changed == nil && enabled {
                output?.append(self[index])
                continue
            }
            if output == nil {
                output = Array(self[..<index])
                output?.reserveCapacity(count)
            }
            if enabled { output?.append(changed ?? self[index]) }
        }
        return output
    }
}
