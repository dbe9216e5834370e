/// The result of one checklist item for one subject (a runtime, a node, or the repository).
public struct Finding: Codable, Hashable, Sendable {
    public enum Status: String, Codable, Sendable, CaseIterable {
        case pass, fail, warn
        case notApplicable = "not-applicable"
        case unknown
    }

    /// The checklist item id (the rule is registered under it).
    public var item: String
    public var severity: ChecklistItem.Severity
    public var status: Status
    /// What the finding concerns: `runtime:runtime` (with `@variant`), `node:node`, or `repository`.
    public var subject: String
    public var message: String
    public var file: String?
    public var line: Int?
    public var column: Int?
    /// The offending source line, as it stands in the repository.
    public var sourceLine: String?
    /// The value the item expects (`6000`, `ConstBool<true>`…).
    public var expected: String?
    /// The value found, when one was found.
    public var actual: String?
    /// The concrete change to make.
    public var change: String?

    public init(
        item: String, severity: ChecklistItem.Severity, status: Status, subject: String, message: String,
        at evidence: Evidence? = nil, expected: String? = nil, actual: String? = nil, change: String? = nil
    ) {
        self.item = item
        self.severity = severity
        self.status = status
        self.subject = subject
        self.message = message
        self.file = evidence?.file
        self.line = evidence?.line
        self.column = evidence.map { $0.column ?? 1 }
        self.expected = expected
        self.actual = actual
        self.change = change
    }

    /// Whether this finding asks for work (a failure or a warning).
    public var isProblem: Bool { status == .fail || status == .warn }
}
