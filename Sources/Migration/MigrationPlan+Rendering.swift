import Foundation
import ParaReadyCore
import Readiness

extension MigrationPlan {
    /// The plan as plain text for a terminal.
    public func renderText() -> String {
        var out = "Migration plan: \(from.rawValue) → \(to.rawValue)\n"
        out += "\(steps.count) steps: \(automaticCount) made by `paraready fix`, \(manualCount) by hand\n"
        var phase: ChecklistItem.Phase?
        for (number, step) in steps.enumerated() {
            if step.phase != phase {
                phase = step.phase
                out += "\n\(step.phase.title)\n"
            }
            let mark = step.automatic ? "fix" : "manual"
            out += "\n\(number + 1). [\(mark)] \(step.item) — \(step.location)\n"
            out += "   \(step.change)\n"
            if let reason = step.manualReason { out += "   why manual: \(reason)\n" }
            for note in step.liveNetwork ?? [] { out += "   live network: \(note)\n" }
        }
        if !notes.isEmpty {
            out += "\nNotes\n"
            for note in notes { out += "- \(note)\n" }
        }
        return out
    }

    /// The plan as GitHub-flavoured Markdown (for a pull request or an issue).
    public func renderMarkdown() -> String {
        var out = "# Migration plan: `\(from.rawValue)` → `\(to.rawValue)`\n\n"
        out += "\(steps.count) steps: \(automaticCount) made by `paraready fix`, \(manualCount) by hand.\n"
        var phase: ChecklistItem.Phase?
        for (number, step) in steps.enumerated() {
            if step.phase != phase {
                phase = step.phase
                out += "\n## \(step.phase.title)\n\n"
            }
            let box = step.automatic ? "automatic" : "manual"
            out += "\(number + 1). **\(step.item)** (\(box)) — `\(step.location)`: \(markdownInline(step.change))\n"
            if let reason = step.manualReason { out += "   - Why manual: \(markdownInline(reason))\n" }
            for note in step.liveNetwork ?? [] { out += "   - Live network: \(markdownInline(note))\n" }
        }
        if !notes.isEmpty {
            out += "\n## Notes\n\n"
            for note in notes { out += "- \(markdownInline(note))\n" }
        }
        return out
    }

    /// The plan as canonical JSON (`paraready.plan/1`).
    public func renderJSON() throws(ParaReadyError) -> String {
        do {
            return try CanonicalJSON.string(self)
        } catch {
            throw ParaReadyError(.internal, "cannot encode the plan", causes: ["\(error)"])
        }
    }

    private func markdownInline(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ")
    }
}
