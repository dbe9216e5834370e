import Foundation
import Testing

@testable import Readiness

/// Shapes from the ninth real-repository pass (Robonomics, Ajuna, InvArch), each rebuilt as a tiny workspace
/// written for the test (see docs/real-repositories.md).
extension RealRepositoryShapeTests {
    /// A runtime crate whose `lib.rs` sets the time constants given, on 6 s blocks.
    static func timeConstantsRuntime(_ constants: String) -> [String: String] {
        [
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\"]\n",
            "runtime/Cargo.toml": Self.standaloneRuntimeManifest,
            "runtime/src/lib.rs": """
            pub type BlockNumber = u32;
            pub const MILLISECS_PER_BLOCK: u64 = 6000;
            \(constants)
            pub struct Runtime;
            impl cumulus_pallet_parachain_system::Config for Runtime {
                type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;
            }
            impl pallet_aura::Config for Runtime {}
            construct_runtime!(pub enum Runtime { System: frame_system = 0, ParachainSystem: cumulus_pallet_parachain_system = 1, Aura: pallet_aura = 2 });
            """,
        ]
    }

    /// InvArch builds its runtime with a macro of its own (`construct_runtime_modified!`) and implements
    /// `cumulus_pallet_parachain_system::Config` under the crate's full name. The fallback that recognises a
    /// runtime by its parachain-system config only matched the `parachain_system::Config` alias, so the runtime
    /// was missed altogether and the repository reported "not-started" from its node alone.
    @Test func runtimeBuiltByItsOwnMacroIsFoundByItsParachainSystemConfig() throws {
        let root = try Self.repository([
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\"]\n",
            "runtime/Cargo.toml": Self.standaloneRuntimeManifest,
            "runtime/src/lib.rs": """
            pub const MILLISECS_PER_BLOCK: u64 = 6000;
            pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 1;
            pub struct Runtime;
            impl cumulus_pallet_parachain_system::Config for Runtime {
                type CheckAssociatedRelayNumber = RelayNumberStrictlyIncreases;
            }
            use custom_runtime_builder::build_runtime_of_our_own;
            build_runtime_of_our_own!(pub enum Runtime { System: frame_system = 0, ParachainSystem: cumulus_pallet_parachain_system = 1 });
            """,
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let runtime = try #require(facts.runtimes.first)
        #expect(facts.runtimes.count == 1)
        #expect(runtime.constants[ConstantKey.blockTime]?.value == 6000)
        #expect(runtime.checkAssociatedRelayNumber?.value == "strict")
    }

    /// InvArch keeps 6 s blocks but computes `MINUTES` from a 12 s constant (`60_000 / (TWELVE_SECONDS_IN_MILLISECS
    /// as BlockNumber)`). `MINUTES` was not read (its expression names no block time) and HOURS 300 / DAYS 7200
    /// "already follow the 6000 ms target". The counts are checked against the block time: they count 12 s
    /// blocks, so every period built from them is already half as long as its name says.
    @Test func timeConstantsCountingAnotherBlockLengthWarn() throws {
        let root = try Self.repository(
            Self.timeConstantsRuntime(
                """
                pub const TWELVE_SECONDS_IN_MILLISECS: u64 = 12000;
                pub const MINUTES: BlockNumber = 60_000 / (TWELVE_SECONDS_IN_MILLISECS as BlockNumber);
                pub const HOURS: BlockNumber = MINUTES * 60;
                pub const DAYS: BlockNumber = HOURS * 24;
                """))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let runtime = try #require(facts.runtimes.first)
        #expect(runtime.blockNumberTimeConstants.map(\.name) == ["MINUTES", "HOURS", "DAYS"])
        #expect(runtime.blockNumberTimeConstants.first?.blocks == 5)
        let findings = RuleTests.run("block-number-time-constants", facts)
        #expect(findings.map(\.status) == [.warn])
        let message = findings.first?.message ?? ""
        #expect(message.contains("count 12000 ms blocks, but the block time is 6000 ms"))
        #expect(message.contains("2× shorter"))
        #expect(findings.first?.line == 4)
        #expect(findings.first?.expected == "MINUTES 10 (6000 ms blocks)")
    }

    /// Robonomics writes `MINUTES = 60 / (SECS_PER_BLOCK as BlockNumber)` with `SECS_PER_BLOCK =
    /// MILLISECS_PER_BLOCK / 1000`: MINUTES was not listed, only the HOURS and DAYS built on it. A block count
    /// divided by another duration constant is read; a product such as `60 * SECS` is a duration and is not.
    @Test func minutesFromSecondsPerBlockIsATimeConstant() throws {
        let root = try Self.repository(
            Self.timeConstantsRuntime(
                """
                pub const SECS_PER_BLOCK: u64 = MILLISECS_PER_BLOCK / 1000;
                pub const MINUTES: BlockNumber = 60 / (SECS_PER_BLOCK as BlockNumber);
                pub const HOURS: BlockNumber = MINUTES * 60;
                pub const SECS: u64 = 1000;
                pub const DAYS: u64 = 24 * 60 * 60 * SECS;
                """))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let runtime = try #require(facts.runtimes.first)
        #expect(runtime.blockNumberTimeConstants.map(\.name) == ["MINUTES", "HOURS"])
        #expect(runtime.blockNumberTimeConstants.map(\.blocks) == [10, 600])
        #expect(RuleTests.run("block-number-time-constants", facts).map(\.status) == [.pass])
    }

    /// Counts built from a block time that does not divide a minute carry its rounding (`HOURS = MINUTES * 60`
    /// is 480 at 7 s blocks, not 514): they still follow that block time.
    @Test func roundedCountsStillFollowTheirBlockTime() {
        let minutes = BlockTimeConstant(name: "MINUTES", blocks: 8, file: "lib.rs", line: 1)
        let hours = BlockTimeConstant(name: "HOURS", blocks: 480, file: "lib.rs", line: 2)
        #expect(minutes.follows(blockTime: 7000) && hours.follows(blockTime: 7000))
        #expect(!hours.follows(blockTime: 3500))
        #expect(BlockTimeConstant(name: "DAYS", blocks: 7200, file: "lib.rs", line: 3).countedBlockMs == 12000)
    }

    /// InvArch is runtime-prepared with 6 s blocks already (capacity 1, strict relay numbers, legacy collator):
    /// the stage line said "still 12 s blocks and capacity 1". The summaries of the intermediate stages no longer
    /// claim a block time the repository may not have.
    @Test func intermediateStageSummariesClaimNoBlockTime() {
        for stage in [Stage.runtimePrepared, .nodeReady] {
            #expect(!stage.summary.contains("12 s"))
            #expect(stage.summary.contains("not yet active"))
        }
    }

    /// A node crate of the chain's own built on `polkadot-omni-node-lib` (`main.rs` only).
    static func omniNodeBinary(_ main: String) -> [String: String] {
        [
            "Cargo.toml": "[workspace]\nmembers = [\"node\"]\n",
            "node/Cargo.toml": """
            [package]
            name = "chain-node"
            version = "0.1.0"

            [dependencies]
            polkadot-omni-node-lib = { version = "0.7.0" }
            """,
            "node/src/main.rs": main,
        ]
    }

    /// Robonomics and Ajuna build their node binary on the omni-node library: `use
    /// polkadot_omni_node_lib::{…, run, …};` and `run::<CliConfig>(config)` in `main`. The collator was recognised
    /// from the dependency alone and lookahead-collator pointed at `node/src/service.rs:1`, a file neither has.
    /// The evidence is now the `run` call (through an alias too), or the `use` when no call is found.
    @Test func nodeBinaryOnTheOmniNodeLibraryPointsAtItsRun() throws {
        let root = try Self.repository(
            Self.omniNodeBinary(
                """
                use polkadot_omni_node_lib::{run as start, CliConfig as CliConfigT, RunConfig};

                struct CliConfig;

                fn main() -> color_eyre::eyre::Result<()> {
                    let config = RunConfig::new(Box::new(Resolver), Box::new(Loader));
                    Ok(start::<CliConfig>(config)?)
                }
                """))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let node = try #require(facts.nodes.first)
        #expect(node.collator == "omni-node")
        #expect(node.collatorEvidence == Evidence(file: "node/src/main.rs", line: 7))
        let finding = try #require(RuleTests.run("lookahead-collator", facts).first)
        #expect(finding.status == .pass)
        #expect(finding.file == "node/src/main.rs" && finding.line == 7)

        let useOnly = try Self.repository(
            Self.omniNodeBinary(
                """
                use polkadot_omni_node_lib::CliConfig as CliConfigT;

                fn main() {
                    chain_cli::start();
                }
                """))
        defer { try? FileManager.default.removeItem(atPath: useOnly) }
        let useFacts = try FactsExtractor(root: useOnly, exploreVariants: false).extract()
        #expect(useFacts.nodes.first?.collator == "omni-node")
        #expect(useFacts.nodes.first?.collatorEvidence == Evidence(file: "node/src/main.rs", line: 1))
    }
}
