import ParaReadyCore
import Testing

@testable import RustSyntax

private func scan(_ source: String, file: String = "lib.rs") -> [Item] {
    ItemScanner.scan(Lexer.tokenize(source), file: file)
}

/// A runtime-shaped file written for these tests.
let runtimeSnippet = #"""
    //! Example parachain runtime.
    #![cfg_attr(not(feature = "std"), no_std)]

    pub mod configs;
    mod weights;

    use frame_support::{
        parameter_types,
        weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight},
    };
    pub use parachains_common::{AccountId as Account, *};
    use sp_runtime::traits::{self as rt, BlakeTwo256};

    mod async_backing_params {
        /// Maximum number of blocks simultaneously accepted by the runtime, not yet included.
        pub(crate) const UNINCLUDED_SEGMENT_CAPACITY: u32 = 3;
        pub(crate) const BLOCK_PROCESSING_VELOCITY: u32 = 1;
        pub(crate) const RELAY_CHAIN_SLOT_DURATION_MILLIS: u32 = 6000;
    }
    pub(crate) use async_backing_params::*;

    #[cfg(feature = "async-backing")]
    pub const MILLISECS_PER_BLOCK: u64 = 6000;
    #[cfg(not(feature = "async-backing"))]
    pub const MILLISECS_PER_BLOCK: u64 = 12000;
    pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;

    pub const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(
        WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2),
        cumulus_primitives_core::relay_chain::MAX_POV_SIZE as u64,
    );

    type ConsensusHook = cumulus_pallet_aura_ext::FixedVelocityConsensusHook<
        Runtime,
        RELAY_CHAIN_SLOT_DURATION_MILLIS,
        BLOCK_PROCESSING_VELOCITY,
        UNINCLUDED_SEGMENT_CAPACITY,
    >;

    parameter_types! {
        pub const ReservedXcmpWeight: Weight = MAXIMUM_BLOCK_WEIGHT.saturating_div(4);
        #[cfg(feature = "fast-runtime")]
        pub const Period: u32 = 10;
        pub storage Dynamic: u32 = 7;
        pub RuntimeBlockLength: u32 = 5 * 1024 * 1024;
    }

    impl cumulus_pallet_parachain_system::Config for Runtime {
        type WeightInfo = ();
        type RuntimeEvent = RuntimeEvent;
        type ConsensusHook = ConsensusHook;
        type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;
        const FLAG: bool = true;
    }

    impl<T: Config> Pallet<T> where T: Send {
        pub fn helper(x: u32) -> Option<Vec<u8>> where T: Sync { None }
    }

    impl_runtime_apis! {
        impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
            fn slot_duration() -> sp_consensus_aura::SlotDuration {
                sp_consensus_aura::SlotDuration::from_millis(SLOT_DURATION)
            }
            fn authorities() -> Vec<AuraId> { pallet_aura::Authorities::<Runtime>::get().into_inner() }
        }

        impl cumulus_primitives_aura::AuraUnincludedSegmentApi<Block> for Runtime {
            fn can_build_upon(
                included_hash: <Block as BlockT>::Hash,
                slot: cumulus_primitives_aura::Slot,
            ) -> bool {
                ConsensusHook::can_build_upon(included_hash, slot)
            }
        }
    }

    construct_runtime!(
        pub enum Runtime {
            System: frame_system = 0,
            #[cfg(feature = "extra")]
            Extra: pallet_extra = 5,
            Aura: pallet_aura::{Pallet, Storage, Config<T>} = 23,
            Council: pallet_collective::<Instance1> = 40,
        }
    );

    cumulus_pallet_parachain_system::register_validate_block! {
        Runtime = Runtime,
        BlockExecutor = cumulus_pallet_aura_ext::BlockExecutor::<Runtime, Executive>,
        CheckInherents = CheckInherents,
    }

    pub struct Runtime;
    pub enum Call { A(u32), B }
    pub trait Helper { type Out: Into<u64>; const N: u32; fn go(&self); }
    extern crate alloc as heap;
    static mut COUNTER: u64 = 0;
    macro_rules! local { () => {}; }
    const fn double(x: u32) -> u32 { x * 2 }
    pub unsafe extern "C" fn exported() {}
    """#

@Suite struct ItemScannerTests {
    let items = scan(runtimeSnippet)

    func item(_ name: String, _ kind: ItemKind) -> Item? {
        items.first { $0.name == name && $0.kind == kind }
    }

    @Test func fileModulesAndInnerAttributes() {
        let scanned = ItemScanner.scanFile(Lexer.tokenize(runtimeSnippet), file: "lib.rs")
        #expect(scanned.innerAttributes.map(\.path) == ["doc", "cfg_attr"])
        let configs = item("configs", .module)
        #expect(configs?.module?.isInline == false)
        #expect(configs?.visibility == .public)
        #expect(item("weights", .module)?.visibility == .inherited)
    }

    @Test func useTreesAreFlattened() {
        let bindings = items.filter { $0.kind == .use }.flatMap(\.useBindings)
        let described = bindings.map { b in
            b.path.joined(separator: "::") + (b.isGlob ? "::*" : "") + (b.alias.map { " as \($0)" } ?? "")
                + (b.isPublic ? " [pub]" : "")
        }
        #expect(
            described == [
                "frame_support::parameter_types",
                "frame_support::weights::constants::WEIGHT_REF_TIME_PER_SECOND",
                "frame_support::weights::Weight",
                "parachains_common::AccountId as Account [pub]",
                "parachains_common::* [pub]",
                "sp_runtime::traits as rt",
                "sp_runtime::traits::BlakeTwo256",
                "async_backing_params::* [pub]",
            ])
        #expect(bindings[0].boundName == "parameter_types")
        #expect(bindings[5].boundName == "rt")
        #expect(bindings.last?.visibility == .crate)
    }

    @Test func inlineModuleHoldsRestrictedConstants() throws {
        let module = try #require(item("async_backing_params", .module))
        let inner = try #require(module.module?.items)
        #expect(
            inner.map { $0.name ?? "" } == [
                "UNINCLUDED_SEGMENT_CAPACITY", "BLOCK_PROCESSING_VELOCITY", "RELAY_CHAIN_SLOT_DURATION_MILLIS",
            ])
        #expect(inner[0].visibility == .crate)
        #expect(inner[0].attributes.first?.isDoc == true)
        #expect(TokenPath.text(inner[2].constant!.expression) == "6000")
        #expect(TokenPath.text(inner[2].constant!.typeTokens) == "u32")
        #expect(inner[0].location == SourceLocation(file: "lib.rs", line: 16, column: 22))
    }

    @Test func cfgGatedDuplicatesAreBothScannedAndFilterable() {
        let both = items.filter { $0.name == "MILLISECS_PER_BLOCK" }
        #expect(both.count == 2)
        #expect(both[0].cfgPredicates.map(\.description) == [#"feature = "async-backing""#])
        let on = items.filtered(by: CfgEnvironment(features: ["async-backing"]))
            .filter { $0.name == "MILLISECS_PER_BLOCK" }
        #expect(on.count == 1)
        #expect(on.first.map { TokenPath.text($0.constant!.expression) } == "6000")
        let off = items.filtered(by: CfgEnvironment()).filter { $0.name == "MILLISECS_PER_BLOCK" }
        #expect(off.first.map { TokenPath.text($0.constant!.expression) } == "12000")
    }

    @Test func multiLineConstAndTypeAlias() throws {
        let weight = try #require(item("MAXIMUM_BLOCK_WEIGHT", .constant)?.constant)
        #expect(TokenPath.text(weight.typeTokens) == "Weight")
        #expect(weight.expression.first?.text == "Weight")
        #expect(weight.expression.last?.text == ")")
        let hook = try #require(item("ConsensusHook", .typeAlias)?.typeAlias?.typeTokens)
        #expect(TokenPath.segments(hook) == ["cumulus_pallet_aura_ext", "FixedVelocityConsensusHook"])
        #expect(hook.last?.text == ">")
    }

    @Test func parameterTypesBecomeConstants() throws {
        let call = try #require(item("parameter_types", .macroCall)?.macroCall)
        let declared = try #require(call.items)
        #expect(declared.map { $0.name ?? "" } == ["ReservedXcmpWeight", "Period", "Dynamic", "RuntimeBlockLength"])
        #expect(
            declared.map { $0.constant!.form } == [
                .parameterConst, .parameterConst, .parameterStorage, .parameterGetter,
            ])
        #expect(declared[1].cfgPredicates.count == 1)
        #expect(TokenPath.text(declared[3].constant!.expression) == "5 * 1024 * 1024")
        let filtered = [item("parameter_types", .macroCall)!].filtered(by: CfgEnvironment())
        #expect(filtered[0].macroCall?.items?.count == 3)
    }

    @Test func traitImplWithAssociatedTypes() throws {
        let impls = items.filter { $0.kind == .impl }.compactMap(\.impl)
        let system = try #require(impls.first { $0.implementsTrait("cumulus_pallet_parachain_system::Config") })
        #expect(system.selfTypeSegments == ["Runtime"])
        #expect(system.implementsTrait("Config"))
        #expect(!system.implementsTrait("frame_system::Config"))
        let relay = try #require(system.associatedType(named: "CheckAssociatedRelayNumber"))
        #expect(relay.typeAlias?.typeTokens?.map(\.text) == ["RelayNumberMonotonicallyIncreases"])
        #expect(relay.location.line == 52)
        #expect(system.constant(named: "FLAG") != nil)
        let inherent = try #require(impls.first { $0.traitPath == nil })
        #expect(TokenPath.text(inherent.selfType) == "Pallet<T>")
        #expect(TokenPath.text(inherent.genericParameters) == "T: Config")
        let helper = try #require(inherent.function(named: "helper")?.function)
        #expect(TokenPath.text(helper.returnType ?? []) == "Option<Vec<u8>>")
        #expect(helper.body?.map(\.text) == ["None"])
    }

    @Test func runtimeApisAndStubDetection() throws {
        let apis = try #require(item("impl_runtime_apis", .macroCall)?.macroCall?.items)
        #expect(apis.count == 2)
        let segment = try #require(apis.compactMap(\.impl).first { $0.implementsTrait("AuraUnincludedSegmentApi") })
        let canBuild = try #require(segment.function(named: "can_build_upon")?.function)
        #expect(canBuild.body.map { TokenPath.text($0) } == "ConsensusHook::can_build_upon(included_hash, slot)")
        #expect(canBuild.returnType?.map(\.text) == ["bool"])
        #expect(canBuild.parameters.contains { $0.text == "slot" })
        let aura = try #require(apis.compactMap(\.impl).first { $0.implementsTrait("sp_consensus_aura::AuraApi") })
        let slot = try #require(aura.function(named: "slot_duration")?.function?.body)
        #expect(slot.contains(path: "SlotDuration::from_millis(SLOT_DURATION)"))
    }

    @Test func constructRuntimePallets() throws {
        let call = try #require(item("construct_runtime", .macroCall)?.macroCall)
        #expect(call.delimiter == .parenthesis)
        #expect(call.pallets.map(\.name) == ["System", "Extra", "Aura", "Council"])
        #expect(call.pallets.map(\.index) == [0, 5, 23, 40])
        #expect(
            call.pallets.map { TokenPath.text($0.path) } == [
                "frame_system", "pallet_extra", "pallet_aura", "pallet_collective::<Instance1>",
            ])
        #expect(call.items?.first?.kind == .enumItem)
        let filtered = [item("construct_runtime", .macroCall)!].filtered(by: CfgEnvironment())
        #expect(filtered[0].macroCall?.pallets.count == 3)
    }

    @Test func registerValidateBlockPairs() throws {
        let call = try #require(item("register_validate_block", .macroCall)?.macroCall)
        #expect(call.path == "cumulus_pallet_parachain_system::register_validate_block")
        #expect(call.keyValues.map(\.key) == ["Runtime", "BlockExecutor", "CheckInherents"])
        #expect(
            call.value(forKey: "BlockExecutor").map { TokenPath.text($0) }
                == "cumulus_pallet_aura_ext::BlockExecutor::<Runtime, Executive>")
    }

    @Test func otherItemKinds() {
        #expect(item("Runtime", .structItem) != nil)
        #expect(item("Call", .enumItem) != nil)
        #expect(item("Helper", .traitItem) != nil)
        #expect(item("alloc", .externCrate)?.useBindings.first?.boundName == "heap")
        #expect(item("COUNTER", .static)?.constant?.form == .staticMut)
        #expect(item("local", .macroRules) != nil)
        #expect(item("double", .function)?.function?.signature.first?.text == "const")
        #expect(
            item("exported", .function)?.function?.signature.map(\.text).prefix(3) == ["unsafe", "extern", "\"C\""])
    }

    @Test func garbageIsSkippedToTheNextItem() {
        let found = scan("}}} let x = ; 42 ) fn ok() {} ]] const A: u32 = 1; impl { } use ;")
        #expect(found.contains { $0.name == "ok" && $0.kind == .function })
        #expect(found.contains { $0.name == "A" && $0.kind == .constant })
    }

    @Test func unterminatedBodiesStopAtTheEnd() {
        let found = scan("mod a { const X: u32 = 1; fn f() { let y = 2;")
        #expect(found.first?.module?.items?.map(\.name) == ["X", "f"])
        #expect(scan("impl X for Y { type A = B<C").first?.impl?.items.first?.name == "A")
    }

    @Test func deepNestingIsBounded() {
        let deep = String(repeating: "mod a { ", count: 500) + String(repeating: "}", count: 500)
        var depth = 0
        var current = scan(deep)
        while let next = current.first?.module?.items {
            depth += 1
            current = next
        }
        #expect(depth == ItemScanner.maximumDepth + 1)
    }
}
