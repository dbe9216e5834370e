import ParaReadyCore

/// The recursive item parser behind ``ItemScanner``. Every method is bounded by an explicit region `hi` and
/// always makes progress, so garbage input terminates.
struct ItemParser {
    let tokens: [Token]
    let brackets: BracketMap
    let file: String

    init(tokens: [Token], file: String) {
        self.tokens = tokens
        self.brackets = BracketMap(tokens)
        self.file = file
    }

    // MARK: Small helpers

    func location(_ index: Int) -> SourceLocation {
        guard index >= 0, index < tokens.count else { return SourceLocation(file: file, line: 1, column: 1) }
        let token = tokens[index]
        return SourceLocation(file: file, line: token.line, column: token.column)
    }

    func isPunct(_ index: Int, _ hi: Int, _ symbol: String) -> Bool {
        index < hi && tokens[index].isPunct(symbol)
    }

    func isKeyword(_ index: Int, _ hi: Int, _ word: String) -> Bool {
        index < hi && tokens[index].isKeyword(word)
    }

    func isIdentifier(_ index: Int, _ hi: Int) -> Bool {
        index < hi && tokens[index].isIdentifier
    }

    func isOpener(_ index: Int, _ hi: Int) -> Bool {
        guard index < hi, tokens[index].kind == .punct else { return false }
        let text = tokens[index].text
        return text == "(" || text == "[" || text == "{"
    }

    /// The index of the closer of the group opened at `index`, or `hi` when it is unmatched within the region.
    func groupEnd(_ index: Int, _ hi: Int) -> Int {
        if let closer = brackets.closer(of: index), closer < hi { return closer }
        return hi
    }

    /// The index after the token tree starting at `index` (a whole group for an opener).
    func skipTree(_ index: Int, _ hi: Int) -> Int {
        if isOpener(index, hi) { return min(groupEnd(index, hi) + 1, hi) }
        return index + 1
    }

    func slice(_ range: Range<Int>) -> [Token] {
        let lower = max(0, min(range.lowerBound, tokens.count))
        let upper = max(lower, min(range.upperBound, tokens.count))
        return Array(tokens[lower..<upper])
    }

    /// The first index in `from..<hi` at bracket depth 0 (and angle depth 0 when `angles`) whose token satisfies
    /// `stop`, or `hi`.
    /// `abort`, checked at any angle depth, ends the search early at a token that cannot be part of what is
    /// searched (an item keyword inside an `impl` header): the caller sees a token it does not expect and gives up,
    /// which keeps runs of broken headers linear instead of quadratic.
    func find(
        from start: Int, _ hi: Int, angles: Bool, abort: ((Token) -> Bool)? = nil, _ stop: (Token) -> Bool
    ) -> Int {
        var index = start
        var angleDepth = 0
        while index < hi {
            let token = tokens[index]
            if angleDepth == 0 && stop(token) { return index }
            if let abort, abort(token) { return index }
            if angles && token.kind == .punct {
                if token.text == "<" {
                    angleDepth += 1
                } else if token.text == "<<" {
                    angleDepth += 2
                } else if token.text == ">" && angleDepth > 0 {
                    angleDepth -= 1
                } else if token.text == ";" && angleDepth > 0 {
                    // A statement end inside "generics" means the `<` was a comparison: give up on angles.
                    angleDepth = 0
                    continue
                }
            }
            index = skipTree(index, hi)
        }
        return hi
    }

    /// The index just after the `>` closing the `<` at `index`, bounded by `hi`.
    func skipAngles(_ index: Int, _ hi: Int) -> Int {
        var depth = 0
        var cursor = index
        while cursor < hi {
            let token = tokens[cursor]
            if token.kind == .punct {
                switch token.text {
                case "<": depth += 1
                case "<<": depth += 2
                case ">":
                    depth -= 1
                    if depth <= 0 { return cursor + 1 }
                case ";":
                    return cursor
                default: break
                }
            }
            cursor = skipTree(cursor, hi)
        }
        return hi
    }

    /// Words that start an item; used to resynchronise after garbage.
    static let itemStarts: Set<String> = [
        "fn", "pub", "mod", "use", "const", "static", "impl", "type", "struct", "enum", "trait", "extern", "unsafe",
        "macro_rules", "union", "async",
    ]

    /// Skips at least one token tree, then up to and including a `;`, a brace group, or just before a token
    /// that starts an item.
    func skipGarbage(from start: Int, _ hi: Int) -> Int {
        var index = start
        while index < hi {
            let token = tokens[index]
            if token.isPunct(";") { return index + 1 }
            if token.isPunct("{") { return skipTree(index, hi) }
            if index > start && (token.isPunct("#") || (token.kind == .ident && Self.itemStarts.contains(token.text))) {
                return index
            }
            index = skipTree(index, hi)
        }
        return max(hi, start + 1)
    }

    // MARK: Items

    func parseItems(_ range: Range<Int>, depth: Int) -> (items: [Item], inner: [Attribute]) {
        var items: [Item] = []
        var inner: [Attribute] = []
        guard depth <= ItemScanner.maximumDepth else { return (items, inner) }
        let hi = min(range.upperBound, tokens.count)
        var index = range.lowerBound
        while index < hi {
            let start = index
            let attributes = parseAttributes(&index, hi, inner: &inner)
            if index >= hi { break }
            if tokens[index].isPunct(";") {
                index += 1
                continue
            }
            let itemStart = index
            if var item = parseItem(&index, hi, depth: depth) {
                item.attributes = attributes + item.attributes
                item.tokenRange = start..<max(index, start + 1)
                items.append(item)
            }
            if index <= itemStart { index = skipGarbage(from: itemStart, hi) }
        }
        return (items, inner)
    }

    /// Parses outer attributes and doc comments at `index`; inner ones go to `inner`.
    func parseAttributes(_ index: inout Int, _ hi: Int, inner: inout [Attribute]) -> [Attribute] {
        var outer: [Attribute] = []
        while index < hi {
            let token = tokens[index]
            if token.kind == .docComment {
                let isInner = DocComment.isInner(token.text)
                let attribute = Attribute(
                    path: "doc", arguments: [token], style: .nameValue, isInner: isInner, location: location(index))
                if isInner { inner.append(attribute) } else { outer.append(attribute) }
                index += 1
                continue
            }
            guard token.isPunct("#") else { break }
            var cursor = index + 1
            let isInner = isPunct(cursor, hi, "!")
            if isInner { cursor += 1 }
            guard isPunct(cursor, hi, "["), let close = brackets.closer(of: cursor), close < hi else { break }
            let attribute = parseAttribute(cursor + 1..<close, isInner: isInner, at: index)
            if isInner { inner.append(attribute) } else { outer.append(attribute) }
            index = close + 1
        }
        return outer
    }

    /// The attribute written inside `#[` … `]` over `range`; `#[unsafe(attr)]` is read as `#[attr]`.
    func parseAttribute(_ range: Range<Int>, isInner: Bool, at hashIndex: Int) -> Attribute {
        let hi = range.upperBound
        let start = range.lowerBound
        if isKeyword(start, hi, "unsafe"), isPunct(start + 1, hi, "(") {
            return parseAttribute(start + 2..<groupEnd(start + 1, hi), isInner: isInner, at: hashIndex)
        }
        return Attribute(content: slice(range), isInner: isInner, location: location(hashIndex))
    }

    func parseVisibility(_ index: inout Int, _ hi: Int) -> Visibility {
        guard isKeyword(index, hi, "pub") else { return .inherited }
        index += 1
        guard isPunct(index, hi, "("), let close = brackets.closer(of: index), close < hi else { return .public }
        let inside = slice(index + 1..<close)
        guard let first = inside.first, first.kind == .ident else { return .public }
        switch first.text {
        case "crate" where inside.count == 1:
            index = close + 1
            return .crate
        case "self" where inside.count == 1, "super" where inside.count == 1, "in":
            index = close + 1
            return .restricted(TokenPath.text(inside))
        default:
            return .public
        }
    }

    static let qualifiers: Set<String> = ["const", "async", "unsafe", "default", "safe", "auto"]

    /// Qualifier tokens allowed before `fn`, `impl` or `trait` (`pub const async unsafe extern "C" fn` has five).
    static let maximumQualifierTokens = 8

    /// Keywords that never occur in an `impl` header (between `impl` and its `{`): meeting one ends the header.
    static let implHeaderBreakers: Set<String> = [
        "impl", "mod", "use", "struct", "enum", "trait", "type", "static", "let", "macro_rules",
    ]

    /// Parses the item at `index` (after attributes); returns nil and leaves `index` unchanged on garbage.
    func parseItem(_ index: inout Int, _ hi: Int, depth: Int) -> Item? {
        var cursor = index
        let visibility = parseVisibility(&cursor, hi)
        guard cursor < hi else { return nil }
        let token = tokens[cursor]
        var result: Item?
        if token.kind == .ident {
            switch token.text {
            case "use": result = parseUse(&cursor, hi, visibility: visibility)
            case "mod": result = parseModule(&cursor, hi, visibility: visibility, depth: depth)
            case "static": result = parseStatic(&cursor, hi, visibility: visibility)
            case "type": result = parseTypeAlias(&cursor, hi, visibility: visibility)
            case "macro_rules" where isPunct(cursor + 1, hi, "!"):
                result = parseMacroRules(&cursor, hi, visibility: visibility, depth: depth)
            case "struct", "enum", "trait":
                result = parseNamed(&cursor, hi, visibility: visibility)
            case "union" where isIdentifier(cursor + 1, hi):
                result = parseNamed(&cursor, hi, visibility: visibility)
            case "extern":
                result = parseExtern(&cursor, hi, visibility: visibility, depth: depth)
            case "const" where isIdentifier(cursor + 1, hi) && isPunct(cursor + 2, hi, ":"):
                result = parseConstant(&cursor, hi, visibility: visibility)
            default:
                result = parseQualified(&cursor, hi, visibility: visibility, depth: depth)
            }
        } else if token.isPunct("::") || token.kind == .rawIdent {
            result = parseMacroCall(&cursor, hi, visibility: visibility, depth: depth)
        }
        guard let result else { return nil }
        index = cursor
        return result
    }

    /// Items after qualifiers (`const fn`, `unsafe impl`, `async fn`, `extern "C" fn`) and macro calls.
    func parseQualified(_ index: inout Int, _ hi: Int, visibility: Visibility, depth: Int) -> Item? {
        var cursor = index
        while cursor < hi {
            // Rust items carry at most four or five qualifiers; a longer run is garbage, and reading it from every
            // start position would make a run of `unsafe unsafe …` quadratic.
            guard cursor - index <= Self.maximumQualifierTokens else { return nil }
            let token = tokens[cursor]
            if token.kind == .ident && Self.qualifiers.contains(token.text) {
                cursor += 1
            } else if token.isKeyword("extern") {
                cursor += 1
                if cursor < hi && tokens[cursor].kind == .string { cursor += 1 }
            } else {
                break
            }
        }
        guard cursor < hi else { return nil }
        let token = tokens[cursor]
        if token.isKeyword("fn") { return parseFunction(&index, fnIndex: cursor, hi, visibility: visibility) }
        if token.isKeyword("impl") {
            return parseImpl(&index, implIndex: cursor, hi, visibility: visibility, depth: depth)
        }
        if token.isKeyword("trait") && cursor > index {
            index = cursor
            return parseNamed(&index, hi, visibility: visibility)
        }
        if cursor == index && token.isIdentifier {
            return parseMacroCall(&index, hi, visibility: visibility, depth: depth)
        }
        return nil
    }

    func parseUse(_ index: inout Int, _ hi: Int, visibility: Visibility) -> Item {
        let useIndex = index
        let end = find(from: useIndex + 1, hi, angles: false) { $0.isPunct(";") }
        var item = Item(
            kind: .use, name: nil, attributes: [], visibility: visibility, location: location(useIndex),
            tokenRange: useIndex..<end)
        item.useBindings = parseUseTree(useIndex + 1..<end, prefix: [], visibility: visibility, depth: 0)
        index = min(end + 1, max(hi, end))
        return item
    }

    func parseUseTree(_ range: Range<Int>, prefix: [String], visibility: Visibility, depth: Int) -> [UseBinding] {
        guard depth <= 32 else { return [] }
        let hi = range.upperBound
        var cursor = range.lowerBound
        var segments = prefix
        if isPunct(cursor, hi, "::") { cursor += 1 }
        while cursor < hi {
            let token = tokens[cursor]
            if token.isIdentifier {
                segments.append(token.name)
                let nameIndex = cursor
                cursor += 1
                if isPunct(cursor, hi, "::") {
                    cursor += 1
                    continue
                }
                var alias: String?
                if isKeyword(cursor, hi, "as"), isIdentifier(cursor + 1, hi) {
                    alias = tokens[cursor + 1].name
                }
                if segments.last == "self" && segments.count > 1 { segments.removeLast() }
                return [
                    UseBinding(
                        path: segments, alias: alias, isGlob: false, visibility: visibility,
                        location: location(nameIndex))
                ]
            }
            if token.isPunct("*") {
                return [
                    UseBinding(
                        path: segments, alias: nil, isGlob: true, visibility: visibility, location: location(cursor))
                ]
            }
            if token.isPunct("{") {
                let close = groupEnd(cursor, hi)
                var bindings: [UseBinding] = []
                for part in splitTopLevel(cursor + 1..<close, separator: ",", angles: false) where !part.isEmpty {
                    bindings += parseUseTree(part, prefix: segments, visibility: visibility, depth: depth + 1)
                }
                return bindings
            }
            break
        }
        return []
    }

    /// Splits `range` at `separator` tokens at depth 0 (groups and, with `angles`, angle brackets skipped).
    func splitTopLevel(_ range: Range<Int>, separator: String, angles: Bool) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        let hi = range.upperBound
        while start <= hi {
            let end = find(from: start, hi, angles: angles) { $0.isPunct(separator) }
            parts.append(start..<end)
            start = end + 1
        }
        return parts
    }

    func parseModule(_ index: inout Int, _ hi: Int, visibility: Visibility, depth: Int) -> Item? {
        let modIndex = index
        guard isIdentifier(modIndex + 1, hi) else { return nil }
        var item = Item(
            kind: .module, name: tokens[modIndex + 1].name, attributes: [], visibility: visibility,
            location: location(modIndex + 1), tokenRange: modIndex..<modIndex)
        let next = modIndex + 2
        if isPunct(next, hi, ";") {
            item.module = ModuleDeclaration(items: nil, innerAttributes: [])
            index = next + 1
            return item
        }
        guard isPunct(next, hi, "{") else { return nil }
        let close = groupEnd(next, hi)
        let body = parseItems(next + 1..<close, depth: depth + 1)
        item.module = ModuleDeclaration(items: body.items, innerAttributes: body.inner)
        index = min(close + 1, hi)
        return item
    }

    func parseConstant(_ index: inout Int, _ hi: Int, visibility: Visibility) -> Item? {
        let keyword = index
        guard isIdentifier(keyword + 1, hi) else { return nil }
        var item = Item(
            kind: .constant, name: tokens[keyword + 1].name, attributes: [], visibility: visibility,
            location: location(keyword + 1), tokenRange: keyword..<keyword)
        item.constant = parseTypedValue(&index, from: keyword + 2, hi, form: .const_)
        return item
    }

    func parseStatic(_ index: inout Int, _ hi: Int, visibility: Visibility) -> Item? {
        var nameIndex = index + 1
        var form = ConstantDeclaration.Form.static_
        if isKeyword(nameIndex, hi, "mut") {
            form = .staticMut
            nameIndex += 1
        }
        guard isIdentifier(nameIndex, hi) else { return nil }
        var item = Item(
            kind: .static, name: tokens[nameIndex].name, attributes: [], visibility: visibility,
            location: location(nameIndex), tokenRange: index..<index)
        item.constant = parseTypedValue(&index, from: nameIndex + 1, hi, form: form)
        return item
    }

    /// `: Type = expression;` starting at `from` (the colon); moves `index` past the semicolon.
    func parseTypedValue(_ index: inout Int, from start: Int, _ hi: Int, form: ConstantDeclaration.Form)
        -> ConstantDeclaration
    {
        var cursor = start
        if isPunct(cursor, hi, "<") { cursor = skipAngles(cursor, hi) }
        var typeStart = cursor
        if isPunct(cursor, hi, ":") { typeStart = cursor + 1 }
        let typeEnd = find(from: typeStart, hi, angles: true) { $0.isPunct("=") || $0.isPunct(";") }
        var expressionRange = typeEnd..<typeEnd
        var end = typeEnd
        if isPunct(typeEnd, hi, "=") {
            end = find(from: typeEnd + 1, hi, angles: false) { $0.isPunct(";") }
            expressionRange = (typeEnd + 1)..<end
        }
        index = min(end + 1, max(hi, end))
        return ConstantDeclaration(
            form: form, typeTokens: slice(typeStart..<typeEnd), expression: slice(expressionRange),
            expressionRange: expressionRange)
    }

    func parseTypeAlias(_ index: inout Int, _ hi: Int, visibility: Visibility) -> Item? {
        let keyword = index
        guard isIdentifier(keyword + 1, hi) else { return nil }
        var item = Item(
            kind: .typeAlias, name: tokens[keyword + 1].name, attributes: [], visibility: visibility,
            location: location(keyword + 1), tokenRange: keyword..<keyword)
        var cursor = keyword + 2
        var generics: [Token] = []
        if isPunct(cursor, hi, "<") {
            let end = skipAngles(cursor, hi)
            generics = slice(cursor + 1..<max(cursor + 1, end - 1))
            cursor = end
        }
        let isBoundary: (Token) -> Bool = { $0.isPunct("=") || $0.isPunct(";") || $0.isKeyword("where") }
        var bounds: [Token] = []
        if isPunct(cursor, hi, ":") {
            let end = find(from: cursor + 1, hi, angles: true, isBoundary)
            bounds = slice(cursor + 1..<end)
            cursor = end
        }
        if isKeyword(cursor, hi, "where") {
            cursor = find(from: cursor + 1, hi, angles: true) { $0.isPunct("=") || $0.isPunct(";") }
        }
        var typeTokens: [Token]?
        var end = cursor
        if isPunct(cursor, hi, "=") {
            let typeEnd = find(from: cursor + 1, hi, angles: true) { $0.isPunct(";") || $0.isKeyword("where") }
            typeTokens = slice(cursor + 1..<typeEnd)
            end = find(from: typeEnd, hi, angles: false) { $0.isPunct(";") }
        } else {
            end = find(from: cursor, hi, angles: false) { $0.isPunct(";") }
        }
        item.typeAlias = TypeAliasDeclaration(genericParameters: generics, bounds: bounds, typeTokens: typeTokens)
        index = min(end + 1, max(hi, end))
        return item
    }

    func parseFunction(_ index: inout Int, fnIndex: Int, _ hi: Int, visibility: Visibility) -> Item? {
        guard isIdentifier(fnIndex + 1, hi) else { return nil }
        let signatureStart = qualifierStart(entry: index, fnIndex: fnIndex)
        var item = Item(
            kind: .function, name: tokens[fnIndex + 1].name, attributes: [], visibility: visibility,
            location: location(fnIndex + 1), tokenRange: index..<index)
        var cursor = fnIndex + 2
        if isPunct(cursor, hi, "<") { cursor = skipAngles(cursor, hi) }
        var parameters: [Token] = []
        if isPunct(cursor, hi, "(") {
            let close = groupEnd(cursor, hi)
            parameters = slice(cursor + 1..<close)
            cursor = min(close + 1, hi)
        }
        var arrow: Int?
        var whereIndex: Int?
        let bodyStart = find(from: cursor, hi, angles: true) { token in
            token.isPunct("{") || token.isPunct(";") || token.isPunct("->") || token.isKeyword("where")
        }
        var stop = bodyStart
        if isPunct(stop, hi, "->") {
            arrow = stop
            stop = find(from: stop + 1, hi, angles: true) {
                $0.isPunct("{") || $0.isPunct(";") || $0.isKeyword("where")
            }
        }
        if isKeyword(stop, hi, "where") {
            whereIndex = stop
            stop = find(from: stop + 1, hi, angles: true) { $0.isPunct("{") || $0.isPunct(";") }
        }
        let returnType = arrow.map { slice(($0 + 1)..<(whereIndex ?? stop)) }
        var bodyRange: Range<Int>?
        if isPunct(stop, hi, "{") {
            let close = groupEnd(stop, hi)
            bodyRange = (stop + 1)..<close
            index = min(close + 1, hi)
        } else {
            index = min(stop + 1, max(hi, stop))
        }
        item.function = FunctionDeclaration(
            signature: slice(signatureStart..<stop),
            parameters: parameters, returnType: returnType, fileTokens: tokens, bodyRange: bodyRange)
        return item
    }

    /// Where a function's signature starts: its first qualifier, or `fn`.
    private func qualifierStart(entry: Int, fnIndex: Int) -> Int {
        var start = fnIndex
        while start > entry {
            let previous = tokens[start - 1]
            if (previous.kind == .ident && Self.qualifiers.contains(previous.text)) || previous.isKeyword("extern")
                || previous.kind == .string
            {
                start -= 1
            } else {
                break
            }
        }
        return start
    }

    func parseImpl(_ index: inout Int, implIndex: Int, _ hi: Int, visibility: Visibility, depth: Int) -> Item? {
        var cursor = implIndex + 1
        var generics: [Token] = []
        if isPunct(cursor, hi, "<") {
            let end = skipAngles(cursor, hi)
            generics = slice(cursor + 1..<max(cursor + 1, end - 1))
            cursor = end
        }
        if isKeyword(cursor, hi, "const") { cursor += 1 }
        var isNegative = false
        if isPunct(cursor, hi, "!") {
            isNegative = true
            cursor += 1
        }
        let headerStart = cursor
        var forIndex: Int?
        var whereIndex: Int?
        let open = find(
            from: headerStart, hi, angles: true,
            abort: { $0.kind == .ident && Self.implHeaderBreakers.contains($0.text) },
            { $0.isPunct("{") || $0.isPunct(";") })
        // Locate `for` and `where` at angle depth 0 inside the header.
        var angleDepth = 0
        var scan = headerStart
        while scan < open {
            let token = tokens[scan]
            if token.isPunct("<") {
                angleDepth += 1
            } else if token.isPunct("<<") {
                angleDepth += 2
            } else if token.isPunct(">") {
                angleDepth = max(0, angleDepth - 1)
            } else if angleDepth == 0 && token.isKeyword("for") && forIndex == nil && whereIndex == nil
                && !isPunct(scan + 1, open, "<")
            {
                forIndex = scan
            } else if angleDepth == 0 && token.isKeyword("where") && whereIndex == nil {
                whereIndex = scan
            }
            scan = skipTree(scan, open)
        }
        guard isPunct(open, hi, "{") else { return nil }
        let headerEnd = whereIndex ?? open
        let traitPath = forIndex.map { slice(headerStart..<$0) }
        let selfType = slice((forIndex.map { $0 + 1 } ?? headerStart)..<headerEnd)
        let close = groupEnd(open, hi)
        let body = parseItems(open + 1..<close, depth: depth + 1)
        var item = Item(
            kind: .impl, name: nil, attributes: [], visibility: visibility, location: location(implIndex),
            tokenRange: index..<index)
        item.impl = ImplBlock(
            genericParameters: generics, traitPath: traitPath, isNegative: isNegative, selfType: selfType,
            items: body.items)
        index = min(close + 1, hi)
        return item
    }

    /// `struct`, `enum`, `union` and `trait`: the name, then everything up to `;` or the body group.
    func parseNamed(_ index: inout Int, _ hi: Int, visibility: Visibility) -> Item? {
        let keyword = index
        guard isIdentifier(keyword + 1, hi) else { return nil }
        let kind: ItemKind
        switch tokens[keyword].text {
        case "struct": kind = .structItem
        case "enum": kind = .enumItem
        case "union": kind = .unionItem
        default: kind = .traitItem
        }
        let item = Item(
            kind: kind, name: tokens[keyword + 1].name, attributes: [], visibility: visibility,
            location: location(keyword + 1), tokenRange: keyword..<keyword)
        let end = find(from: keyword + 2, hi, angles: true) { $0.isPunct(";") || $0.isPunct("{") }
        index = isPunct(end, hi, "{") ? skipTree(end, hi) : min(end + 1, max(hi, end))
        return item
    }

    func parseMacroRules(_ index: inout Int, _ hi: Int, visibility: Visibility, depth: Int) -> Item? {
        let keyword = index
        guard isIdentifier(keyword + 2, hi), isOpener(keyword + 3, hi) else { return nil }
        var item = Item(
            kind: .macroRules, name: tokens[keyword + 2].name, attributes: [], visibility: visibility,
            location: location(keyword + 2), tokenRange: keyword..<keyword)
        var end = skipTree(keyword + 3, hi)
        let arms = macroRulesArms(keyword + 3, hi)
        item.macroArms = MacroRulesDeclaration(
            arms: arms.map { MacroRulesDeclaration.Arm(matcher: slice($0.matcher), transcriber: slice($0.transcriber)) }
        )
        let itemArms = arms.filter { invokesItemMacro($0.transcriber) }.map {
            MacroRulesDefinition.Arm(items: parseItems($0.transcriber, depth: depth + 1).items)
        }
        item.macroRules = itemArms.isEmpty ? nil : MacroRulesDefinition(arms: itemArms)
        if !tokens[keyword + 3].isPunct("{") && isPunct(end, hi, ";") { end += 1 }
        index = end
        return item
    }

    /// The token ranges inside the brackets of each `(matcher) => { transcriber }` rule of the rules group at
    /// `open` (separating `;` and stray tokens are skipped).
    func macroRulesArms(_ open: Int, _ hi: Int) -> [(matcher: Range<Int>, transcriber: Range<Int>)] {
        let close = groupEnd(open, hi)
        var arms: [(matcher: Range<Int>, transcriber: Range<Int>)] = []
        var cursor = open + 1
        while cursor < close {
            guard isOpener(cursor, close) else {
                cursor += 1
                continue
            }
            let arrow = skipTree(cursor, close)
            guard isPunct(arrow, close, "=>"), isOpener(arrow + 1, close) else {
                cursor = max(arrow, cursor + 1)
                continue
            }
            let transcriberEnd = groupEnd(arrow + 1, close)
            arms.append(((cursor + 1)..<groupEnd(cursor, close), (arrow + 2)..<transcriberEnd))
            cursor = transcriberEnd + 1
        }
        return arms
    }

    /// Whether `range` names an item-holding macro followed by `!` (`impl_runtime_apis!`).
    func invokesItemMacro(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index + 1 < range.upperBound {
            if tokens[index].kind == .ident, Self.holdsItems(tokens[index].text), tokens[index + 1].isPunct("!") {
                return true
            }
            index += 1
        }
        return false
    }

    func parseExtern(_ index: inout Int, _ hi: Int, visibility: Visibility, depth: Int) -> Item? {
        let keyword = index
        if isKeyword(keyword + 1, hi, "crate"), isIdentifier(keyword + 2, hi) {
            let crateName = tokens[keyword + 2].name
            var item = Item(
                kind: .externCrate, name: crateName, attributes: [], visibility: visibility,
                location: location(keyword + 2), tokenRange: keyword..<keyword)
            var cursor = keyword + 3
            var alias: String?
            if isKeyword(cursor, hi, "as"), isIdentifier(cursor + 1, hi) {
                alias = tokens[cursor + 1].name
                cursor += 2
            }
            item.useBindings = [
                UseBinding(
                    path: [crateName], alias: alias, isGlob: false, visibility: visibility,
                    location: location(keyword + 2))
            ]
            index = isPunct(cursor, hi, ";") ? cursor + 1 : cursor
            return item
        }
        var cursor = keyword + 1
        if cursor < hi && tokens[cursor].kind == .string { cursor += 1 }
        if isPunct(cursor, hi, "{") {
            let item = Item(
                kind: .other, name: nil, attributes: [], visibility: visibility, location: location(keyword),
                tokenRange: keyword..<keyword)
            index = skipTree(cursor, hi)
            return item
        }
        return parseQualified(&index, hi, visibility: visibility, depth: depth)
    }
}
