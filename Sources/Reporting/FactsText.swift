import Readiness

/// The readable view of `paraready inspect`: every fact with where it was read.
public enum FactsText {
    public static func render(_ facts: RepositoryFacts) -> String {
        var out = "stage: \(facts.stage.rawValue)\n"
        out += "polkadot-sdk: \(facts.sdk.release ?? "unknown")"
        if let evidence = facts.sdk.evidence {
            out += "  (\(facts.sdk.method ?? "?") at \(evidence.file):\(evidence.line))"
        }
        out += "\n"
        if facts.sdk.release == nil && !facts.sdk.candidates.isEmpty {
            out += "  candidates: \(facts.sdk.candidates.joined(separator: ", "))\n"
        }
        for runtime in facts.runtimes {
            out += "\nruntime \(runtime.crate) (\(runtime.path))"
            out += runtime.variant.map { " with features \($0)" } ?? ""
            out += ": \(runtime.stage.rawValue), consensus \(runtime.consensus)\n"
            for key in runtime.constants.keys.sorted() {
                let value = runtime.constants[key]!
                out +=
                    "  \(key) = \(value.value)"
                    + where_(value.file, value.line, symbol: value.symbol, external: value.external) + "\n"
            }
            if let weight = runtime.maxBlockWeightRefTimeMs {
                out += "  block weight ref-time = \(weight.value) ms" + where_(weight.file, weight.line) + "\n"
            }
            if let hook = runtime.consensusHook {
                out +=
                    "  consensus hook: \(hook.kind ?? "none")" + (hook.file.map { where_($0, hook.line ?? 0) } ?? "")
                    + "\n"
            } else {
                out += "  consensus hook: not configured\n"
            }
            let api = runtime.unincludedSegmentApi
            out += "  AuraUnincludedSegmentApi: \(api.present ? (api.stub ? "stub" : "implemented") : "missing")"
            out += (api.file.map { where_($0, api.line ?? 0) } ?? "") + "\n"
            if let check = runtime.checkAssociatedRelayNumber {
                out += "  CheckAssociatedRelayNumber: \(check.value)" + where_(check.file, check.line) + "\n"
            }
            if let allow = runtime.allowMultipleBlocksPerSlot {
                out += "  AllowMultipleBlocksPerSlot: \(allow.value)" + where_(allow.file, allow.line) + "\n"
            }
            if let period = runtime.minimumPeriodMs {
                out += "  MinimumPeriod: \(period.value) ms" + where_(period.file, period.line) + "\n"
            }
            if let slot = runtime.auraSlotDuration {
                out +=
                    "  pallet_aura SlotDuration: \(slot.source)" + (slot.valueMs.map { " = \($0) ms" } ?? "")
                    + where_(slot.file, slot.line) + "\n"
            }
            if let slot = runtime.auraApiSlotDuration {
                out +=
                    "  AuraApi::slot_duration: \(slot.source)" + (slot.valueMs.map { " = \($0) ms" } ?? "")
                    + where_(slot.file, slot.line) + "\n"
            }
            if let check = runtime.checkInherents {
                out +=
                    "  CheckInherents in register_validate_block!: \(check.value ? "yes" : "no")"
                    + where_(check.file, check.line) + "\n"
            }
        }
        for node in facts.nodes {
            out +=
                "\nnode \(node.crate ?? "binary") (\(node.displayName))"
                + (node.variant.map { " with features \($0)" } ?? "") + "\n"
            out +=
                "  collator: \(node.collator ?? "not found")"
                + (node.collatorEvidence.map { where_($0.file, $0.line) } ?? "") + "\n"
            if !node.selectableCollators.isEmpty {
                out +=
                    "  selectable: "
                    + node.selectableCollators.map { "\($0.value) (\($0.file):\($0.line))" }.joined(separator: ", ")
                    + "\n"
            }
            if let proportion = node.authoringDurationSlotProportion, let duration = node.authoringDurationMs {
                out +=
                    "  authoring duration: \(duration.value) ms, derived from block_proposal_slot_portion \(proportion.source)"
                    + " of a \(proportion.slotDurationMs.map { "\($0) ms" } ?? "unknown") slot"
                    + (proportion.slotDurationSource.map { " (\($0))" } ?? "") + where_(duration.file, duration.line)
                    + "\n"
            } else if let duration = node.authoringDurationMs {
                out += "  authoring duration: \(duration.value) ms" + where_(duration.file, duration.line) + "\n"
            }
            out += "  para_backend: \(node.paraBackend.map { "\($0.file):\($0.line)" } ?? "absent")\n"
            out += "  code_hash_provider: \(node.codeHashProvider.map { "\($0.file):\($0.line)" } ?? "absent")\n"
        }
        for network in facts.localNetworks {
            out +=
                "\nlocal network \(network.file): max_candidate_depth \(network.maxCandidateDepth.map { "\($0.value)" } ?? "unset"), "
            out += "allowed_ancestry_len \(network.allowedAncestryLen.map { "\($0.value)" } ?? "unset"), "
            out += "lookahead \(network.lookahead.map { "\($0.value)" } ?? "unset")\n"
        }
        if !facts.warnings.isEmpty {
            out += "\nwarnings:\n"
            for warning in facts.warnings {
                out += "  " + (warning.file.map { "\($0):\(warning.line ?? 1): " } ?? "") + warning.message + "\n"
            }
        }
        return out
    }

    static func where_(_ file: String, _ line: Int, symbol: String? = nil, external: Bool? = nil) -> String {
        var text = "  (\(file):\(line)"
        if let symbol { text += ", spelled \(symbol)" }
        if external == true { text += ", well-known SDK value" }
        return text + ")"
    }
}
