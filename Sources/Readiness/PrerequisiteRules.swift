/// Items that hold for the repository as a whole before any phase starts.
enum PrerequisiteRules {
    static let all: [any Rule] = [sdkVersion, localNetworkConfig]

    static let sdkVersion = RepositoryRule("sdk-version") { context in
        let sdk = context.facts.sdk
        guard let release = sdk.release else {
            let candidates = sdk.candidates.isEmpty ? "" : " (candidates: \(sdk.candidates.joined(separator: ", ")))"
            // Say why (a fork's feature branch, a `rev`): the facts know, the reader of the audit should too.
            let reason = sdk.detail.map { ": \($0)" } ?? ""
            return [
                context.finding(
                    .unknown, "repository", "the polkadot-sdk release could not be determined\(candidates)\(reason)",
                    at: sdk.evidence, expected: "polkadot-v1.8.0 or later")
            ]
        }
        // A solo chain or a library workspace: no parachain runtime and no collator to build on the release.
        if context.facts.runtimes.isEmpty && context.facts.nodes.isEmpty {
            return [
                context.finding(
                    .notApplicable, "repository",
                    "no parachain runtime or collator node was found, so no collator is built on \(release)",
                    at: sdk.evidence)
            ]
        }
        if ReleaseOrder.atLeast(release, "polkadot-v1.8.0") == false {
            return [
                context.finding(
                    .fail, "repository",
                    "\(release) predates polkadot-v1.8.0: collators built on it produce twice per slot once the relay enables async backing (PR #3308)",
                    at: sdk.evidence, expected: "polkadot-v1.8.0 or later", actual: release,
                    change:
                        "upgrade the polkadot-sdk dependencies to polkadot-v1.8.0 or later (polkadot-v1.9.0+ for chains with several collators)"
                )
            ]
        }
        if ReleaseOrder.atLeast(release, "polkadot-v1.9.0") == false {
            return [
                context.finding(
                    .warn, "repository",
                    "\(release) lacks the multi-collator slot-duration transition fix of polkadot-v1.9.0 (PR #3510)",
                    at: sdk.evidence, expected: "polkadot-v1.9.0 or later", actual: release,
                    change:
                        "upgrade to polkadot-v1.9.0 or later before changing the slot duration on a chain with several collators"
                )
            ]
        }
        return [context.finding(.pass, "repository", "builds against \(release)", at: sdk.evidence, actual: release)]
    }

    static let localNetworkConfig = RepositoryRule("local-network-config") { context in
        let networks = context.facts.localNetworks
        guard !networks.isEmpty else {
            return [
                context.finding(.notApplicable, "repository", "no local test-network (zombienet) configuration found")
            ]
        }
        return networks.flatMap { network -> [Finding] in
            let subject = "network:\(network.file)"
            var problems: [Finding] = []
            let fileEvidence = Evidence(file: network.file, line: 1)
            if let depth = network.maxCandidateDepth {
                if depth.value < 3 {
                    problems.append(
                        context.finding(
                            .fail, subject, "max_candidate_depth is \(depth.value); async backing needs 3",
                            at: depth.evidence, expected: "3", actual: "\(depth.value)",
                            change: "set async_backing_params.max_candidate_depth = 3 in the relay genesis patch"))
                }
            }
            if let ancestry = network.allowedAncestryLen, ancestry.value < 2 {
                problems.append(
                    context.finding(
                        .fail, subject, "allowed_ancestry_len is \(ancestry.value); async backing needs 2",
                        at: ancestry.evidence, expected: "2", actual: "\(ancestry.value)",
                        change: "set async_backing_params.allowed_ancestry_len = 2 in the relay genesis patch"))
            }
            if let lookahead = network.lookahead, lookahead.value < 3 {
                problems.append(
                    context.finding(
                        .fail, subject,
                        "scheduler lookahead is \(lookahead.value); current guidance is at least 3 (2 was the 2024 value)",
                        at: lookahead.evidence, expected: "3", actual: "\(lookahead.value)",
                        change: "set scheduler_params.lookahead = 3 in the relay genesis patch"))
            }
            if network.maxCandidateDepth == nil && network.allowedAncestryLen == nil && network.lookahead == nil {
                problems.append(
                    context.finding(
                        .warn, subject,
                        "the configuration does not set async_backing_params or scheduler lookahead; it relies on the relay binary's presets",
                        at: fileEvidence, expected: "max_candidate_depth 3, allowed_ancestry_len 2, lookahead 3",
                        change:
                            "add the relay genesis patch for configuration.config (async_backing_params and scheduler_params.lookahead)"
                    ))
            }
            return problems.isEmpty
                ? [context.finding(.pass, subject, "relay configuration enables async backing", at: fileEvidence)]
                : problems
        }
    }
}
