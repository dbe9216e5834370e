import Foundation
import Testing

@testable import Readiness

/// Shapes from the seventh real-repository pass (Tanssi's orchestrator node, which starts a collator of its own
/// consensus crate; Mythos), each rebuilt as a tiny workspace written for the test.
extension RealRepositoryShapeTests {
    /// A consensus library of the workspace: it depends on the collator client crates and defines a collator
    /// (`collators::lookahead::run`), but starts none.
    static let consensusLibraryFiles: [String: String] = [
        "consensus/Cargo.toml": """
        [package]
        name = "chain-consensus"
        version = "0.1.0"

        [dependencies]
        cumulus-client-collator = { git = "https://github.com/paritytech/polkadot-sdk", tag = "polkadot-stable2412-1" }
        cumulus-client-consensus-common = { git = "https://github.com/paritytech/polkadot-sdk", tag = "polkadot-stable2412-1" }
        """,
        "consensus/src/lib.rs": "pub mod collators;\n",
        "consensus/src/collators.rs": "pub mod lookahead;\n",
        "consensus/src/collators/lookahead.rs": """
        /// Parameters for [`run`].
        pub struct Params<Client, Backend, CHP> {
            pub para_client: Arc<Client>,
            pub para_backend: Arc<Backend>,
            pub code_hash_provider: CHP,
            pub authoring_duration: Duration,
        }

        /// Run the chain's own collator that builds ahead of the included block.
        pub fn run<Client, Backend, CHP>(params: Params<Client, Backend, CHP>) -> impl Future<Output = ()> {
            async move {}
        }
        """,
    ]

    /// The node crate that starts the library's collator.
    static let nodeUsingTheConsensusLibraryFiles: [String: String] = [
        "node/Cargo.toml": """
        [package]
        name = "chain-node"
        version = "0.1.0"

        [dependencies]
        chain-consensus = { path = "../consensus" }
        cumulus-client-service = { git = "https://github.com/paritytech/polkadot-sdk", tag = "polkadot-stable2412-1" }
        """,
        "node/src/main.rs": "mod service;\nfn main() {}\n",
        "node/src/service.rs": """
        use chain_consensus::collators::lookahead::{self as chain_lookahead, Params as ChainParams};

        fn start_consensus_orchestrator(client: Arc<Client>, backend: Arc<Backend>) {
            let params = ChainParams {
                para_client: client.clone(),
                para_backend: backend,
                code_hash_provider: move |block_hash| client.code_at(block_hash).ok().map(|c| c.hash()),
                authoring_duration: Duration::from_millis(2000),
            };
            let fut = chain_lookahead::run::<_, _, _>(params);
            spawner.spawn("chain-aura", None, fut);
        }
        """,
    ]

    /// Tanssi's `tc-consensus` crate depends on the collator client crates and defines the orchestrator's own
    /// lookahead collator, which the node crate `tanssi-node` starts. The library was reported as a second node
    /// with "collator not found", failing para-backend and code-hash-provider at a `service.rs` that does not
    /// exist. A collator-less crate that a collator-starting node crate depends on is part of that node.
    @Test func consensusLibraryOfTheNodeIsNotANodeOfItsOwn() throws {
        var files = Self.consensusLibraryFiles.merging(Self.nodeUsingTheConsensusLibraryFiles) { a, _ in a }
        files["Cargo.toml"] = "[workspace]\nmembers = [\"node\", \"consensus\"]\n"
        let root = try Self.repository(files)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        #expect(facts.nodes.map(\.crate) == ["chain-node"])
        let node = try #require(facts.nodes.first)
        #expect(node.collator == "lookahead")
        #expect(node.paraBackend != nil && node.codeHashProvider != nil)
        #expect(node.authoringDurationMs?.value == 2000)
        #expect(RuleTests.run("para-backend", facts).map(\.status) == [.pass])
    }

    /// The same library with no node crate that starts a collator through it is still reported (a node crate whose
    /// collator start ParaReady cannot find must not disappear).
    @Test func collatorlessCrateWithoutAStartingNodeIsStillReported() throws {
        var files = Self.consensusLibraryFiles
        files["Cargo.toml"] = "[workspace]\nmembers = [\"consensus\"]\n"
        let root = try Self.repository(files)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        #expect(facts.nodes.map(\.crate) == ["chain-consensus"])
        #expect(facts.nodes.first?.collator == nil)
    }

    /// Tanssi's workspace takes the SDK from its fork on a feature branch (`girazoki-try-simple-dns-update`), which
    /// names no release. The facts said so, but the sdk-version finding only read "could not be determined"; it now
    /// carries the reason.
    @Test func unknownReleaseFindingSaysWhichSourceNamesNoRelease() throws {
        let root = try Self.repository([
            "Cargo.toml": """
            [workspace]
            members = ["node"]

            [workspace.dependencies]
            cumulus-client-service = { git = "https://github.com/chain-labs/polkadot-sdk", branch = "someone-try-dns-update" }
            """,
            "node/Cargo.toml": """
            [package]
            name = "chain-node"
            version = "0.1.0"

            [dependencies]
            cumulus-client-service = { workspace = true }
            """,
            "node/src/main.rs": "fn main() {}\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let finding = try #require(RuleTests.run("sdk-version", facts).first)
        #expect(finding.status == .unknown)
        #expect(finding.message.contains("could not be determined"))
        #expect(finding.message.contains("`someone-try-dns-update`"))
    }

    /// Tanssi's node starts `tc_consensus::collators::lookahead::run`, the orchestrator's own lookahead collator in a
    /// workspace crate, not cumulus's. The facts name that crate and the finding says that only the start was read;
    /// the SDK's module keeps the plain wording.
    @Test func collatorOfAWorkspaceCrateIsNamedAsTheChainsOwn() throws {
        var files = Self.consensusLibraryFiles.merging(Self.nodeUsingTheConsensusLibraryFiles) { a, _ in a }
        files["Cargo.toml"] = "[workspace]\nmembers = [\"node\", \"consensus\"]\n"
        let root = try Self.repository(files)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let node = try #require(facts.nodes.first)
        #expect(node.collatorCrate == "chain-consensus")
        let finding = try #require(RuleTests.run("lookahead-collator", facts).first)
        #expect(finding.status == .pass)
        #expect(finding.message.contains("workspace crate chain-consensus"))

        files["node/src/service.rs"] = files["node/src/service.rs"]!.replacingOccurrences(
            of: "chain_consensus::collators", with: "cumulus_client_consensus_aura::collators")
        let sdkRoot = try Self.repository(files)
        defer { try? FileManager.default.removeItem(atPath: sdkRoot) }
        let sdkFacts = try FactsExtractor(root: sdkRoot, exploreVariants: false).extract()
        #expect(sdkFacts.nodes.first { $0.crate == "chain-node" }?.collatorCrate == nil)
        #expect(
            RuleTests.run("lookahead-collator", sdkFacts).first { $0.subject.contains("node") && $0.status == .pass }?
                .message == "the node starts the lookahead collator")
    }
}
