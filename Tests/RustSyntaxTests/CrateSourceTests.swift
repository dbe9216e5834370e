import Foundation
import ParaReadyCore
import Testing

@testable import RustSyntax

/// A temporary directory tree, removed when the test ends.
final class TemporaryTree {
    let root: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.path
        root = base + "/rustsyntax-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: full))
    }

    func link(_ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: root + "/" + path, withDestinationPath: target)
    }
}

@Suite struct CrateSourceTests {
    @Test func followsModuleFilesLikeRustc() throws {
        let tree = try TemporaryTree()
        try tree.write(
            "runtime/src/lib.rs",
            """
            mod configs;
            mod a;
            #[path = "other/custom.rs"] mod c;
            mod inline_mod { mod deep; }
            #[cfg(feature = "bench")] mod bench;
            #[cfg_attr(feature = "alt", path = "alt_impl.rs")] mod swapped;
            """)
        try tree.write("runtime/src/configs/mod.rs", "pub mod xcm_config;\nconst X: u32 = 1;")
        try tree.write("runtime/src/configs/xcm_config.rs", "pub const Y: u32 = 2;")
        try tree.write("runtime/src/a.rs", "mod b;\n#[path = \"p.rs\"] mod pp;\nmod inl { #[path = \"q.rs\"] mod qq; }")
        try tree.write("runtime/src/a/b.rs", "const B: u32 = 3;")
        try tree.write("runtime/src/p.rs", "const P: u32 = 4;")
        try tree.write("runtime/src/a/inl/q.rs", "const Q: u32 = 5;")
        try tree.write("runtime/src/other/custom.rs", "mod sub;")
        try tree.write("runtime/src/other/sub.rs", "const S: u32 = 6;")
        try tree.write("runtime/src/inline_mod/deep.rs", "const D: u32 = 7;")
        try tree.write("runtime/src/swapped.rs", "const PLAIN: u32 = 8;")
        try tree.write("runtime/src/alt_impl.rs", "const ALT: u32 = 9;")

        let plain = try CrateSource.load(
            name: "my-runtime", rootFile: tree.root + "/runtime/src/lib.rs", root: tree.root)
        #expect(plain.name == "my_runtime")
        #expect(plain.diagnostics.isEmpty)
        let layout = plain.files.map { "\($0.path) \($0.modulePath.joined(separator: "::"))" }
        #expect(
            layout == [
                "runtime/src/lib.rs ", "runtime/src/configs/mod.rs configs",
                "runtime/src/configs/xcm_config.rs configs::xcm_config", "runtime/src/a.rs a",
                "runtime/src/a/b.rs a::b",
                "runtime/src/p.rs a::pp", "runtime/src/a/inl/q.rs a::inl::qq", "runtime/src/other/custom.rs c",
                "runtime/src/other/sub.rs c::sub", "runtime/src/inline_mod/deep.rs inline_mod::deep",
                "runtime/src/swapped.rs swapped",
            ])
        let alt = try CrateSource.load(
            name: "r", rootFile: tree.root + "/runtime/src/lib.rs", root: tree.root,
            environment: CfgEnvironment(features: ["alt", "bench"]))
        #expect(alt.files.contains { $0.path == "runtime/src/alt_impl.rs" })
        #expect(
            alt.diagnostics.map(\.message) == [
                "module file for `mod bench;` not found (looked for runtime/src/bench.rs or runtime/src/bench/mod.rs)"
            ])
        #expect(alt.diagnostics.first?.location == SourceLocation(file: "runtime/src/lib.rs", line: 5, column: 31))
    }

    /// With a `SourceCache`, listed regular files take their identity from the directory listing (device and
    /// inode) and symlinks from `stat`: both must agree, or a cycle through a link would go unseen.
    @Test func cyclesThroughLinksAreFoundWithTheCachedListing() throws {
        let tree = try TemporaryTree()
        try tree.write("src/lib.rs", "mod a;\nmod missing;\nmod cyc;\nconst OK: u32 = 1;")
        try tree.write("src/a.rs", "#[path = \"link.rs\"] mod again;")
        try tree.link("src/link.rs", to: tree.root + "/src/a.rs")
        try tree.write("src/cyc.rs", "#[path = \"cyc.rs\"] mod again;")
        for _ in 0..<2 {  // the second load answers every probe from the cache
            let crate = try CrateSource.load(
                name: "c", rootFile: tree.root + "/src/lib.rs", root: tree.root, cache: SourceCache())
            let messages = crate.diagnostics.map(\.description)
            #expect(
                messages == [
                    "src/a.rs:1:25: warning: module cycle: src/link.rs is already being loaded",
                    "src/lib.rs:2:5: warning: module file for `mod missing;` not found (looked for src/missing.rs or "
                        + "src/missing/mod.rs)",
                    "src/cyc.rs:1:24: warning: module cycle: src/cyc.rs is already being loaded",
                ])
            #expect(crate.scopedItems.contains { $0.item.name == "OK" })
        }
    }

    @Test func missingFilesLoopsAndCyclesAreDiagnostics() throws {
        let tree = try TemporaryTree()
        try tree.write("src/lib.rs", "mod missing;\nmod looped;\nmod cyc;\nmod bad;\nconst OK: u32 = 1;")
        try tree.link("src/looped.rs", to: tree.root + "/src/looped.rs")
        try tree.write("src/cyc.rs", "#[path = \"cyc.rs\"] mod again;")
        try tree.write("src/bad.rs", Data([0x63, 0x6F, 0x6E, 0x73, 0x74, 0x0A, 0x20, 0xFF]))
        let crate = try CrateSource.load(name: "c", rootFile: tree.root + "/src/lib.rs", root: tree.root)
        let messages = crate.diagnostics.map(\.description)
        #expect(messages.count == 4)
        #expect(messages[0].hasPrefix("src/lib.rs:1:5: warning: module file for `mod missing;` not found"))
        #expect(messages[1] == "src/lib.rs:2:5: warning: symlink loop at src/looped.rs for `mod looped;`")
        #expect(messages[2] == "src/cyc.rs:1:24: warning: module cycle: src/cyc.rs is already being loaded")
        #expect(messages[3] == "src/bad.rs:2:2: error: file is not valid UTF-8 (byte 0xff)")
        #expect(crate.scopedItems.contains { $0.item.name == "OK" })
    }

    @Test func unreadableRootThrowsLocatedError() {
        #expect(throws: ParaReadyError.self) {
            try CrateSource.load(name: "x", rootFile: "/nonexistent/src/lib.rs", root: "/nonexistent")
        }
        do {
            _ = try CrateSource.load(name: "x", rootFile: "/nonexistent/src/lib.rs", root: "/nonexistent")
        } catch {
            #expect(error.description == "src/lib.rs:1:1: error: no such file")
        }
    }

    @Test func fileLevelCfgDisablesTheWholeModule() throws {
        let provider = MemorySourceProvider(files: [
            "src/lib.rs": "mod benchmarking;\nmod live;",
            "src/benchmarking.rs": "#![cfg(feature = \"runtime-benchmarks\")]\nconst BENCH: u32 = 1;",
            "src/live.rs": "const LIVE: u32 = 2;",
        ])
        let crate = try CrateSource.load(name: "c", rootFile: "src/lib.rs", provider: provider)
        #expect(crate.files.count == 3)
        #expect(!crate.scopedItems.contains { $0.item.name == "BENCH" })
        #expect(crate.scopedItems.contains { $0.item.name == "LIVE" && $0.modulePath == ["live"] })
        #expect(crate.files[1].unfilteredItems.count == 1)
    }
}
