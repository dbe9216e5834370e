import Foundation
import ParaReadyCore
import Testing

@testable import CargoModel

@Suite struct CargoWorkspaceTests {
    /// Globs, an exclusion, a nested workspace, a missing member, a path-dependency member and default-members.
    func globTree() throws -> TemporaryTree {
        try TemporaryTree([
            "Cargo.toml": """
            [workspace]
            resolver = "2"
            members = [
                "node",
                "runtimes/*",
                "pallets/**",
                "missing-crate",
                "templates/solo",
            ]
            exclude = ["runtimes/old", "pallets/experimental/**"]
            default-members = ["node", "runtimes/*"]

            [workspace.dependencies]
            shared = { path = "libs/shared" }
            """,
            "node/Cargo.toml": packageManifest("para-node", "[dependencies]\nshared = { workspace = true }\n"),
            "runtimes/kusama/Cargo.toml": packageManifest("kusama-runtime"),
            "runtimes/polkadot/Cargo.toml": packageManifest("polkadot-runtime"),
            "runtimes/old/Cargo.toml": packageManifest("old-runtime"),
            "runtimes/README.md": "not a member",
            "pallets/Cargo.toml": packageManifest("pallets-umbrella"),
            "pallets/a/Cargo.toml": packageManifest("pallet-a"),
            "pallets/b/inner/Cargo.toml": packageManifest("pallet-b-inner"),
            "pallets/experimental/x/Cargo.toml": packageManifest("pallet-x"),
            "templates/solo/Cargo.toml": """
            [workspace]
            members = ["runtime"]
            """,
            "templates/solo/runtime/Cargo.toml": packageManifest("solo-runtime"),
            "libs/shared/Cargo.toml": packageManifest("shared"),
        ])
    }

    @Test func membersGlobsExcludesAndNestedWorkspaces() throws {
        let tree = try globTree()
        let workspace = try CargoWorkspace.load(root: tree.root)
        #expect(workspace.isVirtual)
        #expect(
            workspace.packages.map(\.directory) == [
                "libs/shared", "node", "pallets", "pallets/a", "pallets/b/inner", "runtimes/kusama",
                "runtimes/polkadot",
            ])
        #expect(workspace.package(named: "shared")?.membership == .pathDependency)
        #expect(workspace.package(named: "para-node")?.membership == .member)
        #expect(workspace.excluded == ["pallets/experimental", "pallets/experimental/x", "runtimes/old"])
        #expect(workspace.package(named: "old-runtime") == nil)
        #expect(workspace.defaultMembers == ["node", "runtimes/kusama", "runtimes/polkadot"])

        #expect(workspace.nestedWorkspaces.count == 1)
        let nested = try #require(workspace.nestedWorkspaces.first)
        #expect(nested.directory == "templates/solo")
        #expect(nested.packages.map(\.name) == ["solo-runtime"])
        #expect(nested.packages.first?.manifest.path == "templates/solo/runtime/Cargo.toml")
        #expect(workspace.allPackages.count == 8)

        let missing = workspace.warnings.filter { $0.message.contains("missing-crate") }
        #expect(missing.count == 1)
        #expect(missing.first?.location == SourceLocation(file: "Cargo.toml", line: 7, column: 5))
        #expect(workspace.warnings.contains { $0.message.contains("own [workspace]") })
    }

    @Test func lookupsAndDependencyGraph() throws {
        let tree = try globTree()
        let workspace = try CargoWorkspace.load(root: tree.root)
        #expect(workspace.package(inDirectory: "runtimes/kusama/")?.name == "kusama-runtime")
        #expect(workspace.package(containing: "pallets/b/inner/src/lib.rs")?.name == "pallet-b-inner")
        #expect(workspace.package(containing: "pallets/src/lib.rs")?.name == "pallets-umbrella")
        let node = try #require(workspace.package(named: "para-node"))
        let shared = try #require(node.manifest.dependency(named: "shared"))
        #expect(shared.resolvedPath == "libs/shared")
        #expect(workspace.resolve(shared)?.name == "shared")
        #expect(workspace.dependents(of: "shared").map(\.package) == ["para-node"])
        #expect(workspace.workspaceDependencies(of: "para-node").map(\.package.name) == ["shared"])
    }

    @Test func rootThatIsOnlyAPackage() throws {
        let tree = try TemporaryTree([
            "Cargo.toml": packageManifest(
                "solo-node",
                """
                [dependencies]
                solo-runtime = { path = "runtime" }
                outside = { path = "../elsewhere" }
                """),
            "runtime/Cargo.toml": packageManifest("solo-runtime"),
        ])
        let workspace = try CargoWorkspace.load(root: tree.root)
        #expect(!workspace.isVirtual)
        #expect(workspace.manifest.workspace == nil)
        #expect(workspace.packages.map(\.name) == ["solo-node", "solo-runtime"])
        #expect(workspace.packages.map(\.membership) == [.root, .pathDependency])
        #expect(workspace.members.isEmpty)
        #expect(workspace.lock == nil)
    }

    @Test func rootPackageWithWorkspaceAndInheritance() throws {
        let tree = try TemporaryTree([
            "Cargo.toml": """
            [package]
            name = "node"
            version.workspace = true

            [workspace]
            members = ["runtime"]

            [workspace.package]
            version = "1.2.3"

            [workspace.dependencies]
            frame-support = { version = "29.0.0", default-features = false }

            [dependencies]
            frame-support = { workspace = true, features = ["std"] }
            """,
            "runtime/Cargo.toml": """
            [package]
            name = "runtime"
            version.workspace = true

            [dependencies]
            frame-support.workspace = true
            nonexistent = { workspace = true }
            """,
        ])
        let workspace = try CargoWorkspace.load(root: tree.root)
        #expect(workspace.packages.map(\.name) == ["node", "runtime"])
        #expect(workspace.package(named: "node")?.manifest.package?.version == "1.2.3")
        #expect(workspace.package(named: "runtime")?.manifest.package?.version == "1.2.3")
        let support = try #require(workspace.package(named: "node")?.manifest.dependency(named: "frame-support"))
        #expect(support.features == ["std"])
        #expect(support.source == .registry("29.0.0"))
        #expect(workspace.warnings.map(\.location) == [SourceLocation(file: "runtime/Cargo.toml", line: 7, column: 1)])
    }

    @Test func symlinkLoopsInMemberGlobsAreWarnings() throws {
        let tree = try TemporaryTree([
            "Cargo.toml": """
            [workspace]
            members = ["crates/*", "deep/**"]
            """,
            "crates/good/Cargo.toml": packageManifest("good"),
            "deep/x/Cargo.toml": packageManifest("deep-x"),
        ])
        try tree.symlink("crates/self", to: "self")
        try tree.symlink("deep/x/up", to: "..")
        try tree.symlink("deep/loop", to: "loop")
        let workspace = try CargoWorkspace.load(root: tree.root)
        #expect(workspace.packages.map(\.name) == ["good", "deep-x"])
        let loops = workspace.warnings.filter { $0.message.contains("symbolic link loop") }
        #expect(loops.map(\.message).contains { $0.contains("crates/self") })
        #expect(loops.map(\.message).contains { $0.contains("deep/loop") })
        #expect(loops.allSatisfy { $0.location?.file == "Cargo.toml" && $0.location?.line == 2 })
    }

    @Test func memberWithDirectoryInPlaceOfManifestIsAWarning() throws {
        // Tests run as root, so chmod 000 would not stop reading; a directory named Cargo.toml is unreadable as a
        // file for everyone.
        let tree = try TemporaryTree([
            "Cargo.toml": "[workspace]\nmembers = [\"a\", \"b\", \"c\"]\n",
            "a/Cargo.toml": packageManifest("a"),
            "c/README.md": "no manifest here",
        ])
        try tree.directory("b/Cargo.toml")
        let workspace = try CargoWorkspace.load(root: tree.root)
        #expect(workspace.packages.map(\.name) == ["a"])
        #expect(workspace.warnings.count == 2)
        #expect(workspace.warnings[0].message.contains("b/Cargo.toml"))
        #expect(workspace.warnings[1].message.contains("`c` has no Cargo.toml"))
    }

    @Test func unreadableRootManifestIsAnError() throws {
        let tree = try TemporaryTree()
        try tree.directory("Cargo.toml")
        #expect {
            try CargoWorkspace.load(root: tree.root)
        } throws: { error in
            let error = error as? ParaReadyError
            return error?.kind == .io && error?.location?.file == "Cargo.toml"
        }
    }

    @Test func malformedMemberManifestIsAnError() throws {
        let tree = try TemporaryTree([
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\"]\n",
            "runtime/Cargo.toml": "[package]\nname = \"runtime\nversion = \"1\"\n",
        ])
        #expect {
            try CargoWorkspace.load(root: tree.root)
        } throws: { error in
            let error = error as? ParaReadyError
            return error?.kind == .syntax && error?.location?.file == "runtime/Cargo.toml"
                && error?.location?.line == 2
        }
    }

    /// Member manifests are parsed on all cores ahead of the (sorted) member loop: the error reported is still
    /// the first member's in that order, at its own line, and every member parsed ahead is the one used.
    @Test func manifestsParsedAheadKeepTheSequentialOrder() throws {
        var files = ["Cargo.toml": "[workspace]\nmembers = [\"crates/*\"]\n"]
        for index in 0..<12 {
            files["crates/c\(index)/Cargo.toml"] = "[package]\nname = \"c\(index)\"\nversion = \"0.\(index).0\"\n"
        }
        let good = try TemporaryTree(files)
        let workspace = try CargoWorkspace.load(root: good.root)
        #expect(workspace.packages.map(\.name) == (0..<12).map { "c\($0)" }.sorted())
        #expect(workspace.packages.allSatisfy { "0.\($0.name.dropFirst()).0" == $0.manifest.package?.version })

        files["crates/c7/Cargo.toml"] = "[package]\nname = \"c7\nversion = \"1\"\n"
        files["crates/c3/Cargo.toml"] = "[package]\n\n\nname = [\n"
        let bad = try TemporaryTree(files)
        #expect {
            try CargoWorkspace.load(root: bad.root)
        } throws: { error in
            let error = error as? ParaReadyError
            return error?.kind == .syntax && error?.location?.file == "crates/c3/Cargo.toml"
        }
    }

    @Test func pathWithoutCargoTomlIsAnError() throws {
        let tree = try TemporaryTree(["README.md": "hello"])
        #expect {
            try CargoWorkspace.load(root: tree.root)
        } throws: { error in
            (error as? ParaReadyError)?.message.contains("no Cargo.toml") == true
        }
        #expect {
            try CargoWorkspace.load(root: tree.path("does-not-exist"))
        } throws: { error in
            (error as? ParaReadyError)?.message == "no such directory"
        }
        #expect {
            try CargoWorkspace.load(root: tree.path("README.md"))
        } throws: { error in
            (error as? ParaReadyError)?.kind == .usage
        }
    }

    @Test func lockFileIsReadAndMalformedLockIsAnError() throws {
        let tree = try TemporaryTree([
            "Cargo.toml": packageManifest("a"),
            "Cargo.lock": "version = 4\n\n[[package]]\nname = \"a\"\nversion = \"0.1.0\"\n",
        ])
        let workspace = try CargoWorkspace.load(root: tree.root)
        #expect(workspace.lock?.formatVersion == 4)
        #expect(workspace.lock?.packages.map(\.name) == ["a"])
        try tree.write("Cargo.lock", "version = 4\n[[package]\n")
        #expect {
            try CargoWorkspace.load(root: tree.root)
        } throws: { error in
            (error as? ParaReadyError)?.location?.file == "Cargo.lock"
        }
    }

    /// Loading ~170 manifests: checks that every member is found; the duration is printed as a note.
    @Test func largeWorkspace() throws {
        var files: [String: String] = [
            "Cargo.toml": """
            [workspace]
            members = ["pallets/*", "runtimes/*/*", "node"]

            [workspace.dependencies]
            frame-support = { git = "https://github.com/paritytech/polkadot-sdk", branch = "stable2412", default-features = false }
            """
        ]
        for index in 0..<150 {
            files["pallets/p\(index)/Cargo.toml"] = packageManifest(
                "pallet-\(index)",
                """
                [dependencies]
                frame-support = { workspace = true }
                codec = { package = "parity-scale-codec", version = "3" }
                [features]
                default = ["std"]
                std = ["frame-support/std", "codec/std"]
                """)
        }
        for index in 0..<19 {
            files["runtimes/group\(index % 3)/r\(index)/Cargo.toml"] = packageManifest("runtime-\(index)")
        }
        files["node/Cargo.toml"] = packageManifest("node")
        let tree = try TemporaryTree(files)
        let clock = ContinuousClock()
        var workspace: CargoWorkspace?
        let elapsed = try clock.measure { workspace = try CargoWorkspace.load(root: tree.root) }
        #expect(workspace?.packages.count == 170)
        #expect(workspace?.warnings.isEmpty == true)
        print("note: loading a workspace of 171 manifests took \(elapsed)")
    }
}
