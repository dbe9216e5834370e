import Foundation
import ParaReadyCore
import RustSyntax

/// A Rust source file of the repository, lexed and scanned, with its lines for editing.
struct RustFile {
    /// The path relative to the repository root.
    let path: String
    /// The module path of the file inside its crate (`[]` for `lib.rs`, `["configs"]` for `configs/mod.rs`).
    let module: [String]
    let document: SourceDocument
    let tokens: [Token]
    let items: [Item]

    init(path: String, module: [String], text: String) {
        self.path = path
        self.module = module
        self.document = SourceDocument(path: path, text: text)
        self.tokens = Lexer.tokenize(text)
        self.items = ItemScanner.scan(tokens, file: path)
    }

    /// Every item with the module path it lives in, depth first, inline modules and macro bodies included.
    var allItems: [(item: Item, module: [String])] {
        var out: [(Item, [String])] = []
        func walk(_ items: [Item], _ module: [String]) {
            for item in items {
                out.append((item, module))
                if item.kind == .module, let name = item.name {
                    walk(item.children, module + [name])
                } else {
                    walk(item.children, module)
                }
            }
        }
        walk(items, module)
        return out
    }

    /// The first and last line of an item (attributes and doc comments included).
    func lines(of item: Item) -> ClosedRange<Int> {
        guard !item.tokenRange.isEmpty else { return item.location.line...item.location.line }
        return tokens[item.tokenRange.lowerBound].line...tokens[item.tokenRange.upperBound - 1].line
    }

    /// Whether an item's lines hold nothing but the item (so the lines can be replaced or deleted whole).
    func ownsItsLines(_ item: Item) -> Bool {
        guard !item.tokenRange.isEmpty else { return false }
        let first = tokens[item.tokenRange.lowerBound]
        let last = tokens[item.tokenRange.upperBound - 1]
        let before = item.tokenRange.lowerBound > 0 ? tokens[item.tokenRange.lowerBound - 1] : nil
        let after = item.tokenRange.upperBound < tokens.count ? tokens[item.tokenRange.upperBound] : nil
        return (before.map { $0.line < first.line } ?? true) && (after.map { $0.line > last.line } ?? true)
    }

    /// The `impl <trait> for Runtime` block whose trait path ends with `pattern`, at any depth.
    func impl(of pattern: String) -> (item: Item, module: [String])? {
        allItems.first {
            $0.item.impl?.implementsTrait(pattern) == true && $0.item.impl?.selfTypeSegments == ["Runtime"]
        }
    }

    /// The module-level item named `name` of kind `kind`.
    func item(named name: String, kind: ItemKind) -> (item: Item, module: [String])? {
        allItems.first { $0.item.kind == kind && $0.item.name == name }
    }

    /// Whether a `type name = …;` exists outside any impl block (a module-level alias).
    func hasModuleLevelType(named name: String) -> Bool {
        let impls = allItems.filter { $0.item.kind == .impl }.map(\.item.tokenRange)
        return allItems.contains { entry in
            entry.item.kind == .typeAlias && entry.item.name == name
                && !impls.contains { $0.contains(entry.item.tokenRange.lowerBound) }
        }
    }

    /// Whether an identifier `name` appears as a token (so the name is in scope or used in this file).
    func mentions(_ name: String) -> Bool {
        tokens.contains { $0.isIdent(name) }
    }

    /// The line holding the closing `}` of a braced item, when that line holds nothing else.
    func closingBraceLine(of item: Item) -> Int? {
        guard !item.tokenRange.isEmpty else { return nil }
        let last = tokens[item.tokenRange.upperBound - 1]
        guard last.isPunct("}") || last.isPunct(")") || last.isPunct("]") else { return nil }
        let text = document.line(last.line).trimmed(" \t")
        return text == "}" || text == ");" || text == "};" ? last.line : nil
    }

    /// The line of the opening `{` of a function body, and of its closing `}`.
    func bodyLines(of function: Item) -> (open: Int, close: Int)? {
        guard let body = function.function?.bodyRange, body.lowerBound >= 1, body.upperBound < tokens.count else {
            return nil
        }
        return (tokens[body.lowerBound - 1].line, tokens[body.upperBound].line)
    }

    /// The indentation the items inside a braced item use: that of its first child, else one unit deeper.
    func innerIndentation(of item: Item) -> String {
        if let child = item.children.first { return document.indentation(of: lines(of: child).lowerBound) }
        return document.indentation(of: lines(of: item).lowerBound) + document.indentUnit
    }

    /// The module path a file has in its crate, from its path under `src/`.
    static func modulePath(relativeToSource path: String) -> [String] {
        var parts = path.split(separator: "/").map(String.init)
        guard let last = parts.popLast() else { return [] }
        if last == "lib.rs" || last == "main.rs" || last == "mod.rs" { return parts }
        return parts + [String(last.dropLast(3))]
    }
}

extension StringProtocol {
    func trimmed(_ set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}

extension String {
    /// Replaces whole-word occurrences of `word` (identifier boundaries) with `replacement`.
    func replacingWord(_ word: String, with replacement: String) -> String {
        var out = ""
        var rest = Substring(self)
        func isIdent(_ c: Character?) -> Bool { c.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false }
        while let range = rest.range(of: word) {
            let before = range.lowerBound == rest.startIndex ? out.last : rest[rest.index(before: range.lowerBound)]
            let after = range.upperBound == rest.endIndex ? nil : rest[range.upperBound]
            out += rest[..<range.lowerBound]
            out += isIdent(before) || isIdent(after) ? word : replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
