/// A legacy collator's authoring time: its slot proportion (read by ``NodeAnalyzer``) of the slot of the runtimes
/// the node runs, known once every crate of the repository has been read.
extension NodeFacts {
    /// Turns a legacy collator's slot proportion into its authoring duration, of the slot of the runtimes the
    /// node runs (`AuraApi::slot_duration`, what the collator asks the runtime; else pallet_aura's setting; else
    /// `SLOT_DURATION`). When none of them is known, the usual 12 s slot of a collator that builds on included
    /// blocks is assumed and the fact says so.
    mutating func deriveAuthoringDuration(from runtimes: [RuntimeFacts]) {
        guard var proportion = slotProportion, authoringDurationMs == nil else { return }
        let served = runtimes.filter { self.runtimes.isEmpty || self.runtimes.contains($0.path) }
        let preferred =
            served.filter { $0.variant == variant } + served.filter { $0.variant == nil && variant != nil }
            + served.filter { $0.variant != nil && $0.variant != variant }
        if let (slot, source) = preferred.lazy.compactMap(Self.slot(of:)).first {
            proportion.slotDurationMs = slot
            proportion.slotDurationSource = source
        } else {
            proportion.slotDurationMs = 12000
            proportion.slotDurationSource =
                "assumed: 12000 ms, the usual slot of a collator that builds on included blocks (no runtime slot duration was read)"
        }
        slotProportion = proportion
        let milliseconds = (Double(proportion.slotDurationMs ?? 12000) * proportion.value).rounded()
        authoringDurationMs = Located(
            Int(milliseconds), file: proportion.file, line: proportion.line, column: proportion.column,
            symbol: NodeAnalyzer.proportionField)
    }

    /// A runtime's parachain slot in milliseconds, with a sentence saying where it was read.
    static func slot(of runtime: RuntimeFacts) -> (Int, String)? {
        let name = runtime.crate + (runtime.variant.map { " (\($0))" } ?? "")
        if let api = runtime.auraApiSlotDuration, let ms = api.valueMs {
            return (ms, "AuraApi::slot_duration of \(name) (\(api.file):\(api.line))")
        }
        if let aura = runtime.auraSlotDuration, let ms = aura.valueMs {
            return (ms, "pallet_aura's SlotDuration of \(name) (\(aura.file):\(aura.line))")
        }
        if let slot = runtime.constants[ConstantKey.slotDuration] {
            return (slot.value, "SLOT_DURATION of \(name) (\(slot.file):\(slot.line))")
        }
        return nil
    }

    /// The slot proportion the authoring duration was derived from, when it was.
    public var authoringDurationSlotProportion: SlotProportionFact? {
        guard let proportion = slotProportion, let duration = authoringDurationMs,
            duration.file == proportion.file, duration.line == proportion.line
        else { return nil }
        return proportion
    }
}
