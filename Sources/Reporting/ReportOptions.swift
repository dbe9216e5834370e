import Foundation

/// Choices shared by the audit renderers.
public struct ReportOptions: Sendable {
    /// How a finding links to its checklist item: `{id}` is replaced (e.g. `../checklist/{id}.md` or a site URL).
    public var checklistLink: String
    /// The project's name as the report title shows it.
    public var projectName: String
    /// ANSI colours in text output.
    public var colour: Bool
    /// Show passing and not-applicable items in text output too.
    public var verbose: Bool

    public init(
        checklistLink: String = "https://paraready.dev/checklist/{id}/", projectName: String = "repository",
        colour: Bool = false, verbose: Bool = false
    ) {
        self.checklistLink = checklistLink
        self.projectName = projectName
        self.colour = colour
        self.verbose = verbose
    }

    func link(_ id: String) -> String { checklistLink.replacingOccurrences(of: "{id}", with: id) }
}
