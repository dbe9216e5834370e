import Foundation
import ParaReadyCore
import Testing

@testable import CargoModel

@Suite struct CargoManifestTests {
    static let runtime = """
        [package]
        name = "parachain-template-runtime"
        version.workspace = true
        edition = { workspace = true }

        [dependencies]
        codec = { package = "parity-scale-codec", version = "3.6.12", default-features = false, features = ["derive"] }
        frame-support = { workspace = true, features = ["experimental"] }
        cumulus-pallet-parachain-system = { workspace = true }
        cumulus-primitives-aura = { git = "https://github.com/paritytech/polkadot-sdk", branch = "release-polkadot-v1.7.0", default-features = false }
        pallet-aura = { git = "https://github.com/paritytech/polkadot-sdk", rev = "abc123", default-features = false }
        sp-consensus-aura = { git = "https://github.com/paritytech/polkadot-sdk", tag = "polkadot-v1.7.0" }
        local-pallet = { path = "../pallets/local", default-features = false, optional = true }

        [target.'cfg(target_arch = "wasm32")'.dependencies]
        wasm-only = "1"

        [build-dependencies]
        substrate-wasm-builder = { workspace = true, optional = true }

        [dev-dependencies]
        hex-literal = "0.4"

        [features]
        default = ["std"]
        std = [
            "codec/std",
            "cumulus-primitives-aura/std",
            "local-pallet?/std",
            "substrate-wasm-builder",
        ]
        async-backing = ["cumulus-pallet-parachain-system/parameterized-consensus-hook"]
        """

    static let workspaceRoot = """
        [workspace]
        members = ["runtime"]
        resolver = "2"

        [workspace.package]
        version = "0.3.0"
        edition = "2021"

        [workspace.dependencies]
        frame-support = { version = "38.0.0", default-features = false, features = ["tuples-96"] }
        cumulus-pallet-parachain-system = { git = "https://github.com/paritytech/polkadot-sdk", tag = "polkadot-stable2409", default-features = false, package = "cumulus-pallet-parachain-system" }
        substrate-wasm-builder = { path = "tools/wasm-builder" }
        """

    func parsed() throws -> CargoManifest {
        let raw = try CargoManifest.parse(Self.runtime, displayPath: "runtime/Cargo.toml")
        let root = try CargoManifest.parse(Self.workspaceRoot, displayPath: "Cargo.toml")
        let (manifest, warnings) = raw.inheriting(from: root.workspace)
        #expect(warnings.isEmpty)
        return manifest
    }

    @Test func packageFieldsInheritFromWorkspacePackage() throws {
        let manifest = try parsed()
        let package = try #require(manifest.package)
        #expect(package.name == "parachain-template-runtime")
        #expect(package.version == "0.3.0")
        #expect(package.versionInherited)
        #expect(package.edition == "2021")
        #expect(package.location == SourceLocation(file: "runtime/Cargo.toml", line: 1, column: 1))
        #expect(manifest.directory == "runtime")
    }

    @Test func renamedPackage() throws {
        let codec = try #require(try parsed().dependency(named: "codec"))
        #expect(codec.packageName == "parity-scale-codec")
        #expect(codec.source == .registry("3.6.12"))
        #expect(codec.defaultFeatures == false)
        #expect(codec.features == ["derive"])
        #expect(codec.location.line == 7)
        #expect(try parsed().dependency(named: "parity-scale-codec")?.name == "codec")
    }

    @Test func workspaceInheritanceMergesFeatures() throws {
        let manifest = try parsed()
        let support = try #require(manifest.dependency(named: "frame-support"))
        #expect(support.inherited)
        #expect(support.source == .registry("38.0.0"))
        #expect(support.features == ["tuples-96", "experimental"])
        #expect(support.defaultFeatures == false)
        #expect(support.location == SourceLocation(file: "runtime/Cargo.toml", line: 8, column: 1))
        #expect(support.definition == SourceLocation(file: "Cargo.toml", line: 10, column: 1))

        let system = try #require(manifest.dependency(named: "cumulus-pallet-parachain-system"))
        #expect(
            system.source
                == .git(
                    url: "https://github.com/paritytech/polkadot-sdk", branch: nil, tag: "polkadot-stable2409", rev: nil
                ))
        #expect(system.gitReferenceLocation?.line == 11)
        #expect(system.gitReferenceLocation?.file == "Cargo.toml")

        let builder = try #require(manifest.buildDependencies.first)
        #expect(builder.optional)
        #expect(builder.kind == .build)
        #expect(builder.source == .path("tools/wasm-builder"))
        #expect(builder.resolvedPath == "tools/wasm-builder")
    }

    @Test func missingWorkspaceEntryIsAWarning() throws {
        let raw = try CargoManifest.parse(Self.runtime, displayPath: "runtime/Cargo.toml")
        let (manifest, warnings) = raw.inheriting(
            from: WorkspaceInfo(location: SourceLocation(file: "Cargo.toml", line: 1)))
        #expect(manifest.dependency(named: "frame-support")?.source == .workspace)
        #expect(warnings.count == 4)  // frame-support, parachain-system, wasm-builder, version
        #expect(warnings.contains { $0.location?.line == 8 && $0.message.contains("frame-support") })
    }

    @Test func gitSourcesWithBranchTagRev() throws {
        let manifest = try parsed()
        let url = "https://github.com/paritytech/polkadot-sdk"
        #expect(
            manifest.dependency(named: "cumulus-primitives-aura")?.source
                == .git(url: url, branch: "release-polkadot-v1.7.0", tag: nil, rev: nil))
        #expect(
            manifest.dependency(named: "pallet-aura")?.source == .git(url: url, branch: nil, tag: nil, rev: "abc123"))
        let consensus = try #require(manifest.dependency(named: "sp-consensus-aura"))
        #expect(consensus.source == .git(url: url, branch: nil, tag: "polkadot-v1.7.0", rev: nil))
        #expect(consensus.gitReferenceLocation == SourceLocation(file: "runtime/Cargo.toml", line: 12, column: 75))
    }

    @Test func pathDependencyResolvesAgainstManifestDirectory() throws {
        let local = try #require(try parsed().dependency(named: "local-pallet"))
        #expect(local.source == .path("../pallets/local"))
        #expect(local.resolvedPath == "pallets/local")
        #expect(local.optional)
    }

    @Test func targetAndDevDependencies() throws {
        let manifest = try parsed()
        let wasm = try #require(manifest.dependency(named: "wasm-only"))
        #expect(wasm.target == "cfg(target_arch = \"wasm32\")")
        #expect(wasm.kind == .normal)
        #expect(wasm.location.line == 16)
        #expect(manifest.devDependencies.map(\.name) == ["hex-literal"])
        #expect(manifest.dependencies.map(\.name).last == "wasm-only")
    }

    @Test func featuresKeepOrderAndEntryLines() throws {
        let manifest = try parsed()
        #expect(manifest.featureNames == ["default", "std", "async-backing"])
        #expect(manifest.features["std"]?.count == 4)
        #expect(manifest.featureLocations["std"]?.line == 26)
        #expect(manifest.location(ofFeature: "std", entry: "cumulus-primitives-aura/std")?.line == 28)
        #expect(manifest.location(ofFeature: "std", entry: "cumulus-primitives-aura/std")?.column == 5)
    }

    @Test func patchSections() throws {
        let manifest = try CargoManifest.parse(
            """
            [patch.crates-io]
            frame-support = { git = "https://github.com/paritytech/polkadot-sdk", branch = "stable2409" }

            [patch."https://github.com/paritytech/polkadot-sdk"]
            sp-io = { path = "vendor/sp-io" }
            """, displayPath: "Cargo.toml")
        #expect(manifest.patches.count == 2)
        #expect(manifest.patches[0].patchedSource == "crates-io")
        #expect(manifest.patches[0].kind == .patch)
        #expect(manifest.patches[1].patchedSource == "https://github.com/paritytech/polkadot-sdk")
        #expect(manifest.patches[1].location.line == 5)
    }

    @Test func umbrellaCrateWithFeatures() throws {
        let manifest = try CargoManifest.parse(
            """
            [package]
            name = "runtime"
            version = "0.1.0"

            [dependencies.polkadot-sdk]
            version = "2503.0.1"
            default-features = false
            features = ["runtime", "cumulus-pallet-parachain-system", "pallet-aura", "cumulus-primitives-aura"]

            [features]
            std = ["polkadot-sdk/std"]
            """, displayPath: "runtime/Cargo.toml")
        let sdk = try #require(manifest.dependency(named: "polkadot-sdk"))
        #expect(sdk.source == .registry("2503.0.1"))
        #expect(sdk.features.contains("cumulus-pallet-parachain-system"))
        #expect(sdk.location.line == 5)
        #expect(manifest.dependencyFeatureEnabled(dependency: "polkadot-sdk", feature: "pallet-aura"))
        #expect(manifest.dependencyFeatureEnabled(dependency: "polkadot-sdk", feature: "std", requested: ["std"]))
        #expect(!manifest.dependencyFeatureEnabled(dependency: "polkadot-sdk", feature: "std", defaultFeatures: false))
    }

    @Test func malformedTOMLCarriesLineAndColumn() {
        let text = """
            [package]
            name = "x"
            version = "0.1.0"
            [dependencies]
            foo = { version = "1", features = ["a" }
            """
        #expect {
            try CargoManifest.parse(text, displayPath: "node/Cargo.toml")
        } throws: { error in
            guard let error = error as? ParaReadyError else { return false }
            return error.kind == .syntax
                && error.location == SourceLocation(file: "node/Cargo.toml", line: 5, column: 40)
                && error.description.hasPrefix("node/Cargo.toml:5:40: error: malformed TOML")
        }
    }

    @Test func duplicateKeyIsMalformed() {
        #expect {
            try CargoManifest.parse("[package]\nname = \"a\"\nname = \"b\"\n", displayPath: "Cargo.toml")
        } throws: { error in
            (error as? ParaReadyError)?.location?.line == 3
        }
    }

    @Test func nulByteIsMalformedNotTruncated() {
        #expect {
            try CargoManifest.parse("[package]\nname = \"a\"\n\0[dependencies]\n", displayPath: "Cargo.toml")
        } throws: { error in
            (error as? ParaReadyError)?.location == SourceLocation(file: "Cargo.toml", line: 3, column: 1)
        }
    }

    @Test func wronglyTypedKeysAreLocatedErrors() {
        #expect {
            try CargoManifest.parse("[workspace]\nmembers = \"runtime\"\n", displayPath: "Cargo.toml")
        } throws: { error in
            let error = error as? ParaReadyError
            return error?.kind == .invalidValue && error?.location?.line == 2
        }
        #expect {
            try CargoManifest.parse("[dependencies]\nfoo = 3\n", displayPath: "Cargo.toml")
        } throws: { error in
            (error as? ParaReadyError)?.location?.line == 2
        }
        #expect {
            try CargoManifest.parse("[features]\nstd = [\"a\", 1]\n", displayPath: "Cargo.toml")
        } throws: { error in
            (error as? ParaReadyError)?.location == SourceLocation(file: "Cargo.toml", line: 2, column: 13)
        }
    }

    @Test func deeplyNestedValuesDoNotCrash() {
        let depth = 5000
        let text = "x = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        #expect {
            try CargoManifest.parse(text, displayPath: "Cargo.toml")
        } throws: { error in
            (error as? ParaReadyError)?.kind == .syntax
        }
        let inline = "x = " + String(repeating: "{a = ", count: depth) + "1" + String(repeating: "}", count: depth)
        #expect(throws: ParaReadyError.self) { try CargoManifest.parse(inline, displayPath: "Cargo.toml") }
    }

    @Test func nonUTF8ManifestIsAnEncodingError() throws {
        let tree = try TemporaryTree()
        var bytes = Data("[package]\nname = \"caf".utf8)
        bytes.append(0xE9)
        bytes.append(contentsOf: Data("\"\n".utf8))
        try tree.write("Cargo.toml", bytes)
        #expect {
            try CargoManifest.load(path: tree.path("Cargo.toml"), displayPath: "Cargo.toml")
        } throws: { error in
            let error = error as? ParaReadyError
            return error?.kind == .encoding
                && error?.location == SourceLocation(file: "Cargo.toml", line: 2, column: 12)
        }
    }
}
