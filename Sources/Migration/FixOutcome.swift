import Foundation

/// What `paraready fix` does for one checklist item of one subject: edits, or a manual instruction.
public struct FixOutcome: Hashable, Sendable, Codable {
    /// The checklist item id.
    public var item: String
    /// The subject as findings name it (`runtime:runtime`, `node:node`, `repository`).
    public var subject: String
    /// The edits, empty for a manual step.
    public var edits: [TextEdit]
    /// The change in one sentence.
    public var change: String
    /// Why the fixer leaves this to a person (nil when it makes the change itself).
    public var manualReason: String?
    /// Where to look or edit.
    public var file: String?
    public var line: Int?
    /// The item whose edits also make this change (the node's items come with the switch of collator).
    public var partOf: String?

    public init(
        item: String, subject: String, edits: [TextEdit], change: String, manualReason: String? = nil,
        file: String? = nil, line: Int? = nil, partOf: String? = nil
    ) {
        self.item = item
        self.subject = subject
        self.edits = edits
        self.change = change
        self.manualReason = manualReason
        self.file = file ?? edits.first?.file
        self.line = line ?? edits.first.map { $0.start }
        self.partOf = partOf
    }

    /// Whether `fix` makes this change.
    public var automatic: Bool { manualReason == nil && (!edits.isEmpty || partOf != nil) }
}
