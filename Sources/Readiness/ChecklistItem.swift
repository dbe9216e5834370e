/// One checklist item: the front matter of `content/checklist/<id>.md` plus its Markdown body.
///
/// The document is the single source of truth for the item's title, phase, severity and help text; the rule
/// that checks it is registered under the same id.
public struct ChecklistItem: Sendable, Hashable, Codable {
    public enum Phase: String, Sendable, Codable, CaseIterable, Comparable {
        case prerequisites, runtime, node, activation, consistency

        public static func < (lhs: Phase, rhs: Phase) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }

        /// The heading reports use for the phase.
        public var title: String {
            switch self {
            case .prerequisites: "Prerequisites"
            case .runtime: "Phase 1 — runtime preparation"
            case .node: "Phase 2 — node and collator"
            case .activation: "Phase 3 — activation"
            case .consistency: "Consistency"
            }
        }
    }

    public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
        case info, warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public enum Subject: String, Sendable, Codable {
        case runtime, node, repository
    }

    public var id: String
    public var title: String
    public var phase: Phase
    public var order: Int
    public var severity: Severity
    public var appliesTo: Subject
    /// True when the item only makes sense for Aura chains.
    public var auraOnly: Bool
    public var symbols: [String]
    public var since: String?
    /// Relative link to the guide section that explains the item.
    public var guide: String?
    /// The Markdown body (after the front matter).
    public var body: String
    /// The document's path relative to the content root (`checklist/consensus-hook.md`).
    public var path: String

    /// The text under `## The change`, the concrete edit a report suggests.
    public var changeSection: String? { section(named: "The change") }

    /// The text under `## What it is`, the short help a SARIF rule carries.
    public var summary: String? { section(named: "What it is") }

    /// The Markdown under a `## heading` of the body, without the heading.
    public func section(named heading: String) -> String? {
        var collecting = false
        var lines: [Substring] = []
        var inFence = false
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inFence.toggle() }
            if !inFence && line.hasPrefix("## ") {
                if collecting { break }
                collecting = line.dropFirst(3).trimmingCharacters() == heading
                continue
            }
            if collecting { lines.append(line) }
        }
        let text = lines.joined(separator: "\n").trimmingCharacters()
        return collecting || !text.isEmpty ? (text.isEmpty ? nil : text) : nil
    }
}

extension StringProtocol {
    func trimmingCharacters() -> String {
        var slice = Substring(self)
        while let f = slice.first, f.isWhitespace { slice.removeFirst() }
        while let l = slice.last, l.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
