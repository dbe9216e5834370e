/// What a rule sees: the facts, its own checklist item, and the repository's root for reading source lines.
public struct RuleContext: Sendable {
    public var facts: RepositoryFacts
    public var item: ChecklistItem

    /// A finding for this item with the item's severity.
    public func finding(
        _ status: Finding.Status, _ subject: String, _ message: String, at evidence: Evidence? = nil,
        expected: String? = nil, actual: String? = nil, change: String? = nil
    ) -> Finding {
        // An unmet warning or info item is a warning, never a failure: severity comes from the document.
        let status = status == .fail && item.severity != .error ? .warn : status
        return Finding(
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

/// A rule that looks at one node crate at a time; a repository without node crates gets one not-applicable.
public struct NodeRule: Rule {
    public let id: String
    let check: @Sendable (NodeFacts, RuleContext) -> [Finding]

    public init(_ id: String, check: @escaping @Sendable (NodeFacts, RuleContext) -> [Finding]) {
        self.id = id
        self.check = check
    }

    public func evaluate(_ context: RuleContext) -> [Finding] {
        if context.facts.nodes.isEmpty {
            return [
                context.finding(
                    .notApplicable, "repository",
                    "no node crate in this repository (runtime-only, e.g. run with polkadot-omni-node)")
            ]
        }
        if context.item.auraOnly && !context.facts.runtimes.isEmpty
            && context.facts.runtimes.allSatisfy({ $0.consensus != "aura" })
        {
            return context.facts.nodes.map {
                context.finding(
                    .notApplicable, $0.subject, "the chain does not use Aura; this item is for Aura collators")
            }
        }
        return context.facts.nodes.flatMap { check($0, context) }
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
