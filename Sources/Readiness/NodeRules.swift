/// Phase 2: the collator builds ahead of inclusion.
enum NodeRules {
    static let all: [any Rule] = [lookaheadCollator, paraBackend, codeHashProvider, authoringDuration]

    static func nodeEvidence(_ node: NodeFacts) -> Evidence {
        node.collatorEvidence
            ?? Evidence(file: node.path.map { RepositoryPath.join($0, "src/service.rs") } ?? "Cargo.toml", line: 1)
    }

    static let lookaheadCollator = NodeRule("lookahead-collator") { node, context in
        switch node.collator {
        case let kind? where StageModel.asyncCollators.contains(kind):
            // The chain's own collator (a `collators::lookahead` module of a workspace crate): say whose it is and
            // that only its start was read.
            let own =
                node.collatorCrate.map {
                    " of the workspace crate \($0) (the chain's own implementation, recognised by its module name; its body is not read)"
                } ?? ""
            return [
                context.finding(
                    .pass, node.subject, "the node starts the \(kind) collator\(own)", at: nodeEvidence(node),
                    actual: kind)
            ]
        case let kind?:
            return [
                context.finding(
                    .fail, node.subject,
                    "the node starts the \(kind) collator, which cannot build on unincluded blocks",
                    at: nodeEvidence(node), expected: "lookahead (or slot-based)", actual: kind,
                    change:
                        "switch to `cumulus_client_consensus_aura::collators::lookahead::{self as aura, Params as AuraParams}` and run it with `aura::run`"
                )
            ]
        case nil:
            return [
                context.finding(
                    .unknown, node.subject, "no collator start was found in the node crate", at: nodeEvidence(node))
            ]
        }
    }

    /// The shared shape of the two "pass this to the collator params" items.
    static func paramItem(
        _ id: String, field: String, value: String, fact: @escaping @Sendable (NodeFacts) -> Evidence?
    ) -> NodeRule {
        NodeRule(id) { node, context in
            if node.collator == "omni-node" {
                return [context.finding(.notApplicable, node.subject, "polkadot-omni-node sets \(field) itself")]
            }
            if let evidence = fact(node) {
                return [context.finding(.pass, node.subject, "\(field) is passed to the collator", at: evidence)]
            }
            let when =
                node.collator == "basic" || node.collator == "legacy" ? " when switching to the lookahead collator" : ""
            return [
                context.finding(
                    .fail, node.subject, "\(field) is not passed to the collator params",
                    at: nodeEvidence(node), expected: "\(field): \(value)",
                    change: "add `\(field): \(value),` to the collator params\(when)")
            ]
        }
    }

    static let paraBackend = paramItem("para-backend", field: "para_backend", value: "backend.clone()") {
        $0.paraBackend
    }

    static let codeHashProvider = paramItem(
        "code-hash-provider", field: "code_hash_provider",
        value: "move |block_hash| client.code_at(block_hash).ok().map(|c| ValidationCode::from(c).hash())"
    ) { $0.codeHashProvider }

    /// How an authoring duration derived from a legacy collator's slot proportion came about, for messages.
    static func proportionOrigin(_ proportion: SlotProportionFact) -> String {
        let slot = proportion.slotDurationMs.map { "\($0) ms" } ?? "unknown"
        let source = proportion.slotDurationSource.map { ", \($0)" } ?? ""
        return
            "derived from a slot proportion: block_proposal_slot_portion \(proportion.source) of a \(slot) slot\(source)"
    }

    static let authoringDuration = NodeRule("authoring-duration") { node, context in
        if node.collator == "omni-node" {
            return [context.finding(.notApplicable, node.subject, "polkadot-omni-node chooses the authoring duration")]
        }
        guard let duration = node.authoringDurationMs else {
            return [
                context.finding(
                    .unknown, node.subject, "no authoring_duration was found in the collator params",
                    at: nodeEvidence(node),
                    expected: "Duration::from_millis(2000)")
            ]
        }
        let derived = node.authoringDurationSlotProportion
        let change =
            derived == nil
            ? "set `authoring_duration: Duration::from_millis(2000)`"
            : "switch to the lookahead collator and give it `authoring_duration: Duration::from_millis(2000)` (the legacy collator only takes a share of the slot)"
        let origin = derived.map { " (\(proportionOrigin($0)))" } ?? ""
        if duration.value < 1500 {
            return [
                context.finding(
                    .fail, node.subject,
                    "authoring duration is \(duration.value) ms\(origin); async backing allows 2000 ms per block",
                    at: duration.evidence, expected: "2000", actual: "\(duration.value)", change: change)
            ]
        }
        if duration.value > 2000 {
            return [
                context.finding(
                    .warn, node.subject,
                    "authoring duration is \(duration.value) ms\(origin); backers re-execute within a 2 s budget (2.5 s backing timeout) and may not back a longer block",
                    at: duration.evidence, expected: "2000", actual: "\(duration.value)", change: change)
            ]
        }
        if duration.value < 2000 {
            return [
                context.finding(
                    .warn, node.subject,
                    "authoring duration is \(duration.value) ms\(origin); since PR #5195 (July 2024) the guidance is 2000 ms",
                    at: duration.evidence, expected: "2000", actual: "\(duration.value)", change: change)
            ]
        }
        return [
            context.finding(
                .pass, node.subject, "authoring duration \(duration.value) ms\(origin)", at: duration.evidence,
                actual: "\(duration.value)")
        ]
    }
}
