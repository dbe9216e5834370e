import ParaReadyCore
import Testing

@testable import CargoModel

@Suite struct SDKInferenceTests {
    static let sdk = "https://github.com/paritytech/polkadot-sdk"
    static let crates = "registry+https://github.com/rust-lang/crates.io-index"

    func infer(_ files: [String: String]) throws -> SDKInference {
        let tree = try TemporaryTree(files)
        return SDKInference.infer(workspace: try CargoWorkspace.load(root: tree.root))
    }

    /// A v3 lock with the given (name, version) registry packages.
    func lock(_ packages: [(String, String)]) -> String {
        var text = "version = 3\n"
        for (name, version) in packages {
            text += "\n[[package]]\nname = \"\(name)\"\nversion = \"\(version)\"\nsource = \"\(Self.crates)\"\n"
        }
        return text
    }

    @Test func gitTagInWorkspaceDependencies() throws {
        let result = try infer([
            "Cargo.toml": """
            [workspace]
            members = ["runtime"]

            [workspace.dependencies]
            cumulus-pallet-parachain-system = { git = "\(Self.sdk)", tag = "polkadot-stable2503-4", default-features = false }
            """,
            "runtime/Cargo.toml": packageManifest(
                "runtime", "[dependencies]\ncumulus-pallet-parachain-system.workspace = true\n"),
        ])
        #expect(result.release?.name == "polkadot-stable2503-4")
        #expect(result.method == "git-tag")
        #expect(result.evidence == SourceLocation(file: "Cargo.toml", line: 5, column: 89))
        #expect(result.detail.contains("polkadot-stable2503-4"))
        #expect(result.warnings.isEmpty)
    }

    @Test func gitBranchOnARuntimeDependency() throws {
        let result = try infer([
            "Cargo.toml": packageManifest(
                "runtime",
                """
                [dependencies]
                frame-support = { git = "\(Self.sdk).git", branch = "release-polkadot-v1.7.0" }
                sp-core = { git = "\(Self.sdk)", branch = "release-polkadot-v1.7.0" }
                """)
        ])
        #expect(result.release == .v1(7))
        #expect(result.method == "git-branch")
        #expect(result.evidence?.line == 6)
        #expect(result.detail.contains("2 git sources agree"))
    }

    @Test func preMonorepoBranches() throws {
        let result = try infer([
            "Cargo.toml": packageManifest(
                "node",
                """
                [dependencies]
                sc-service = { git = "https://github.com/paritytech/substrate", branch = "polkadot-v0.9.43" }
                cumulus-client-cli = { git = "https://github.com/paritytech/cumulus", branch = "polkadot-v0.9.43" }
                """)
        ])
        #expect(result.release?.name == "polkadot-v0.9.43")
    }

    @Test func tagAndBranchOfTheSameLineChooseThePatch() throws {
        let result = try infer([
            "Cargo.toml": packageManifest(
                "node",
                """
                [dependencies]
                a = { git = "\(Self.sdk)", branch = "stable2503" }
                b = { git = "\(Self.sdk)", tag = "polkadot-stable2503-4" }
                """)
        ])
        #expect(result.release == .stable(2503, patch: 4))
        #expect(result.method == "git-tag")
        #expect(result.evidence?.line == 7)
    }

    @Test func conflictingTagsDecideNothing() throws {
        let result = try infer([
            "Cargo.toml": packageManifest(
                "node",
                """
                [dependencies]
                a = { git = "\(Self.sdk)", tag = "polkadot-stable2409" }
                b = { git = "\(Self.sdk)", tag = "polkadot-stable2412" }
                """)
        ])
        #expect(result.release == nil)
        #expect(result.method == "conflicting-git-refs")
        #expect(result.candidates == [.stable(2409), .stable(2412)])
        #expect(result.warnings.map(\.location?.line) == [6, 7])
    }

    @Test func branchFromTheLockFileSources() throws {
        let result = try infer([
            "Cargo.toml": packageManifest(
                "runtime",
                """
                [dependencies]
                orml-tokens = { git = "https://github.com/open-web3-stack/open-runtime-module-library", branch = "polkadot-stable2412" }
                """),
            "Cargo.lock": """
            version = 3

            [[package]]
            name = "frame-support"
            version = "39.0.0"
            source = "git+\(Self.sdk)?branch=stable2412#1234abcd"

            [[package]]
            name = "orml-tokens"
            version = "1.0.0"
            source = "git+https://github.com/open-web3-stack/open-runtime-module-library?branch=polkadot-stable2412#99"
            """,
        ])
        #expect(result.release == .stable(2412))
        #expect(result.method == "git-branch")
        #expect(result.evidence == SourceLocation(file: "Cargo.lock", line: 6, column: 1))
    }

    @Test func umbrellaCrateVersionYYMM() throws {
        let result = try infer([
            "Cargo.toml": packageManifest(
                "runtime", "[dependencies]\npolkadot-sdk = { version = \"2503.0.1\", features = [\"runtime\"] }\n")
        ])
        #expect(result.release == .stable(2503))
        #expect(result.method == "umbrella-crate-version")
        #expect(result.evidence?.line == 6)
    }

    @Test func umbrellaCrateVersionFromLockIgnoresThirdPartyCopies() throws {
        let result = try infer([
            "Cargo.toml": packageManifest("runtime", "[dependencies]\npolkadot-sdk = \"0.12.2\"\n"),
            "Cargo.lock": lock([("polkadot-sdk", "0.7.0"), ("polkadot-sdk", "0.12.2")]),
        ])
        #expect(result.release == .stable(2412))
        #expect(result.method == "umbrella-crate-version")
        #expect(result.evidence == SourceLocation(file: "Cargo.lock", line: 9, column: 1))
    }

    @Test func unconfirmedUmbrellaVersionFallsThroughToCrateVersions() throws {
        let result = try infer([
            "Cargo.toml": packageManifest("runtime", "[dependencies]\npolkadot-sdk = \"0.7.0\"\n"),
            "Cargo.lock": lock([("polkadot-sdk", "0.7.0"), ("frame-support", "38.0.0")]),
        ])
        #expect(result.release == .stable(2409))
        #expect(result.method == "crate-version-table")
        #expect(result.evidence?.line == 9)
    }

    @Test func lockVersionsOfRelease170() throws {
        let result = try infer([
            "Cargo.toml": packageManifest("runtime", "[dependencies]\ncumulus-pallet-parachain-system = \"0.8\"\n"),
            "Cargo.lock": lock([
                ("cumulus-pallet-parachain-system", "0.8.1"), ("cumulus-pallet-aura-ext", "0.8.0"),
                ("frame-support", "29.0.0"), ("pallet-aura", "28.0.0"), ("sp-consensus-aura", "0.33.0"),
            ]),
        ])
        #expect(result.release?.name == "polkadot-v1.7.0")
        #expect(result.method == "crate-version-table")
        #expect(result.evidence == SourceLocation(file: "Cargo.lock", line: 4, column: 1))
        #expect(result.detail.contains("Cargo.lock"))
    }

    @Test func stable2503CrateSetFromManifestRequirements() throws {
        let result = try infer([
            "Cargo.toml": packageManifest(
                "runtime",
                """
                [dependencies]
                cumulus-pallet-parachain-system = { version = "0.20.0", default-features = false }
                cumulus-primitives-aura = { version = "=0.17.0", default-features = false }
                frame-support = { version = "^40.1.0", default-features = false }
                pallet-aura = "39"
                """)
        ])
        #expect(result.release == .stable(2503))
        #expect(result.method == "crate-version-table")
        #expect(result.detail.contains("manifest requirement"))
        #expect(result.evidence?.file == "Cargo.toml")
    }

    @Test func ambiguousVersionsGiveCandidatesNotAGuess() throws {
        let result = try infer([
            "Cargo.toml": packageManifest("runtime"),
            "Cargo.lock": lock([("cumulus-primitives-aura", "0.15.0"), ("sp-consensus-aura", "0.40.0")]),
        ])
        #expect(result.release == nil)
        #expect(result.method == "ambiguous-crate-versions")
        #expect(result.candidates == [.stable(2407), .stable(2409)])
        #expect(result.lowerBound == .stable(2407))
    }

    @Test func intersectionAcrossCratesResolvesAmbiguity() throws {
        let result = try infer([
            "Cargo.toml": packageManifest("runtime"),
            "Cargo.lock": lock([("cumulus-primitives-aura", "0.14.0"), ("cumulus-pallet-aura-ext", "0.15.0")]),
        ])
        #expect(result.release == .v1(14))
        // aura-ext 0.15 matches one release, primitives-aura 0.14 two: the evidence is the more decisive crate.
        #expect(result.evidence?.line == 9)
    }

    @Test func unstableCrateSets() throws {
        let named = try infer([
            "Cargo.toml": packageManifest("runtime"),
            "Cargo.lock": lock([("cumulus-pallet-parachain-system", "0.22.1"), ("frame-support", "42.0.0")]),
        ])
        #expect(named.release == .unstable(2507))
        let unnamed = try infer([
            "Cargo.toml": packageManifest("runtime"),
            "Cargo.lock": lock([("cumulus-pallet-parachain-system", "0.24.0"), ("frame-support", "44.0.0")]),
        ])
        #expect(unnamed.release == nil)
        #expect(unnamed.method == "crate-version-table")
        #expect(unnamed.lowerBound == .stable(2509))
        #expect(unnamed.detail.contains("between stable2509 and stable2512"))
    }

    @Test func inconsistentVersionsWarn() throws {
        let result = try infer([
            "Cargo.toml": packageManifest("runtime"),
            "Cargo.lock": lock([("cumulus-pallet-parachain-system", "0.20.0"), ("frame-support", "29.0.0")]),
        ])
        #expect(result.release == nil)
        #expect(result.method == "inconsistent-crate-versions")
        #expect(result.candidates == [.v1(7), .stable(2503)])
        #expect(result.warnings.count == 1)
    }

    @Test func gitTagDisagreeingWithLockVersionsWarns() throws {
        let result = try infer([
            "Cargo.toml": packageManifest(
                "runtime", "[dependencies]\nframe-support = { git = \"\(Self.sdk)\", tag = \"polkadot-stable2409\" }\n"),
            "Cargo.lock": lock([("frame-support", "43.0.0")]),
        ])
        #expect(result.release == .stable(2409))
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.message.contains("polkadot-stable2509") == true)
    }

    @Test func nothingToGoOn() throws {
        let result = try infer(["Cargo.toml": packageManifest("tool", "[dependencies]\nserde = \"1\"\n")])
        #expect(result.release == nil)
        #expect(result.method == "none")
        #expect(result.candidates.isEmpty)
        #expect(result.evidence == nil)
    }

    @Test func revOnlyGitDependenciesFallBackToLockVersions() throws {
        let result = try infer([
            "Cargo.toml": packageManifest(
                "runtime", "[dependencies]\nframe-support = { git = \"\(Self.sdk)\", rev = \"deadbeef\" }\n"),
            "Cargo.lock": """
            version = 3

            [[package]]
            name = "frame-support"
            version = "31.0.0"
            source = "git+\(Self.sdk)?rev=deadbeef#deadbeef00"
            """,
        ])
        #expect(result.release == .v1(9))
        #expect(result.method == "crate-version-table")
    }
}
