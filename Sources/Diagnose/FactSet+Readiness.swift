import ParaReadyCore
import Readiness

/// Building a fact set from the facts document that `paraready inspect` produces.
extension FactSet {
    /// One scope per runtime (its cargo-feature variant named), with the SDK release and the collator node's facts
    /// merged in; a repository without a runtime gets one `repository` scope. Absent facts stay absent.
    public init(_ facts: RepositoryFacts) {
        var shared: [String: Fact] = [:]
        if let release = facts.sdk.release {
            shared["sdkRelease"] = Fact(.string(release), at: facts.sdk.evidence.map(Self.location))
        }
        let nodes = facts.nodes.sorted { ($0.path ?? "") < ($1.path ?? "") }
        if let node = nodes.first(where: { $0.collator != nil }) ?? nodes.first {
            if let collator = node.collator {
                shared["collator"] = Fact(.string(collator), at: node.collatorEvidence.map(Self.location))
            }
            if let duration = node.authoringDurationMs {
                shared["authoringDurationMs"] = Self.fact(duration) { .int($0) }
            }
        }
        guard !facts.runtimes.isEmpty else {
            self.init(scopes: [Scope(name: "repository", facts: shared)])
            return
        }
        var scopes: [Scope] = []
        for runtime in facts.runtimes {
            var values = shared
            let constants: [(String, String)] = [
                ("capacity", ConstantKey.capacity), ("velocity", ConstantKey.velocity),
                ("millisecsPerBlock", ConstantKey.blockTime), ("slotDurationMs", ConstantKey.slotDuration),
                ("relaySlotDurationMs", ConstantKey.relaySlotDuration),
                ("relayParentOffset", ConstantKey.relayParentOffset),
            ]
            for (name, key) in constants {
                if let located = runtime.constants[key] { values[name] = Self.fact(located) { .int($0) } }
            }
            if let offset = runtime.relayParentOffset { values["relayParentOffset"] = Self.fact(offset) { .int($0) } }
            var durations: [(Int, SourceLocation)] = []
            if let slot = runtime.constants[ConstantKey.slotDuration] {
                durations.append((slot.value, SourceLocation(file: slot.file, line: slot.line)))
            }
            for source in [runtime.auraSlotDuration, runtime.auraApiSlotDuration] {
                if let source, let value = source.valueMs {
                    durations.append((value, SourceLocation(file: source.file, line: source.line)))
                }
            }
            if durations.count >= 2 {
                let agree = Set(durations.map(\.0)).count == 1
                values["slotDurationsAgree"] = Fact(.bool(agree), at: durations.last?.1)
            }
            if let flag = runtime.allowMultipleBlocksPerSlot {
                values["allowMultipleBlocksPerSlot"] = Self.fact(flag) { .bool($0) }
            }
            if let period = runtime.minimumPeriodMs { values["minimumPeriodMs"] = Self.fact(period) { .int($0) } }
            if let check = runtime.checkAssociatedRelayNumber {
                values["checkAssociatedRelayNumber"] = Self.fact(check) { .string($0) }
            }
            if let hook = runtime.consensusHook {
                let location = hook.file.map { SourceLocation(file: $0, line: hook.line ?? 1) }
                values["consensusHook"] = Fact(.string(hook.kind ?? "none"), at: location)
            }
            let api = runtime.unincludedSegmentApi
            values["unincludedSegmentApi"] = Fact(
                .string(api.present ? (api.stub ? "stub" : "present") : "absent"),
                at: api.file.map { SourceLocation(file: $0, line: api.line ?? 1) })
            if let weight = runtime.maxBlockWeightRefTimeMs {
                values["maxBlockWeightRefTimeMs"] = Self.fact(weight) { .int($0) }
            }
            values["consensus"] = Fact(.string(runtime.consensus))
            values["stage"] = Fact(.string(runtime.stage.rawValue))
            let name = runtime.variant.map { "\(runtime.path) (features \($0))" } ?? runtime.path
            scopes.append(Scope(name: name, facts: values))
        }
        self.init(scopes: scopes)
    }

    private static func fact<T>(_ located: Located<T>, _ wrap: (T) -> Value) -> Fact {
        Fact(
            wrap(located.value), at: SourceLocation(file: located.file, line: located.line, column: located.column ?? 1)
        )
    }

    private static func location(_ evidence: Evidence) -> SourceLocation {
        SourceLocation(file: evidence.file, line: evidence.line, column: evidence.column ?? 1)
    }
}
