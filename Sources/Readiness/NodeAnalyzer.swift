import ParaReadyCore
import RustSyntax

/// Reads a node crate's sources for the collator it starts and the parameters it gives it.
struct NodeAnalyzer {
    /// A place where a collator is started.
    struct CallSite {
        var kind: String
        /// The local name the start goes through (a module alias, or a `run` imported by name), to find the crate
        /// a file-level `use` imported it from.
        var localName: String? = nil
        var file: String
        var line: Int
        /// True when the call sits in the `then` branch of an `if` (or a non-default `match` arm): a switch
        /// that is off unless a flag is set.
        var conditional: Bool
        var function: String
    }

    let crate: CrateSource
    let environment: CfgEnvironment
    let evaluate: (_ tokens: [Token], _ file: String) -> Int?
    /// Files of the crates that parse the node's command line (the node crate itself and the workspace crates
    /// that depend on it), searched for an option's default when a parameter arrives from the command line.
    var commandLineFiles: [SourceFile] = []
    /// Crate names (as Rust writes them, `_` for `-`) of the workspace's packages, to tell the chain's own
    /// collator module from the SDK's.
    var workspaceCrateNames: [String: String] = [:]

    /// Module names under `cumulus_client_consensus_aura::collators` and the kind each one is.
    static let collatorModules = ["lookahead": "lookahead", "basic": "basic", "slot_based": "slot-based"]

    func analyze(path: String, crateName: String, variant: String?, dependsOnOmniNode: Bool) -> NodeFacts {
        var facts = NodeFacts(path: path, crate: crateName, variant: variant)
        var aliases: [String: String] = [:]
        var runFunctions: [String: String] = [:]
        var importedFrom: [String: String] = [:]
        var omniNodeImport: Evidence?
        for file in crate.files {
            for binding in Self.bindings(in: file.items) {
                // A node binary of the chain's own built on the omni-node library (`use
                // polkadot_omni_node_lib::{run, …};`, then `run::<CliConfig>(config)` in `main`): that call starts
                // the collator. The `use` is the place to show when no call is found.
                if binding.path.first == "polkadot_omni_node_lib" {
                    if omniNodeImport == nil {
                        omniNodeImport = Evidence(file: file.path, line: binding.location.line)
                    }
                    if binding.path.count == 2, binding.path[1] == "run" {
                        runFunctions[binding.alias ?? "run"] = "omni-node"
                    }
                    continue
                }
                guard let index = binding.path.firstIndex(of: "collators"), index + 1 < binding.path.count,
                    let kind = Self.collatorModules[binding.path[index + 1]]
                else { continue }
                let rest = binding.path[(index + 2)...]
                var name: String?
                if rest.isEmpty || rest == ["self"] {
                    name = binding.alias ?? binding.path[index + 1]
                    aliases[name!] = kind
                } else if rest.count == 1, let function = rest.first, Self.runFunctions.contains(function) {
                    // `use …::collators::lookahead::{run as run_aura, …};` then `run_aura::<…>(params)`.
                    name = binding.alias ?? function
                    runFunctions[name!] = kind
                }
                if let name, index > 0 { importedFrom[name] = binding.path[0] }
            }
        }
        var calls: [CallSite] = []
        var bodies: [(function: String, file: String, tokens: [Token])] = []
        for file in crate.files {
            for function in Self.functions(in: file.items) {
                guard let body = function.item.function?.body else { continue }
                let tokens = body
                bodies.append((function.name, file.path, tokens))
                let local = aliases.merging(Self.bodyAliases(in: tokens)) { _, inner in inner }
                calls += callSites(
                    in: tokens, aliases: local, runFunctions: runFunctions, file: file.path, function: function.name)
            }
        }
        if calls.isEmpty && dependsOnOmniNode {
            facts.collator = "omni-node"
            facts.collatorEvidence = omniNodeImport
        }
        let chosen = calls.first { !$0.conditional } ?? calls.first
        if let chosen {
            facts.collator = chosen.kind
            facts.collatorEvidence = Evidence(file: chosen.file, line: chosen.line)
            if let owner = chosen.localName.flatMap({ importedFrom[$0] }) {
                facts.collatorCrate = workspaceCrateNames[owner]
            }
        }
        var seenKinds: Set<String> = []
        for call in calls where seenKinds.insert(call.kind).inserted {
            facts.selectableCollators.append(Located(call.kind, file: call.file, line: call.line))
        }
        if facts.selectableCollators.count < 2 { facts.selectableCollators = [] }
        // Parameters: prefer the function that starts the chosen collator, then any other.
        let ordered = bodies.sorted { a, b in
            (a.function == chosen?.function ? 0 : 1) < (b.function == chosen?.function ? 0 : 1)
        }
        for body in ordered {
            if facts.paraBackend == nil, let token = Self.field("para_backend", in: body.tokens) {
                facts.paraBackend = Evidence(file: body.file, line: token.line, column: token.column)
            }
            if facts.codeHashProvider == nil, let token = Self.field("code_hash_provider", in: body.tokens) {
                facts.codeHashProvider = Evidence(file: body.file, line: token.line, column: token.column)
            }
            if facts.authoringDurationMs == nil,
                let (token, value) = authoringDuration(in: body.tokens, file: body.file)
            {
                facts.authoringDurationMs = Located(value, file: body.file, line: token.line, column: token.column)
            }
        }
        if facts.authoringDurationMs == nil {
            // `authoring_duration: block_authoring_duration` handed down from a command-line option.
            for body in ordered {
                guard let name = Self.forwardedParameter("authoring_duration", in: body.tokens),
                    var located = CommandLineDefault.find(name, in: crate.files + commandLineFiles)
                else { continue }
                located.symbol = name
                facts.authoringDurationMs = located
                break
            }
        }
        if facts.authoringDurationMs == nil, facts.collator == "legacy" {
            // The legacy collator authors for a share of the slot; the slot is the runtime's (filled in later).
            facts.slotProportion = slotProportion(in: ordered)
        }
        return facts
    }

    /// Collator module aliases from `use` declarations written inside a function body
    /// (`use cumulus_client_consensus_aura::collators::lookahead::{self as aura, Params};`).
    static func bodyAliases(in tokens: [Token]) -> [String: String] {
        var aliases: [String: String] = [:]
        for index in tokens.indices where tokens[index].isIdent("collators") {
            guard index + 2 < tokens.count, tokens[index + 1].isPunct("::"),
                let kind = collatorModules[tokens[index + 2].name]
            else { continue }
            let module = tokens[index + 2].name
            var cursor = index + 3
            if cursor + 1 < tokens.count, tokens[cursor].isIdent("as") {
                aliases[tokens[cursor + 1].name] = kind
                continue
            }
            guard cursor + 1 < tokens.count, tokens[cursor].isPunct("::"), tokens[cursor + 1].isPunct("{") else {
                aliases[module] = kind
                continue
            }
            cursor += 2
            while cursor < tokens.count, !tokens[cursor].isPunct("}") {
                if tokens[cursor].isIdent("self") {
                    if cursor + 2 < tokens.count, tokens[cursor + 1].isIdent("as") {
                        aliases[tokens[cursor + 2].name] = kind
                    } else {
                        aliases[module] = kind
                    }
                }
                cursor += 1
            }
        }
        return aliases
    }

    /// The entry points of a collator module (`lookahead::run`).
    static let runFunctions: Set<String> = ["run", "run_with_export"]

    /// Collator starts in a function body: `<module>::run(…)` through the module or an alias of it, the legacy
    /// `AuraConsensus::build` or `start_collator(…)`, or a
    /// collator's `run` function imported by name (`runFunctions`: local name → kind) and called directly.
    func callSites(
        in tokens: [Token], aliases: [String: String], runFunctions: [String: String] = [:], file: String,
        function: String
    ) -> [CallSite] {
        var sites: [CallSite] = []
        for index in tokens.indices {
            let token = tokens[index]
            var kind: String?
            var localName: String?
            if Self.runFunctions.contains(token.name) && token.isIdentifier && index >= 2
                && tokens[index - 1].isPunct("::")
            {
                let owner = tokens[index - 2].name
                kind = aliases[owner] ?? Self.collatorModules[owner]
                localName = owner
            } else if let imported = runFunctions[token.name], token.isIdentifier,
                index == 0 || !tokens[index - 1].isPunct("::"), index + 1 < tokens.count,
                tokens[index + 1].isPunct("(") || tokens[index + 1].isPunct("::")
            {
                kind = imported
                localName = token.name
            } else if token.isIdent("AuraConsensus"), index + 2 < tokens.count, tokens[index + 1].isPunct("::"),
                tokens[index + 2].isIdent("build")
            {
                kind = "legacy"
            } else if token.isIdent("start_collator"), index + 1 < tokens.count, tokens[index + 1].isPunct("("),
                index == 0 || !tokens[index - 1].isPunct(".")
            {
                // `cumulus_client_service::start_collator(params)` runs whatever `ParachainConsensus` it is given
                // (`AuraConsensus`, Nimbus's `NimbusConsensus`): the collator that builds on included blocks only.
                kind = "legacy"
            } else if token.isIdent("polkadot_omni_node_lib") {
                kind = "omni-node"
            }
            guard let kind else { continue }
            if sites.contains(where: { $0.kind == kind && $0.line == token.line }) { continue }
            sites.append(
                CallSite(
                    kind: kind, localName: localName, file: file, line: token.line,
                    conditional: Self.isConditional(tokens, at: index), function: function))
        }
        return sites
    }

    /// Whether the token at `index` sits in the `then` branch of an `if` (the `else` branch is the default
    /// when a flag is off) or in a `match` arm that is not a wildcard.
    static func isConditional(_ tokens: [Token], at index: Int) -> Bool {
        guard let brace = enclosingBrace(tokens, at: index) else { return false }
        // The block that holds the call: what introduces it?
        var back = brace - 1
        var nesting = 0
        while back >= 0 {
            let t = tokens[back]
            if t.isPunct(")") || t.isPunct("]") || t.isPunct(">") { nesting += 1 }
            if t.isPunct("(") || t.isPunct("[") || t.isPunct("<") { nesting -= 1 }
            if nesting <= 0 {
                if t.isIdent("else") { return false }
                if t.isIdent("if") { return true }
                if t.isPunct("=>") {
                    let pattern = back >= 1 ? tokens[back - 1] : t
                    return !pattern.isIdent("_")
                }
                if t.isPunct(";") || t.isPunct("{") || t.isPunct("}") || t.isIdent("fn") { return false }
            }
            back -= 1
        }
        return false
    }

    /// The index of the `{` whose block or struct literal directly holds the token at `index`; nil when a `(` or
    /// `[` encloses it first, or nothing does.
    static func enclosingBrace(_ tokens: [Token], at index: Int) -> Int? {
        var depth = 0
        var cursor = index - 1
        while cursor >= 0 {
            let token = tokens[cursor]
            if token.isPunct("}") || token.isPunct(")") || token.isPunct("]") { depth += 1 }
            if token.isPunct("(") || token.isPunct("[") {
                if depth == 0 { return nil }
                depth -= 1
            }
            if token.isPunct("{") {
                if depth == 0 { return cursor }
                depth -= 1
            }
            cursor -= 1
        }
        return nil
    }

    /// The token of `name` used as a struct field (`name:` or shorthand `name,` / `name }`).
    static func field(_ name: String, in tokens: [Token]) -> Token? {
        for (index, token) in tokens.enumerated() where token.isIdent(name) {
            guard index + 1 < tokens.count else { continue }
            let next = tokens[index + 1]
            let previous = index > 0 ? tokens[index - 1] : nil
            let inStruct = previous.map { $0.isPunct(",") || $0.isPunct("{") } ?? false
            if next.isPunct(":") || (inStruct && (next.isPunct(",") || next.isPunct("}"))) { return token }
        }
        return nil
    }

    /// `authoring_duration: <expr>` evaluated to milliseconds, with the field's token.
    func authoringDuration(in tokens: [Token], file: String) -> (Token, Int)? {
        for (index, token) in tokens.enumerated() where token.isIdent("authoring_duration") {
            guard index + 1 < tokens.count else { continue }
            var expression: [Token] = []
            if tokens[index + 1].isPunct(":") && !(index + 2 < tokens.count && tokens[index + 2].isPunct(":")) {
                expression = Self.expression(tokens, from: index + 2)
            } else if tokens[index + 1].isPunct(",") || tokens[index + 1].isPunct("}") {
                // Shorthand: find `let authoring_duration = …;` earlier in the body.
                if let binding = tokens[..<index].indices.last(where: {
                    tokens[$0].isIdent("authoring_duration") && $0 > 0 && tokens[$0 - 1].isIdent("let")
                }), binding + 2 < tokens.count {
                    expression = Self.expression(tokens, from: binding + 2)
                }
            } else {
                continue
            }
            if let value = evaluate(expression, file) { return (token, value) }
        }
        return nil
    }

    /// The variable a struct field is set from when that is a single name (`authoring_duration: duration_arg`).
    static func forwardedParameter(_ field: String, in tokens: [Token]) -> String? {
        for (index, token) in tokens.enumerated() where token.isIdent(field) {
            guard index + 3 < tokens.count, tokens[index + 1].isPunct(":"), !tokens[index + 2].isPunct(":"),
                tokens[index + 2].isIdentifier, tokens[index + 3].isPunct(",") || tokens[index + 3].isPunct("}")
            else { continue }
            return tokens[index + 2].name
        }
        return nil
    }

    /// Tokens of an expression up to the next `,`, `;` or closing bracket at depth 0.
    static func expression(_ tokens: [Token], from start: Int) -> [Token] {
        var depth = 0
        var end = start
        while end < tokens.count {
            let token = tokens[end]
            if token.isPunct("(") || token.isPunct("[") || token.isPunct("{") { depth += 1 }
            if token.isPunct(")") || token.isPunct("]") || token.isPunct("}") {
                if depth == 0 { break }
                depth -= 1
            }
            if depth == 0 && (token.isPunct(",") || token.isPunct(";")) { break }
            end += 1
        }
        return Array(tokens[start..<end])
    }

    static func bindings(in items: [Item]) -> [UseBinding] {
        items.flatMap { item in item.useBindings + bindings(in: item.children) }
    }

    static func functions(in items: [Item]) -> [(name: String, item: Item)] {
        items.flatMap { item -> [(name: String, item: Item)] in
            let own: [(name: String, item: Item)] = item.kind == .function ? [(item.name ?? "", item)] : []
            return own + functions(in: item.children)
        }
    }
}
