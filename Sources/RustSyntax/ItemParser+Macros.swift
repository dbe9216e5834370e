/// Macro invocations at item level and the item-holding bodies of the macros parachain runtimes use.
extension ItemParser {
    /// Macros whose body is a list of `pub const Name: Type = value;` declarations.
    static let parameterMacros: Set<String> = ["parameter_types", "ord_parameter_types"]
    /// Macros whose body is ordinary items.
    static let itemMacros: Set<String> = ["impl_runtime_apis", "construct_runtime", "impl_opaque_keys"]

    /// Whether the body of macro `name` is parsed as items: the known item macros, and wrappers of
    /// `impl_runtime_apis!` that a runtime's common crate defines and whose name extends it
    /// (`impl_runtime_apis_plus_common!`): their bodies list the runtime-specific `impl … for Runtime` blocks.
    static func holdsItems(_ name: String) -> Bool {
        itemMacros.contains(name) || name.hasPrefix("impl_runtime_apis_")
    }

    /// `path! { … }`, `path!(…);` or `path![…];` at `index`; nil when the tokens are not a macro invocation.
    func parseMacroCall(_ index: inout Int, _ hi: Int, visibility: Visibility, depth: Int) -> Item? {
        let start = index
        var cursor = start
        var segments: [String] = []
        if isPunct(cursor, hi, "::") { cursor += 1 }
        while isIdentifier(cursor, hi) {
            segments.append(tokens[cursor].name)
            cursor += 1
            if isPunct(cursor, hi, "::") { cursor += 1 } else { break }
        }
        guard !segments.isEmpty, isPunct(cursor, hi, "!") else { return nil }
        cursor += 1
        if isIdentifier(cursor, hi) && isOpener(cursor + 1, hi) { cursor += 1 }
        guard isOpener(cursor, hi) else { return nil }
        let open = cursor
        let close = groupEnd(open, hi)
        let delimiter: MacroCall.Delimiter
        switch tokens[open].text {
        case "(": delimiter = .parenthesis
        case "[": delimiter = .bracket
        default: delimiter = .brace
        }
        var end = min(close + 1, hi)
        if delimiter != .brace && isPunct(end, hi, ";") { end += 1 }
        let name = segments[segments.count - 1]
        let bodyRange = (open + 1)..<close
        var items: [Item]?
        var keyValues: [MacroCall.KeyValue] = []
        var pallets: [MacroCall.Pallet] = []
        if depth < ItemScanner.maximumDepth {
            if Self.parameterMacros.contains(name) {
                items = parseParameterTypes(bodyRange)
            } else if Self.holdsItems(name) {
                items = parseItems(bodyRange, depth: depth + 1).items
                if name == "construct_runtime" { pallets = parsePallets(bodyRange) }
            } else if name == "register_validate_block" {
                keyValues = parseKeyValues(bodyRange)
            }
        }
        var item = Item(
            kind: .macroCall, name: name, attributes: [], visibility: visibility, location: location(start),
            tokenRange: start..<end)
        item.macroCall = MacroCall(
            path: segments.joined(separator: "::"), delimiter: delimiter, fileTokens: tokens,
            bodyRange: bodyRange, items: items, keyValues: keyValues, pallets: pallets)
        index = end
        return item
    }

    /// The declarations of a `parameter_types!` body as constant items.
    func parseParameterTypes(_ range: Range<Int>) -> [Item] {
        var items: [Item] = []
        var inner: [Attribute] = []
        let hi = range.upperBound
        var index = range.lowerBound
        while index < hi {
            let start = index
            let attributes = parseAttributes(&index, hi, inner: &inner)
            let visibility = parseVisibility(&index, hi)
            var form = ConstantDeclaration.Form.parameterGetter
            if isKeyword(index, hi, "const") {
                form = .parameterConst
                index += 1
            } else if isKeyword(index, hi, "storage") && isIdentifier(index + 1, hi) {
                form = .parameterStorage
                index += 1
            } else if isKeyword(index, hi, "static") {
                form = .parameterStatic
                index += 1
            }
            guard isIdentifier(index, hi), isPunct(index + 1, hi, ":") || isPunct(index + 1, hi, "<") else {
                index = skipGarbage(from: max(index, start), hi)
                continue
            }
            var item = Item(
                kind: .constant, name: tokens[index].name, attributes: attributes, visibility: visibility,
                location: location(index), tokenRange: start..<start)
            let nameIndex = index
            item.constant = parseTypedValue(&index, from: nameIndex + 1, hi, form: form)
            item.tokenRange = start..<max(index, start + 1)
            items.append(item)
            if index <= start { index = start + 1 }
        }
        return items
    }

    /// The `Key = Value,` pairs of a `register_validate_block!` body.
    func parseKeyValues(_ range: Range<Int>) -> [MacroCall.KeyValue] {
        var pairs: [MacroCall.KeyValue] = []
        for part in splitTopLevel(range, separator: ",", angles: true) where part.count >= 2 {
            let first = part.lowerBound
            guard tokens[first].isIdentifier, tokens[first + 1].isPunct("=") else { continue }
            pairs.append(
                MacroCall.KeyValue(
                    key: tokens[first].name, value: slice((first + 2)..<part.upperBound), location: location(first)))
        }
        return pairs
    }

    /// The pallet list of a `construct_runtime!` body: the entries of its last top-level brace group.
    func parsePallets(_ range: Range<Int>) -> [MacroCall.Pallet] {
        var lastGroup: Int?
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            if tokens[cursor].isPunct("{") { lastGroup = cursor }
            cursor = skipTree(cursor, range.upperBound)
        }
        guard let open = lastGroup else { return [] }
        let close = groupEnd(open, range.upperBound)
        var pallets: [MacroCall.Pallet] = []
        for part in splitTopLevel((open + 1)..<close, separator: ",", angles: true) where !part.isEmpty {
            var index = part.lowerBound
            var inner: [Attribute] = []
            let attributes = parseAttributes(&index, part.upperBound, inner: &inner)
            guard isIdentifier(index, part.upperBound), isPunct(index + 1, part.upperBound, ":") else { continue }
            let nameIndex = index
            let pathStart = index + 2
            let pathEnd = find(from: pathStart, part.upperBound, angles: true) { token in
                token.isPunct("=") || token.isPunct("{")
            }
            var pathTokens = slice(pathStart..<pathEnd)
            if pathTokens.last?.isPunct("::") == true { pathTokens.removeLast() }
            var palletIndex: Int?
            let equals = find(from: pathStart, part.upperBound, angles: true) { $0.isPunct("=") }
            if equals + 1 < part.upperBound, let literal = LiteralValue.integer(tokens[equals + 1]),
                let value = literal.value, value <= UInt128(Int.max)
            {
                palletIndex = Int(value)
            }
            pallets.append(
                MacroCall.Pallet(
                    name: tokens[nameIndex].name, path: pathTokens, index: palletIndex, attributes: attributes,
                    location: location(nameIndex)))
        }
        return pallets
    }
}
