import Foundation
import RustSyntax
import Testing

@testable import Readiness

/// Gaps the real-repository passes left open (docs/real-repositories.md, "Closed after the passes"): the legacy
/// collator's authoring time from its slot proportion, an Aura config that sets neither slot item, and the
/// AuraApi slot read from pallet_aura. Each fixture is a small workspace written for the test.
@Suite struct EngineGapTests {
    static let runtimeManifest = """
        [package]
        name = "gap-runtime"
        version = "0.1.0"

        [dependencies]
        cumulus-pallet-parachain-system = { version = "0.20.0", default-features = false }

        [features]
        default = ["std"]
        std = []
        """

    static let nodeManifest = """
        [package]
        name = "gap-node"
        version = "0.1.0"

        [dependencies]
        cumulus-client-consensus-aura = "0.20.0"
        cumulus-client-service = "0.20.0"
        gap-runtime = { path = "../runtime" }
        """

    /// A runtime with a 2 s block weight whose AuraApi returns `api` and whose pallet_aura config holds `aura`.
    static func runtime(
        slot: String = "12000", aura: String = "type SlotDuration = ConstU64<SLOT_DURATION>;",
        api: String = "sp_consensus_aura::SlotDuration::from_millis(SLOT_DURATION)"
    ) -> String {
        """
        use frame_support::weights::constants::WEIGHT_REF_TIME_PER_SECOND;
        pub const SLOT_DURATION: u64 = \(slot);
        pub const MAXIMUM_BLOCK_WEIGHT: Weight =
            Weight::from_parts(WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2), 5 * 1024 * 1024);
        pub struct Runtime;
        impl cumulus_pallet_parachain_system::Config for Runtime {
            type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;
        }
        impl pallet_aura::Config for Runtime {
            type AuthorityId = AuraId;
            type AllowMultipleBlocksPerSlot = ConstBool<false>;
            \(aura)
        }
        impl_runtime_apis! {
            impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
                fn slot_duration() -> sp_consensus_aura::SlotDuration {
                    \(api)
                }
            }
        }
        construct_runtime!(pub enum Runtime { System: frame_system = 0, ParachainSystem: cumulus_pallet_parachain_system = 1, Aura: pallet_aura = 2 });
        """
    }

    /// A Centrifuge-shaped node: a development node's standalone Aura worker first (its proportion is not the
    /// collator's), then the legacy collator built from `BuildAuraConsensusParams` and started by `start_collator`.
    static func legacyService(portion: String = "SlotProportion::new(1f32 / 24f32)", extra: String = "") -> String {
        """
        use cumulus_client_consensus_aura::{AuraConsensus, BuildAuraConsensusParams, SlotProportion};
        \(extra)
        fn start_dev_node(client: Arc<Client>) {
            let aura = sc_consensus_aura::start_aura(StartAuraParams {
                slot_duration,
                block_proposal_slot_portion: SlotProportion::new(2f32 / 3f32),
                max_block_proposal_slot_portion: None,
            })?;
        }

        fn build_consensus(client: Arc<Client>) -> Box<dyn ParachainConsensus<Block>> {
            let slot_duration = cumulus_client_consensus_aura::slot_duration(&*client)?;
            AuraConsensus::build::<AuthorityPair, _, _, _, _, _, _>(BuildAuraConsensusParams {
                proposer_factory,
                slot_duration,
                // We got around 500ms for proposing
                block_proposal_slot_portion: \(portion),
                // And a maximum of 750ms if slots are skipped
                max_block_proposal_slot_portion: Some(SlotProportion::new(1f32 / 16f32)),
                telemetry,
            })
        }

        async fn start_node(params: StartCollatorParams) {
            start_collator(params).await?;
        }
        """
    }

    /// The line of the legacy collator's `block_proposal_slot_portion` in ``legacyService(portion:extra:)``.
    static func proportionLine(extra: String = "") -> Int { 16 + max(1, extra.split(separator: "\n").count) }

    static func workspace(runtime: String?, service: String) -> [String: String] {
        var files = [
            "node/Cargo.toml": nodeManifest,
            "node/src/main.rs": "mod service;\nfn main() {}\n",
            "node/src/service.rs": service,
        ]
        if let runtime {
            files["Cargo.toml"] = "[workspace]\nmembers = [\"runtime\", \"node\"]\n"
            files["runtime/Cargo.toml"] = runtimeManifest
            files["runtime/src/lib.rs"] = runtime
        } else {
            files["Cargo.toml"] = "[workspace]\nmembers = [\"node\"]\n"
            files["node/Cargo.toml"] = nodeManifest.replacingOccurrences(
                of: "gap-runtime = { path = \"../runtime\" }\n", with: "")
        }
        return files
    }

    /// `file:line:column` of a finding.
    static func place(_ finding: Finding?) -> String? {
        finding.flatMap { f in f.file.map { "\($0):\(f.line ?? 0):\(f.column ?? 0)" } }
    }

    static func extract(_ files: [String: String]) throws -> RepositoryFacts {
        let root = try RealRepositoryShapeTests.repository(files)
        defer { try? FileManager.default.removeItem(atPath: root) }
        return try FactsExtractor(root: root, exploreVariants: false).extract()
    }

    // MARK: A. Legacy collator authoring time

    /// `block_proposal_slot_portion: SlotProportion::new(1f32 / 24f32)` of the runtime's 12 s slot is 500 ms of
    /// authoring: the authoring-duration item fails on that number, located at the proportion, and says it was
    /// derived; a 2 s block weight now warns instead of being unknown.
    @Test func legacyCollatorAuthorsForItsSlotProportion() throws {
        let facts = try Self.extract(Self.workspace(runtime: Self.runtime(), service: Self.legacyService()))
        let node = try #require(facts.nodes.first)
        #expect(node.collator == "legacy")
        let duration = try #require(node.authoringDurationMs)
        #expect(duration.value == 500)
        #expect(duration.file == "node/src/service.rs")
        #expect(duration.line == Self.proportionLine())
        let proportion = try #require(node.slotProportion)
        #expect(proportion.source == "1f32 / 24f32")
        #expect(abs(proportion.value - 1.0 / 24.0) < 1e-12)
        #expect(proportion.maxSource == "1f32 / 16f32")
        #expect(proportion.maxValue == 0.0625)
        #expect(proportion.slotDurationMs == 12000)
        #expect(proportion.slotDurationSource?.hasPrefix("AuraApi::slot_duration of gap-runtime") == true)

        let authoring = RuleTests.run("authoring-duration", facts)
        #expect(authoring.map(\.status) == [.fail])
        #expect(authoring.first?.message.contains("derived from a slot proportion") == true)
        #expect(Self.place(authoring.first) == "node/src/service.rs:\(Self.proportionLine()):9")
        #expect(authoring.first?.change?.contains("lookahead collator") == true)

        let weight = RuleTests.run("weight-vs-authoring-duration", facts)
        #expect(weight.map(\.status) == [.warn])
        #expect(weight.first?.message.contains("derived from a slot proportion") == true)
    }

    /// The proportion may be a constant of the node crate; with the runtime's 6 s slot, a third is 2000 ms and
    /// both items pass.
    @Test func proportionConstantOfTheNodeCrateIsEvaluated() throws {
        let extra = "const PROPOSAL_SHARE: f32 = 1.0 / DIVISOR as f32;\nconst DIVISOR: u32 = 3;"
        let facts = try Self.extract(
            Self.workspace(
                runtime: Self.runtime(slot: "6000"),
                service: Self.legacyService(portion: "SlotProportion::new(PROPOSAL_SHARE)", extra: extra)))
        let node = try #require(facts.nodes.first)
        #expect(node.authoringDurationMs?.value == 2000)
        #expect(node.authoringDurationMs?.line == Self.proportionLine(extra: extra))
        #expect(RuleTests.run("authoring-duration", facts).map(\.status) == [.pass])
        #expect(RuleTests.run("weight-vs-authoring-duration", facts).map(\.status) == [.pass])
    }

    /// Without a runtime to read the slot from, the usual 12 s slot is assumed, and the fact says so.
    @Test func slotIsAssumedWhenNoRuntimeSaysIt() throws {
        let facts = try Self.extract(Self.workspace(runtime: nil, service: Self.legacyService()))
        let node = try #require(facts.nodes.first)
        #expect(node.authoringDurationMs?.value == 500)
        #expect(node.slotProportion?.slotDurationSource?.hasPrefix("assumed: 12000 ms") == true)
        #expect(RuleTests.run("authoring-duration", facts).first?.message.contains("assumed") == true)
    }

    /// A lookahead collator keeps its `authoring_duration`: a development node's proportion beside it is not read.
    @Test func lookaheadAuthoringDurationIsUntouched() throws {
        let service = """
            use cumulus_client_consensus_aura::collators::lookahead::{self as aura, Params as AuraParams};
            fn start_dev_node() {
                sc_consensus_aura::start_aura(StartAuraParams {
                    block_proposal_slot_portion: SlotProportion::new(2f32 / 3f32),
                })?;
            }
            fn start_consensus() {
                let params = AuraParams { authoring_duration: Duration::from_millis(1500), para_backend: backend };
                aura::run::<Block, AuthorityPair, _, _, _, _, _, _, _, _>(params);
            }
            """
        let facts = try Self.extract(Self.workspace(runtime: Self.runtime(), service: service))
        let node = try #require(facts.nodes.first)
        #expect(node.collator == "lookahead")
        #expect(node.authoringDurationMs?.value == 1500)
        #expect(node.authoringDurationMs?.line == 8)
        #expect(node.slotProportion == nil)
        #expect(RuleTests.run("authoring-duration", facts).first?.message.contains("slot proportion") == false)
    }

    @Test func floatExpressionsEvaluateLiteralsAndArithmetic() {
        func value(_ text: String) -> Double? {
            FloatExpression.evaluate(RealRepositoryShapeTests.tokens(text)) { path in
                path.last?.name == "HALF" ? 0.5 : nil
            }
        }
        #expect(value("1f32 / 24f32") == 1.0 / 24.0)
        #expect(value("(1.0 + 2.0) / 3_0.0") == 0.1)
        #expect(value("2 as f64 * HALF") == 1.0)
        #expect(value("-0.5e1") == -5.0)
        #expect(value("7 as u32 / 2") == 3.5)
        #expect(value("1.0 / 0.0") == nil)
        #expect(value("1.0 / UNKNOWN") == nil)
        #expect(value("1.0 1.0") == nil)
    }

    // MARK: B. `impl pallet_aura::Config` without the items

    static let bareAuraRuntime = """
        pub const SLOT_DURATION: u64 = 12000;
        pub struct Runtime;
        impl cumulus_pallet_parachain_system::Config for Runtime {
            type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;
        }

        impl pallet_aura::Config for Runtime {
            type AuthorityId = AuraId;
            type DisabledValidators = ();
            type MaxAuthorities = ConstU32<32>;
        }
        construct_runtime!(pub enum Runtime { System: frame_system = 0, ParachainSystem: cumulus_pallet_parachain_system = 1, Aura: pallet_aura = 2 });
        """

    /// The impl is recorded with its line and the items it writes; aura-slot-duration and
    /// multiple-blocks-per-slot then say "not set" on that line instead of `lib.rs:1` and unknown.
    @Test func auraConfigWithoutTheItemsIsNotSetAtItsLine() throws {
        let facts = try Self.extract([
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\"]\n",
            "runtime/Cargo.toml": Self.runtimeManifest,
            "runtime/src/lib.rs": Self.bareAuraRuntime,
        ])
        let runtime = try #require(facts.runtimes.first)
        #expect(
            runtime.auraConfig
                == ConfigImplFact(
                    file: "runtime/src/lib.rs", line: 7,
                    associatedTypes: ["AuthorityId", "DisabledValidators", "MaxAuthorities"]))
        let slot = try #require(RuleTests.run("aura-slot-duration", facts).first)
        #expect(slot.status == .fail)
        #expect(Self.place(slot) == "runtime/src/lib.rs:7:1")
        #expect(slot.message.contains("not set"))
        #expect(slot.actual == "not set")

        let multiple = try #require(RuleTests.run("multiple-blocks-per-slot", facts).first)
        #expect(multiple.status == .fail)
        #expect(Self.place(multiple) == "runtime/src/lib.rs:7:1")
        #expect(multiple.message.contains("not set"))
        #expect(
            multiple.change
                == "add `type AllowMultipleBlocksPerSlot = ConstBool<true>;` to `impl pallet_aura::Config for Runtime`")
    }

    /// Before polkadot-v1.0.0 pallet_aura has no such item: the finding still asks for the SDK upgrade first.
    @Test func preItemReleaseStillAsksForTheUpgrade() {
        var runtime = FactsFixtures.runtime(allowMultiple: nil)
        runtime.auraConfig = ConfigImplFact(file: "runtime/src/lib.rs", line: 30, associatedTypes: ["AuthorityId"])
        let facts = FactsFixtures.facts([runtime], nodes: [], release: "polkadot-v0.9.43")
        let finding = RuleTests.run("multiple-blocks-per-slot", facts).first
        #expect(finding?.status == .fail)
        #expect(Self.place(finding) == "Cargo.toml:3:1")
        #expect(finding?.change?.hasPrefix("upgrade the polkadot-sdk dependencies") == true)
    }

    /// An item that is written but not evaluated is not "not set"; with capacity above 1, an item that is not
    /// set panics like a false one.
    @Test func writtenButUnevaluatedStaysUnknownAndCapacityFailsWhenNotSet() {
        var written = FactsFixtures.runtime(capacity: 3, allowMultiple: nil)
        written.auraConfig = ConfigImplFact(
            file: "runtime/src/lib.rs", line: 30, associatedTypes: ["AllowMultipleBlocksPerSlot"])
        let writtenFacts = FactsFixtures.facts([written], nodes: [])
        #expect(RuleTests.run("multiple-blocks-per-slot", writtenFacts).map(\.status) == [.unknown])
        #expect(RuleTests.run("capacity-requires-multiple-blocks", writtenFacts).map(\.status) == [.unknown])

        var bare = written
        bare.auraConfig?.associatedTypes = ["AuthorityId"]
        let capacity = RuleTests.run("capacity-requires-multiple-blocks", FactsFixtures.facts([bare], nodes: []))
        #expect(capacity.map(\.status) == [.fail])
        #expect(Self.place(capacity.first) == "runtime/src/lib.rs:30:1")
    }

    // MARK: C. AuraApi value read from pallet_aura

    /// `Aura::slot_duration()` carries the pallet's evaluated slot, so slot-duration-agreement compares it too;
    /// the source says where the value comes from.
    @Test func auraAPIReadingPalletAuraCarriesThePalletsSlot() throws {
        let api = "sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())"
        let facts = try Self.extract([
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\"]\n",
            "runtime/Cargo.toml": Self.runtimeManifest,
            "runtime/src/lib.rs": Self.runtime(aura: "type SlotDuration = ConstU64<12000>;", api: api),
        ])
        let runtime = try #require(facts.runtimes.first)
        #expect(runtime.auraApiSlotDuration?.valueMs == 12000)
        #expect(runtime.auraApiSlotDuration?.source.contains("pallet_aura") == true)
        #expect(runtime.auraApiSlotDuration?.line == 16)
        let agreement = RuleTests.run("slot-duration-agreement", facts)
        #expect(agreement.map(\.status) == [.pass])
        #expect(agreement.first?.message.contains("AuraApi::slot_duration") == true)
        // The pallet's literal equals SLOT_DURATION, so the API passes on the pallet's setting, as before.
        #expect(RuleTests.run("aura-api-slot-duration", facts).map(\.status) == [.pass])
    }

    /// The carried value does not let a pallet slot derived from MinimumPeriod pass as SLOT_DURATION, even when
    /// the numbers agree today.
    @Test func carriedValueDerivedFromMinimumPeriodStillFails() {
        var runtime = FactsFixtures.runtime(blockTime: 12000)
        runtime.auraSlotDuration = SourceFact(
            source: "pallet_aura::MinimumPeriodTimesTwo<Runtime>", valueMs: 12000, file: "runtime/src/lib.rs",
            line: 70)
        runtime.auraApiSlotDuration = SourceFact(
            source: "sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration()) (value read from pallet_aura)",
            valueMs: 12000, file: "runtime/src/lib.rs", line: 80)
        let facts = FactsFixtures.facts([runtime], nodes: [])
        #expect(RuleTests.run("aura-api-slot-duration", facts).map(\.status) == [.fail])
    }

    // MARK: D. The unit type as a bool setting

    /// `type AllowMultipleBlocksPerSlot = ();` is `Get<bool>` through `()`'s `T: Default` impl: false, on its own
    /// line; the integer settings keep reading `()` as 0.
    @Test func unitTypeIsFalseForABoolSetting() throws {
        let runtime = Self.runtime().replacingOccurrences(
            of: "type AllowMultipleBlocksPerSlot = ConstBool<false>;", with: "type AllowMultipleBlocksPerSlot = ();"
        ).replacingOccurrences(
            of: "impl pallet_aura::Config for Runtime {",
            with:
                "impl pallet_timestamp::Config for Runtime {\n    type MinimumPeriod = ();\n}\nimpl pallet_aura::Config for Runtime {"
        )
        let facts = try Self.extract(Self.workspace(runtime: runtime, service: Self.legacyService()))
        let analysed = try #require(facts.runtimes.first)
        let allow = try #require(analysed.allowMultipleBlocksPerSlot)
        #expect(allow.value == false)
        #expect(allow.line == 14)
        #expect(analysed.minimumPeriodMs?.value == 0)
    }
}
