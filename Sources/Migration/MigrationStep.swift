import Readiness

/// One step of a migration plan: a checklist item for one subject, where to change it, and how.
public struct MigrationStep: Codable, Hashable, Sendable {
    public var item: String
    public var title: String
    public var phase: ChecklistItem.Phase
    /// `runtime:<path>`, `node:<path>`, `network:<file>` or `repository`.
    public var subject: String
    public var file: String?
    public var line: Int?
    /// The change to make.
    public var change: String
    /// Whether `paraready fix` makes the change.
    public var automatic: Bool
    /// Why the change is left to a person (nil for automatic steps).
    public var manualReason: String?
    /// Ordering constraints on a live network that this step is subject to.
    public var liveNetwork: [String]?

    /// `file:line`, or the subject when the step has no location.
    public var location: String {
        guard let file else { return subject }
        return line.map { "\(file):\($0)" } ?? file
    }
}
