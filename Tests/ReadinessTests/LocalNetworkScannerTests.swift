import Testing

@testable import Readiness

@Suite struct LocalNetworkScannerTests {
    @Test func readsTOMLGenesisPatch() throws {
        let toml = """
            [relaychain]
            chain = "rococo-local"

            [relaychain.genesis.runtimeGenesis.patch.configuration.config.async_backing_params]
            max_candidate_depth = 3
            allowed_ancestry_len = 2

            [relaychain.genesis.runtimeGenesis.patch.configuration.config.scheduler_params]
            lookahead = 3
            """
        let fact = try #require(LocalNetworkScanner.scan(file: "zombienet.toml", text: toml))
        #expect(fact.maxCandidateDepth == Located(3, file: "zombienet.toml", line: 5, column: 1))
        #expect(fact.allowedAncestryLen?.value == 2)
        #expect(fact.lookahead == Located(3, file: "zombienet.toml", line: 9, column: 1))
    }

    @Test func readsJSONAndTheOlderLookaheadKey() throws {
        let json = """
            { "relaychain": { "genesis": { "runtime": { "configuration": { "config": {
              "async_backing_params": { "max_candidate_depth": 0, "allowed_ancestry_len": 0 },
              "scheduling_lookahead": 2 } } } } } }
            """
        let fact = try #require(LocalNetworkScanner.scan(file: "net.json", text: json))
        #expect(fact.maxCandidateDepth?.value == 0)
        #expect(fact.lookahead?.value == 2)
        #expect(fact.lookahead?.line == 3)
    }

    @Test func ignoresOtherFilesAndCommentsAndLookalikeKeys() {
        #expect(LocalNetworkScanner.scan(file: "rustfmt.toml", text: "max_width = 100\n") == nil)
        let toml = "[relaychain]\n# max_candidate_depth = 1\nmy_max_candidate_depth = 9\n"
        #expect(LocalNetworkScanner.scan(file: "z.toml", text: toml)?.maxCandidateDepth == nil)
    }
}
