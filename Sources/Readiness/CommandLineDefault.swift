import RustSyntax

/// Finds the default of a command-line option declared with clap's derive attributes, for node parameters that
/// arrive through the command line (`#[clap(long, default_value = "2000")] pub block_authoring_duration: Duration`).
enum CommandLineDefault {
    /// Field types whose default is read as a number of milliseconds.
    static let millisecondTypes: Set<String> = ["Duration", "u16", "u32", "u64", "u128", "usize"]

    /// The integer default of the struct field `name` in `files`, at the token that spells it; the field must
    /// carry a `default_value` or `default_value_t` in an attribute right above it.
    static func find(_ name: String, in files: [SourceFile]) -> Located<Int>? {
        for file in files {
            let tokens = file.tokens.filter { $0.kind != .docComment }
            for index in tokens.indices where tokens[index].isIdent(name) {
                guard index + 2 < tokens.count, tokens[index + 1].isPunct(":"),
                    millisecondTypes.contains(fieldType(tokens, from: index + 2))
                else { continue }
                if let located = defaultValue(tokens, before: index, file: file.path) { return located }
            }
        }
        return nil
    }

    /// The last segment of the type written after a field's colon (`std::time::Duration` → `Duration`).
    static func fieldType(_ tokens: [Token], from start: Int) -> String {
        var cursor = start
        var last = ""
        while cursor < tokens.count, tokens[cursor].isIdentifier || tokens[cursor].isPunct("::") {
            if tokens[cursor].isIdentifier { last = tokens[cursor].name }
            cursor += 1
        }
        return last
    }

    /// The default in the attributes directly above the field that starts at `field` (after its visibility).
    static func defaultValue(_ tokens: [Token], before field: Int, file: String) -> Located<Int>? {
        var cursor = field - 1
        if cursor >= 0, tokens[cursor].isPunct(")") {
            // `pub(crate)`
            while cursor >= 0, !tokens[cursor].isPunct("(") { cursor -= 1 }
            cursor -= 1
        }
        if cursor >= 0, tokens[cursor].isIdent("pub") { cursor -= 1 }
        // Walk back over `#[…]` attributes.
        while cursor >= 1, tokens[cursor].isPunct("]") {
            var depth = 0
            var open = cursor
            while open >= 0 {
                if tokens[open].isPunct("]") { depth += 1 }
                if tokens[open].isPunct("[") {
                    depth -= 1
                    if depth == 0 { break }
                }
                open -= 1
            }
            guard open >= 1, tokens[open - 1].isPunct("#") else { return nil }
            for inner in open..<cursor
            where (tokens[inner].isIdent("default_value") || tokens[inner].isIdent("default_value_t"))
                && inner + 2 < cursor && tokens[inner + 1].isPunct("=")
            {
                let literal = tokens[inner + 2]
                let text: String
                switch literal.kind {
                case .string: text = String(literal.text.dropFirst().dropLast())
                case .integer: text = literal.text
                default: continue
                }
                guard let value = Int(text.filter { $0 != "_" }) else { continue }
                return Located(value, file: file, line: literal.line, column: literal.column)
            }
            cursor = open - 2
        }
        return nil
    }
}
