import ParaReadyCore
import RustSyntax

/// Runtime APIs written inside a `macro_rules!` definition that the runtime invokes: Unique Network's runtimes
/// each call `impl_common_runtime_apis!()`, a macro of their shared runtime module whose transcriber holds the
/// whole `impl_runtime_apis! { … }`. The impls are read from the definition (the evidence points there) and
/// their expressions are evaluated where the macro is invoked, as the expansion would be.
extension RuntimeAnalyzer {
    /// Fills the Aura API facts from a macro the runtime invokes when no impl written in the runtime provided them.
    func readMacroExpandedRuntimeAPIs(into facts: inout RuntimeFacts) {
        guard facts.auraApiSlotDuration == nil, !facts.unincludedSegmentApi.present else { return }
        for definition in crate.itemMacroRules {
            guard let name = definition.item.name, let rules = definition.item.macroRules,
                let call = crate.macroCalls(named: name).first
            else { continue }
            func expanded(_ pattern: String) -> ScopedItem? {
                Self.apiImpls(in: rules.items).first { $0.impl?.implementsTrait(pattern) == true }.map {
                    ScopedItem(item: $0, modulePath: call.modulePath, file: definition.file)
                }
            }
            readAPIImpls(
                segment: expanded("AuraUnincludedSegmentApi") ?? expanded("UnincludedSegmentApi"),
                aura: expanded("AuraApi"), relayParentOffset: expanded("RelayParentOffsetApi"), into: &facts)
            if facts.auraApiSlotDuration != nil || facts.unincludedSegmentApi.present { return }
        }
    }

    /// The `impl … for Runtime` blocks among `items` and inside the item-holding macro calls among them.
    static func apiImpls(in items: [Item]) -> [Item] {
        items.flatMap { item -> [Item] in
            if let impl = item.impl { return impl.selfTypeSegments.last == "Runtime" ? [item] : [] }
            return apiImpls(in: item.macroCall?.items ?? [])
        }
    }
}
