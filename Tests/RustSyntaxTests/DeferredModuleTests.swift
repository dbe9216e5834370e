import ParaReadyCore
import Testing

@testable import RustSyntax

/// Module files that declare no modules are loaded deferred; every lookup must still see their items.
@Suite struct DeferredModuleTests {
    static let files = [
        "src/lib.rs": """
        mod weights;
        mod apis;
        mod other;
        pub const BLOCK_WEIGHT: u64 = weights::block::BLOCK;
        pub const GLOBBED: u64 = weights::EXTRINSIC;
        pub const PICKED: u64 = weights::PICKED_UP;
        """,
        "src/weights/mod.rs": """
        pub mod block;
        pub mod extrinsic;
        pub mod pallet_balances;
        pub use extrinsic::*;
        pub use block::picked::PICKED as PICKED_UP;
        """,
        "src/weights/block.rs": "pub mod picked { pub const PICKED: u64 = 7; }\npub const BLOCK: u64 = 2 * 1_000;\n",
        "src/weights/extrinsic.rs": """
        #[cfg(feature = "fast")]
        pub const EXTRINSIC: u64 = 3;
        #[cfg(not(feature = "fast"))]
        pub const EXTRINSIC: u64 = 1;
        """,
        "src/weights/pallet_balances.rs": """
        //! Generated for the Runtime, which this comment names.
        #![cfg_attr(rustfmt, rustfmt_skip)]
        use frame_support::weights::Weight;
        pub struct WeightInfo<T>(PhantomData<T>);
        impl<T: frame_system::Config> pallet_balances::WeightInfo for WeightInfo<T> {
            fn transfer() -> Weight { Weight::from_parts(1, 2) }
        }
        """,
        "src/apis.rs": """
        #![cfg(feature = "std")]
        impl frame_system::Config for Runtime { type Block = Block; }
        register_validate_block! { Runtime = Runtime, BlockExecutor = Executive }
        """,
        "src/other.rs": "fn helper() {}\npub const WIDE: &str = \"größe\";\n",
    ]

    static func load(_ features: Set<String> = []) throws -> CrateSource {
        try CrateSource.load(
            name: "runtime", rootFile: "src/lib.rs", environment: CfgEnvironment(features: features),
            provider: MemorySourceProvider(files: files))
    }

    /// The same crate with every file scanned up front: the results a deferred load must reproduce.
    static func eager(_ features: Set<String> = []) throws -> CrateSource {
        let crate = try load(features)
        return CrateSource(
            name: crate.name, files: crate.files, diagnostics: crate.diagnostics, environment: crate.environment)
    }

    @Test func leafFilesAreDeferredAndModuleDeclaringOnesAreNot() throws {
        let crate = try Self.load()
        // block.rs declares an inline module and other.rs is not ASCII: both are scanned at load.
        #expect(
            crate.unscannedFiles == [
                "src/weights/extrinsic.rs", "src/weights/pallet_balances.rs", "src/apis.rs",
            ])
        #expect(crate.files.map(\.path) == (try Self.eager()).files.map(\.path))
    }

    @Test func pathsGlobsAndReexportsReachDeferredItems() throws {
        for features: Set<String> in [[], ["fast"]] {
            let crate = try Self.load(features)
            let evaluator = ConstEvaluator(crate: crate)
            #expect(evaluator.evaluate(path: "BLOCK_WEIGHT").value.integerValue == 2000)
            #expect(crate.unscannedFiles.contains("src/weights/extrinsic.rs"))
            #expect(evaluator.evaluate(path: "GLOBBED").value.integerValue == (features.isEmpty ? 1 : 3))
            #expect(evaluator.evaluate(path: "PICKED").value.integerValue == 7)
            // The glob was followed into the deferred file; the unrelated ones stay unscanned.
            #expect(crate.unscannedFiles == ["src/weights/pallet_balances.rs", "src/apis.rs"])
        }
    }

    @Test func cfgInsideDeferredFilesIsApplied() throws {
        for features: Set<String> in [[], ["fast"], ["std"]] {
            let crate = try Self.load(features)
            #expect(crate.definitions(named: "EXTRINSIC").count == 1)
            let apis = crate.implBlocks(implementing: "frame_system::Config")
            #expect(apis.map(\.file) == (features.contains("std") ? ["src/apis.rs"] : []))
            #expect(crate.macroCalls(named: "register_validate_block").count == (features.contains("std") ? 1 : 0))
        }
    }

    @Test func queriesLeaveFilesWithoutTheirIdentifiersUnscanned() throws {
        let crate = try Self.load(["std"])
        #expect(crate.definitions(named: "EXTRINSIC").map(\.file) == ["src/weights/extrinsic.rs"])
        // pallet_balances.rs names `Runtime` only in a comment: it may be scanned, and finds nothing.
        #expect(crate.implBlocks(implementing: "frame_system::Config").map(\.file) == ["src/apis.rs"])
        #expect(crate.macroCalls(named: "construct_runtime").isEmpty)
        #expect(crate.occurrences(of: "Weight::from_parts").count == 1)
        let fresh = try Self.load(["std"])
        _ = fresh.definitions(named: "EXTRINSIC")
        _ = fresh.functions(named: "nowhere")
        #expect(fresh.unscannedFiles == ["src/weights/pallet_balances.rs", "src/apis.rs"])
    }

    @Test func everyQueryMatchesAnEagerLoad() throws {
        for features: Set<String> in [[], ["fast"], ["std"]] {
            let lazy = try Self.load(features)
            let eager = try Self.eager(features)
            for name in ["BLOCK", "EXTRINSIC", "WIDE", "PICKED", "missing"] {
                #expect(lazy.definitions(named: name) == eager.definitions(named: name))
            }
            for pattern in ["Config", "frame_system::Config", "WeightInfo"] {
                for type in ["Runtime", "WeightInfo", nil] as [String?] {
                    #expect(
                        lazy.implBlocks(implementing: pattern, for: type)
                            == eager.implBlocks(implementing: pattern, for: type))
                }
            }
            #expect(
                lazy.macroCalls(named: "register_validate_block") == eager.macroCalls(named: "register_validate_block"))
            #expect(lazy.functions(named: "helper") == eager.functions(named: "helper"))
            #expect(lazy.occurrences(of: "Weight") == eager.occurrences(of: "Weight"))
            #expect(lazy.occurrences(of: "::") == eager.occurrences(of: "::"))
            #expect(lazy.mentionedFeatures == eager.mentionedFeatures)
            #expect(lazy.modulePaths == eager.modulePaths)
            #expect(lazy.scopedItems(inFilesWhere: { $0.mentions("Weight") }).count >= 1)
            #expect(lazy.scopedItems == eager.scopedItems)
            #expect(lazy.files == eager.files)
            #expect(lazy.unscannedFiles.isEmpty)
        }
    }

    @Test func sourceTextProvesAbsencesOnly() {
        let text = SourceText("/* Runtime in a comment */\nuse a::{b, *};\nfn f() -> u64 { 6_000u64 }\n")
        #expect(text.mentions("Runtime"))
        #expect(text.mentions("b"))
        #expect(text.mentions("fn"))
        #expect(!text.mentions("Runtim"))
        #expect(!text.mentions("u64x"))
        #expect(!text.mentions("000u64"))
        #expect(text.mentions(identifierStartingWith: "Runt"))
        #expect(text.mentions(identifierStartingWith: "Runtimes"))  // only four bytes are kept
        #expect(!text.mentions(identifierStartingWith: "nimbus"))
        #expect(text.mentions(identifierStartingWith: "ni"))  // too short to rule out
        #expect(SourceText("impl nimbus_primitives::X for R {}").mentions(identifierStartingWith: "nimbus"))
        #expect(text.mayHaveGlobImport)
        #expect(!text.mentionsModule)
        #expect(text.contains("6_000"))
        #expect(!text.contains("7_000"))
        #expect(!SourceText("let x = 2 * 3; // --extrinsic=*\n").mayHaveGlobImport)
        #expect(SourceText("use a:: /* c */ *;").mayHaveGlobImport)
        #expect(SourceText("pub(crate) mod x;").mentionsModule)
        #expect(!SourceText("let mode = model;").mentionsModule)
        #expect(SourceText("const É: u8 = 1;").mentions("anything"))
    }

    /// Lines that can only be comments are skipped; a line starting with `//` that holds a `"` or `*` may end a
    /// string or block comment and go on with code, so it is read.
    @Test func commentLinesAreSkippedOnlyWhenTheyHoldNoToken() {
        let text = SourceText(
            "//! Autogenerated weights for `Hidden`\n    /// Storage: `Records` (r:1 w:1)\n// mod weights;\nfn f() {}\n"
        )
        #expect(!text.mentions("Hidden"))
        #expect(!text.mentions("Records"))
        #expect(!text.mentionsModule)
        #expect(text.mentions("f"))
        let string = SourceText("let s = \"abc\n//x\"; let y = SHOWN;\n")
        #expect(string.mentions("SHOWN"))
        let block = SourceText("/* start\n// x */ let y = SHOWN;\n")
        #expect(block.mentions("SHOWN"))
        let trailing = SourceText("let z = 1; // Kept because the line does not start with it\n")
        #expect(trailing.mentions("Kept"))
        #expect(SourceText("use a::{\n// see b:\n*};").mayHaveGlobImport)
        #expect(!SourceText("// mod x;\n").mentionsModule)
        #expect(SourceText("// é\nfn f() {}\n").mentions("f"))
    }

    /// The pre-scan's filter never rules out an identifier the lexer finds, whatever its length and wherever it
    /// sits (the filter hashes runs a word at a time, with partial words at the end of the text).
    @Test func sourceTextNeverRulesOutALexedIdentifier() {
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let alphabet = Array("abcXYZ_0189")
        let separators = [" ", "::", "(", ")", "\n", ";", "//", "\"", "'", "*", ",", "{", "}", "#"]
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<(1 + next(30)) {
                text += String((0..<(1 + next(19))).map { _ in alphabet[next(alphabet.count)] })
                text += separators[next(separators.count)]
            }
            if next(2) == 0 { text.removeLast() }
            let source = SourceText(text)
            for token in Lexer.tokenize(text) where token.kind == .ident {
                #expect(source.mentions(token.text), "\(token.text) ruled out in \(text)")
                #expect(source.mentions(identifierStartingWith: String(token.text.prefix(4))))
                #expect(source.mentions(identifierStartingWith: token.text))
            }
        }
    }
}
