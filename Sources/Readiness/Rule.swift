/// What a rule sees: the facts, its own checklist item, and the repository's root for reading source lines.
public struct RuleContext: Sendable {
    public var facts: RepositoryFacts
    public var item: ChecklistItem

    /// A finding for this item with the item's severity.
    public func finding(
        _ status: Finding.Status, _ subject: String, _ message: String, at evidence: Evidence? = nil,
        expected: String? = nil, actual: String? = nil, change: String? = nil
    ) -> Finding {
        // The status says whether the change is in place; how much a failure weighs comes from the item's
        // severity (a failing warning item counts as a warning for `--fail-on`).
        Finding(
            item: item.id, severity: item.severity, status: status, subject: subject, message: message,
            at: evidence, expected: expected, actual: actual, change: change)
    }
}

/// A check registered under a checklist item's id.
public protocol Rule: Sendable {
    /// The checklist item id this rule checks; a test fails unless every id has exactly one document and one rule.
    var id: String { get }
    func evaluate(_ context: RuleContext) -> [Finding]
}

/// A rule that looks at one runtime at a time; not-applicable handling for non-Aura chains is done for it.
public struct RuntimeRule: Rule {
    public let id: String
    let check: @Sendable (RuntimeFacts, RuleContext) -> [Finding]

    public init(_ id: String, check: @escaping @Sendable (RuntimeFacts, RuleContext) -> [Finding]) {
        self.id = id
        self.check = check
    }

    public func evaluate(_ context: RuleContext) -> [Finding] {
        context.facts.runtimes.flatMap { runtime -> [Finding] in
            if context.item.auraOnly && runtime.consensus != "aura" {
                return [
                    context.finding(
                        .notApplicable, runtime.subject,
                        "\(runtime.crate) uses \(runtime.consensus) consensus; this item is for Aura chains")
                ]
            }
            return check(runtime, context)
        }
    }
}

/// A rule that looks at the node crates that serve each runtime entry.
///
/// A runtime entry that no node crate in the repository serves gets one not-applicable finding (the collator
/// that runs it lives elsewhere); a node serving several entries is judged once. Nodes that serve no runtime
/// entry (a node-only repository) are judged on their own.
public struct NodeRule: Rule {
    public let id: String
    let check: @Sendable (NodeFacts, RuleContext) -> [Finding]

    public init(_ id: String, check: @escaping @Sendable (NodeFacts, RuleContext) -> [Finding]) {
        self.id = id
        self.check = check
    }

    public func evaluate(_ context: RuleContext) -> [Finding] {
        let facts = context.facts
        if facts.nodes.isEmpty && facts.runtimes.isEmpty {
            return [context.finding(.notApplicable, "repository", "no node crate and no runtime in this repository")]
        }
        var findings: [Finding] = []
        var judged: Set<NodeFacts> = []
        for runtime in facts.runtimes {
            if context.item.auraOnly && runtime.consensus != "aura" {
                findings.append(
                    context.finding(
                        .notApplicable, runtime.subject,
                        "\(runtime.crate) uses \(runtime.consensus) consensus; this item is for Aura collators"))
                continue
            }
            let nodes = StageModel.nodes(for: runtime, in: facts.nodes)
            if nodes.isEmpty {
                findings.append(
                    context.finding(
                        .notApplicable, runtime.subject,
                        "no node crate in this repository runs \(runtime.crate); its collator is built elsewhere"))
            }
            for node in nodes where judged.insert(node).inserted {
                findings += check(node, context)
            }
        }
        for node in facts.nodes where !judged.contains(node) && !servesSomeRuntime(node, facts) {
            findings += check(node, context)
        }
        return findings
    }

    /// Whether some runtime entry is run by this node (then skipping it was deliberate, e.g. a non-Aura chain).
    private func servesSomeRuntime(_ node: NodeFacts, _ facts: RepositoryFacts) -> Bool {
        facts.runtimes.contains { StageModel.nodes(for: $0, in: facts.nodes).contains(node) }
    }
}

/// A rule about the repository as a whole.
public struct RepositoryRule: Rule {
    public let id: String
    let check: @Sendable (RuleContext) -> [Finding]

    public init(_ id: String, check: @escaping @Sendable (RuleContext) -> [Finding]) {
        self.id = id
        self.check = check
    }

    public func evaluate(_ context: RuleContext) -> [Finding] { check(context) }
}

extension RuntimeFacts {
    /// How findings name this runtime: `runtime:<path>` plus `@<variant>` for feature variants.
    public var subject: String { "runtime:\(path)" + (variant.map { "@\($0)" } ?? "") }
}

extension NodeFacts {
    /// How findings name this node: `node:<path>` plus `@<variant>` for feature variants.
    public var subject: String { "node:\(path ?? collator ?? "launch-config")" + (variant.map { "@\($0)" } ?? "") }
}
