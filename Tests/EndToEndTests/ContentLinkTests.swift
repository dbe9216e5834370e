import Foundation
import Testing

/// The bundled content holds together: every checklist item is taught by a guide and points back to a guide
/// section, and the whole site passes its own link and anchor checks.
@Suite struct ContentLinkTests {
    static let content = CLIRunner.packageRoot.appendingPathComponent("content")

    static func markdownFiles(in folder: String) throws -> [(name: String, text: String)] {
        let directory = content.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".md") && !$0.hasPrefix("_") }
            .sorted()
            .map { ($0, try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8)) }
    }

    @Test func everyChecklistItemIsReferencedByAGuide() throws {
        let guides = try Self.markdownFiles(in: "guides").map(\.text).joined(separator: "\n")
        let items = try Self.markdownFiles(in: "checklist")
        #expect(items.count >= 30)
        for item in items {
            let id = String(item.name.dropLast(3))
            #expect(guides.contains("checklist/\(id).md"), "no guide links to checklist/\(id).md")
        }
    }

    @Test func everyChecklistItemLinksToAGuideSection() throws {
        let section = #"\]\((\.\./)?guides/[a-z0-9-]+\.md#[a-z0-9-]+\)"#
        for item in try Self.markdownFiles(in: "checklist") {
            #expect(item.text.range(of: section, options: .regularExpression) != nil, "\(item.name)")
        }
    }

    @Test func siteCheckPassesOnTheBundledContent() throws {
        let result = try CLIRunner.run(["site", "check"])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
    }
}
