/// A `cfg` predicate such as `all(feature = "std", not(test))`, evaluated with three-valued logic.
public struct CfgPredicate: Sendable, Hashable, CustomStringConvertible {
    /// The predicate's syntax tree.
    public indirect enum Node: Sendable, Hashable {
        /// A bare option: `test`, `debug_assertions`, `unix`.
        case name(String)
        /// `key = "value"`: `feature = "std"`, `target_os = "linux"`.
        case keyValue(String, String)
        case all([Node])
        case any([Node])
        case not(Node)
        /// `true` or `false`.
        case literal(Bool)
        /// Tokens that are not a predicate, kept as text; evaluates to unknown.
        case invalid(String)
    }

    /// How deeply `all`/`any`/`not` may nest before the rest is treated as invalid.
    static let maximumDepth = 32

    public var node: Node

    public init(node: Node) {
        self.node = node
    }

    /// Parses the tokens inside `cfg(…)` (or the first argument of `cfg_attr`, or of `cfg!`).
    public init(tokens: [Token]) {
        var index = 0
        let parsed = Self.parse(tokens, &index, depth: 0)
        if index < tokens.count {
            node = .invalid(TokenPath.text(tokens))
        } else {
            node = parsed
        }
    }

    private static func parse(_ tokens: [Token], _ index: inout Int, depth: Int) -> Node {
        guard index < tokens.count, depth < maximumDepth else {
            index = tokens.count
            return .invalid(TokenPath.text(tokens))
        }
        let token = tokens[index]
        guard token.isIdentifier else {
            index = tokens.count
            return .invalid(TokenPath.text(tokens))
        }
        let name = token.name
        index += 1
        if index < tokens.count && tokens[index].isPunct("=") {
            index += 1
            guard index < tokens.count, let value = tokens[index].stringValue else {
                index = tokens.count
                return .invalid(TokenPath.text(tokens))
            }
            index += 1
            return .keyValue(name, value)
        }
        if index < tokens.count && tokens[index].isPunct("("), name == "all" || name == "any" || name == "not" {
            index += 1
            var operands: [Node] = []
            while index < tokens.count && !tokens[index].isPunct(")") {
                operands.append(parse(tokens, &index, depth: depth + 1))
                if index < tokens.count && tokens[index].isPunct(",") { index += 1 } else { break }
            }
            guard index < tokens.count, tokens[index].isPunct(")") else {
                index = tokens.count
                return .invalid(TokenPath.text(tokens))
            }
            index += 1
            switch name {
            case "all": return .all(operands)
            case "any": return .any(operands)
            default: return operands.count == 1 ? .not(operands[0]) : .invalid(TokenPath.text(tokens))
            }
        }
        if token.kind == .ident && (name == "true" || name == "false") { return .literal(name == "true") }
        return .name(name)
    }

    /// The predicate's value in `environment`, or nil when it depends on something the environment does not know.
    public func evaluate(_ environment: CfgEnvironment) -> Bool? {
        Self.evaluate(node, environment)
    }

    private static func evaluate(_ node: Node, _ environment: CfgEnvironment) -> Bool? {
        switch node {
        case .name(let name): return environment.value(ofName: name)
        case .keyValue(let key, let value): return environment.value(ofKey: key, value)
        case .literal(let value): return value
        case .invalid: return nil
        case .not(let inner): return evaluate(inner, environment).map { !$0 }
        case .all(let operands):
            var unknown = false
            for operand in operands {
                switch evaluate(operand, environment) {
                case false?: return false
                case nil: unknown = true
                case true?: continue
                }
            }
            return unknown ? nil : true
        case .any(let operands):
            var unknown = false
            for operand in operands {
                switch evaluate(operand, environment) {
                case true?: return true
                case nil: unknown = true
                case false?: continue
                }
            }
            return unknown ? nil : false
        }
    }

    /// Every Cargo feature the predicate mentions.
    public var features: Set<String> {
        var found: Set<String> = []
        Self.collectFeatures(node, into: &found)
        return found
    }

    private static func collectFeatures(_ node: Node, into found: inout Set<String>) {
        switch node {
        case .keyValue("feature", let value): found.insert(value)
        case .all(let operands), .any(let operands): for operand in operands { collectFeatures(operand, into: &found) }
        case .not(let inner): collectFeatures(inner, into: &found)
        default: break
        }
    }

    /// The predicate in Rust syntax: `all(feature = "std", not(test))`.
    public var description: String { Self.text(node) }

    private static func text(_ node: Node) -> String {
        switch node {
        case .name(let name): return name
        case .keyValue(let key, let value): return "\(key) = \"\(value)\""
        case .literal(let value): return value ? "true" : "false"
        case .invalid(let text): return text
        case .not(let inner): return "not(\(text(inner)))"
        case .all(let operands): return "all(\(operands.map(text).joined(separator: ", ")))"
        case .any(let operands): return "any(\(operands.map(text).joined(separator: ", ")))"
        }
    }
}
