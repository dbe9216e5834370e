import Foundation
import ParaReadyCore
import Readiness
import RustSyntax

/// Phase 3 (activation): the values that switch async backing on.
extension RuntimeFixer {
    /// Replaces the value of a constant written as a single literal on the `const` line.
    mutating func setConstant(
        _ key: String, to value: Int, item: String, _ context: inout FixContext, when: (Int) -> Bool
    ) {
        guard let fact = runtime.constants[key], when(fact.value) else { return }
        let name = fact.symbol ?? key
        guard let (file, found, _) = definition(of: key), found.attributes(named: "cfg").isEmpty,
            let expression = found.constant?.expression, expression.count == 1, expression[0].kind == .integer,
            expression[0].line == found.location.line
        else {
            context.manual(
                item, subject, "set `\(name)` to \(value)",
                reason: fact.file.hasPrefix(runtime.path + "/") || runtime.path.isEmpty
                    ? "the constant is an expression or depends on a cargo feature; change it by hand"
                    : "the constant lives outside this runtime crate",
                file: fact.file, line: fact.line)
            return
        }
        let line = file.document.line(found.location.line)
        let literal = expression[0].text
        guard let range = line.range(of: "= " + literal) else { return }
        let suffix = literal.drop { $0.isNumber || $0 == "_" }
        let new = line.replacingCharacters(in: range, with: "= \(value)\(suffix)")
        context.record(
            FixOutcome(
                item: item, subject: subject, edits: [.replace(line: found.location.line, with: [new], in: file.path)],
                change: "set `\(name)` to \(value)"))
    }

    mutating func activation(_ context: inout FixContext) {
        setConstant(ConstantKey.capacity, to: 3, item: "unincluded-segment-capacity", &context) { $0 < 2 }
        let velocity = runtime.constant(ConstantKey.velocity) ?? 1
        setConstant(ConstantKey.blockTime, to: 6000 / max(1, velocity), item: "six-second-blocks", &context) {
            $0 != 6000 / max(1, velocity)
        }
        allowMultipleBlocks(&context)
        minimumPeriod(&context)
        blockWeight(&context)
    }

    /// `type AllowMultipleBlocksPerSlot = ConstBool<true>;` in `impl pallet_aura::Config`.
    mutating func allowMultipleBlocks(_ context: inout FixContext) {
        if runtime.allowMultipleBlocksPerSlot?.value == true { return }
        let change = "set `type AllowMultipleBlocksPerSlot = ConstBool<true>;` in `impl pallet_aura::Config`"
        guard let (file, impl, _) = impl(of: "pallet_aura::Config"), let close = file.closingBraceLine(of: impl) else {
            context.manual(
                "multiple-blocks-per-slot", subject, change, reason: "no `impl pallet_aura::Config for Runtime` found",
                file: runtime.allowMultipleBlocksPerSlot?.file, line: runtime.allowMultipleBlocksPerSlot?.line)
            return
        }
        let constBool = file.mentions("ConstBool") ? "ConstBool" : "frame_support::traits::ConstBool"
        let line = file.innerIndentation(of: impl) + "type AllowMultipleBlocksPerSlot = \(constBool)<true>;"
        var edit = TextEdit.insert([line], before: close, in: file.path)
        if let existing = impl.impl?.associatedType(named: "AllowMultipleBlocksPerSlot") {
            guard file.ownsItsLines(existing), existing.attributes(named: "cfg").isEmpty else {
                context.manual(
                    "multiple-blocks-per-slot", subject, change, reason: "the item is conditional or shares its line",
                    file: file.path, line: existing.location.line)
                return
            }
            let range = file.lines(of: existing)
            edit = TextEdit(file: file.path, start: range.lowerBound, end: range.upperBound + 1, lines: [line])
        }
        context.record(FixOutcome(item: "multiple-blocks-per-slot", subject: subject, edits: [edit], change: change))
    }

    /// `type MinimumPeriod = ConstU64<0>;` in `impl pallet_timestamp::Config`.
    mutating func minimumPeriod(_ context: inout FixContext) {
        if runtime.minimumPeriodMs?.value == 0 { return }
        let change = "set `type MinimumPeriod = ConstU64<0>;` in `impl pallet_timestamp::Config`"
        guard let (file, impl, _) = impl(of: "pallet_timestamp::Config"),
            let existing = impl.impl?.associatedType(named: "MinimumPeriod"), file.ownsItsLines(existing),
            existing.attributes(named: "cfg").isEmpty
        else {
            context.manual(
                "minimum-period-zero", subject, change, reason: "the item is missing, conditional or shares its line",
                file: runtime.minimumPeriodMs?.file, line: runtime.minimumPeriodMs?.line)
            return
        }
        let range = file.lines(of: existing)
        let line =
            file.document.indentation(of: range.lowerBound) + "type MinimumPeriod = \(Self.constU64(in: file))<0>;"
        context.record(
            FixOutcome(
                item: "minimum-period-zero", subject: subject,
                edits: [TextEdit(file: file.path, start: range.lowerBound, end: range.upperBound + 1, lines: [line])],
                change: change))
    }

    /// The ref-time part of `MAXIMUM_BLOCK_WEIGHT` to two seconds (`WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2)`).
    mutating func blockWeight(_ context: inout FixContext) {
        guard let fact = runtime.maxBlockWeightRefTimeMs, fact.value < 2000 else { return }
        let change = "give `MAXIMUM_BLOCK_WEIGHT` 2 s of ref-time (`WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2)`)"
        guard let file = files.first(where: { $0.path == fact.file }),
            let entry = file.allItems.first(where: { $0.item.kind == .constant && $0.item.location.line == fact.line }),
            !file.tokens[entry.item.tokenRange].contains(where: { $0.isIdent("cfg") })
        else {
            context.manual(
                "two-second-block-weight", subject, change,
                reason: "the weight constant is outside this runtime's sources or depends on a cargo feature",
                file: fact.file, line: fact.line)
            return
        }
        let range = file.lines(of: entry.item)
        let candidates = [
            "WEIGHT_REF_TIME_PER_SECOND.saturating_div(2)", "WEIGHT_REF_TIME_PER_SECOND / 2",
            "WEIGHT_REF_TIME_PER_SECOND.saturating_div(4)", "WEIGHT_REF_TIME_PER_SECOND / 4",
        ]
        for number in range {
            let text = file.document.line(number)
            guard let pattern = candidates.first(where: { text.contains($0) }) else { continue }
            let new = text.replacingOccurrences(
                of: pattern, with: "WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2)", maxReplacements: 1)
            context.record(
                FixOutcome(
                    item: "two-second-block-weight", subject: subject,
                    edits: [.replace(line: number, with: [new], in: file.path)], change: change))
            return
        }
        context.manual(
            "two-second-block-weight", subject, change,
            reason: "the ref-time expression is not one this fixer recognises",
            file: fact.file, line: fact.line)
    }
}
