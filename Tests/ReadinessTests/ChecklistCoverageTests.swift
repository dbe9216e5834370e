import Foundation
import ParaReadyCore
import Testing

@testable import Readiness

/// The checklist documents and the rules must describe the same items: the documentation drives the product.
@Suite struct ChecklistCoverageTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func everyDocumentHasARuleAndEveryRuleADocument() throws {
        let checklist = try Checklist.bundled()
        let auditor = Auditor(checklist: checklist)
        let (withoutRule, withoutDocument) = auditor.mismatches()
        #expect(withoutRule.isEmpty, "documents without a rule: \(withoutRule)")
        #expect(withoutDocument.isEmpty, "rules without a document: \(withoutDocument)")
        #expect(checklist.items.count == RuleRegistry.all.count)
    }

    @Test func bundledChecklistMatchesTheContentFolder() throws {
        let folder = Self.packageRoot.appendingPathComponent("content/checklist").path
        let onDisk = try Checklist.load(directory: folder)
        let bundled = try Checklist.bundled()
        let stale =
            onDisk.items.filter { bundled[$0.id] != $0 }.map(\.id)
            + bundled.items.filter { onDisk[$0.id] == nil }.map(\.id)
        #expect(stale.isEmpty, "embedded copy differs for \(stale); run `make embed` after editing content/checklist")
    }

    @Test func everyDocumentHasTheSectionsReportsLinkTo() throws {
        for item in try Checklist.bundled().items {
            for heading in ["What it is", "Why it matters", "The change", "How paraready checks it", "Related"] {
                #expect(item.section(named: heading) != nil, "\(item.path) lacks '## \(heading)'")
            }
        }
    }

    @Test func everyItemIsLinkedFromAGuide() throws {
        let guides = Self.packageRoot.appendingPathComponent("content/guides")
        let names = try FileManager.default.contentsOfDirectory(atPath: guides.path).filter { $0.hasSuffix(".md") }
        let text = try names.map { try String(contentsOf: guides.appendingPathComponent($0), encoding: .utf8) }.joined()
        for item in try Checklist.bundled().items {
            #expect(text.contains("checklist/\(item.id).md"), "no guide links to \(item.id)")
        }
    }
}
