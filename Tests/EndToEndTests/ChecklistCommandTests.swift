import Foundation
import Testing

/// `paraready checklist` prints the checklist documents of content/checklist in every format.
@Suite struct ChecklistCommandTests {
    static let phases = [
        ("prerequisites", "Prerequisites"), ("runtime", "Phase 1 — runtime preparation"),
        ("node", "Phase 2 — node and collator"), ("activation", "Phase 3 — activation"),
        ("consistency", "Consistency"),
    ]

    /// id → (phase, order, severity, title) read straight from the documents' front matter.
    static func documents() throws -> [String: (phase: String, order: Int, severity: String, title: String)] {
        let folder = CLIRunner.packageRoot.appendingPathComponent("content/checklist")
        var items: [String: (phase: String, order: Int, severity: String, title: String)] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
        where name.hasSuffix(".md") && !name.hasPrefix("_") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            var fields: [String: String] = [:]
            for line in text.components(separatedBy: "\n").dropFirst().prefix(while: { $0 != "---" }) {
                guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" ") else { continue }
                fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            let id = String(name.dropLast(3))
            #expect(fields["id"] == id, "\(name): id")
            items[id] = (
                fields["phase"] ?? "", Int(fields["order"] ?? "") ?? 0, fields["severity"] ?? "",
                fields["title"] ?? ""
            )
        }
        return items
    }

    /// The ids in the order the checklist is worked through: by phase, then by order.
    static func orderedIDs() throws -> [String] {
        let documents = try documents()
        let phaseIndex = Dictionary(uniqueKeysWithValues: phases.enumerated().map { ($1.0, $0) })
        return documents.keys.sorted {
            let a = documents[$0]!
            let b = documents[$1]!
            return (phaseIndex[a.phase] ?? 9, a.order, $0) < (phaseIndex[b.phase] ?? 9, b.order, $1)
        }
    }

    @Test func jsonListsEveryDocumentOnceInWorkingOrder() throws {
        let result = try CLIRunner.run(["checklist", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "not an object")
        #expect(document["schema"] as? String == "paraready.checklist/1")
        let items = document["items"] as? [[String: Any]] ?? []
        let ids = items.map { $0["id"] as? String ?? "" }
        #expect(ids.count == 30)
        #expect(Set(ids).count == ids.count, "duplicate ids")
        #expect(ids == (try Self.orderedIDs()))
        let documents = try Self.documents()
        for item in items {
            let id = item["id"] as? String ?? ""
            #expect(item["severity"] as? String == documents[id]?.severity, "\(id)")
            #expect(item["phase"] as? String == documents[id]?.phase, "\(id)")
            #expect(item["path"] as? String == "checklist/\(id).md", "\(id)")
            #expect((item["body"] as? String ?? "").contains("## The change"), "\(id)")
        }
    }

    @Test func textGroupsItemsByPhaseAndNumbersThem() throws {
        let result = try CLIRunner.run(["checklist"])
        #expect(result.status == 0)
        let documents = try Self.documents()
        var phase: String?
        var seen: [String] = []
        for line in result.stdout.components(separatedBy: "\n") where !line.isEmpty {
            if let match = Self.phases.first(where: { $0.1 == line }) {
                phase = match.0
                continue
            }
            let entry = try require(
                line.firstMatch(of: /^  (\d+)\. (.+) \[([a-z0-9-]+), (error|warning|info)\]$/), "unexpected: \(line)")
            let id = String(entry.3)
            let document = try require(documents[id], "unknown id \(id)")
            #expect(document.phase == phase, "\(id) under the wrong phase")
            #expect(Int(entry.1) == document.order && String(entry.2) == document.title)
            #expect(String(entry.4) == document.severity)
            seen.append(id)
        }
        #expect(seen == (try Self.orderedIDs()))
    }

    @Test func markdownIsATaskListWithOneHeadingPerPhase() throws {
        let result = try CLIRunner.run(["checklist", "--format", "markdown"])
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines.first == "# Async-backing enablement checklist")
        #expect(lines.filter { $0.hasPrefix("## ") } == Self.phases.map { "## \($0.1)" })
        let ids = lines.compactMap {
            $0.firstMatch(of: /^- \[ \] \*\*.+\*\* \(`([a-z0-9-]+)`, (?:error|warning|info)\)/)?.1
        }
        .map(String.init)
        #expect(ids == (try Self.orderedIDs()))
    }

    @Test func aBrokenChecklistFolderIsExitTwoWithALocation() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("paraready-checklist-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try
            "---\nid: broken\ntitle: Broken\nphase: nowhere\norder: 1\nseverity: error\napplies-to: runtime\n---\n\nText.\n"
            .write(to: folder.appendingPathComponent("broken.md"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["checklist", "--checklist-dir", folder.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("broken.md:4:"), "\(result.stderr)")
    }
}
