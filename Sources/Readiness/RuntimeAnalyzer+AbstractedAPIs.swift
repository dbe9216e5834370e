import ParaReadyCore
import RustSyntax

/// Runtime APIs that an attribute macro generates from a declarative module instead of `impl_runtime_apis!`:
/// OpenZeppelin's runtime templates write `#[openzeppelin_runtime_apis] mod apis { #[abstraction] mod consensus
/// { type SlotDuration = …; type ConsensusHook = …; } }`, and the macro expands the Aura APIs from those aliases.
extension RuntimeAnalyzer {
    /// Attribute macros known to expand runtime APIs from `#[abstraction]` modules.
    static let apiMacros: Set<String> = ["openzeppelin_runtime_apis"]

    /// Fills the Aura API facts from a `consensus` abstraction when no `impl_runtime_apis!` provided them.
    func readAbstractedRuntimeAPIs(into facts: inout RuntimeFacts) {
        guard facts.auraApiSlotDuration == nil, !facts.unincludedSegmentApi.present else { return }
        guard
            let apis = items(where: { $0.mentions("mod") }).first(where: { scoped in
                scoped.item.kind == .module
                    && scoped.item.attributes.contains { attribute in
                        Self.apiMacros.contains(String(attribute.path.lastPiece(afterByte: UInt8(ascii: ":")) ?? ""))
                    }
            }), let apisName = apis.item.name
        else { return }
        let consensusModule = apis.modulePath + [apisName, "consensus"]
        let aliases = items(where: { $0.mentions("type") }).filter {
            $0.item.kind == .typeAlias && $0.modulePath == consensusModule
        }
        func alias(_ name: String) -> ScopedItem? { aliases.first { $0.item.name == name } }
        if let slot = alias("SlotDuration"), let tokens = slot.item.typeAlias?.typeTokens {
            // The aliases name values visible where the macro expands: the module holding `mod apis`.
            let value = evaluator.evaluate(expression: tokens, inModule: apis.modulePath)
            let ms = (value.value.integerValue ?? value.value.milliseconds).flatMap { Int(exactly: $0) }
            facts.auraApiSlotDuration = SourceFact(
                source: Self.text(tokens), valueMs: ms, file: slot.file, line: slot.item.location.line)
        } else if let aura = alias("Aura") {
            facts.auraApiSlotDuration = SourceFact(
                source: "\(apisName) consensus abstraction with `type Aura` (slot duration read from pallet_aura)",
                file: aura.file, line: aura.item.location.line)
        }
        if let hook = alias("ConsensusHook") {
            facts.unincludedSegmentApi = UnincludedSegmentAPIFact(
                present: true, stub: false, file: hook.file, line: hook.item.location.line)
        }
    }
}
