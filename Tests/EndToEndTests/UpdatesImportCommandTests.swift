import Foundation
import Testing

/// `paraready updates import` through the built CLI: dry runs write nothing, imports are idempotent, edits update
/// entries, and a truncated export stops before anything is written.
@Suite struct UpdatesImportCommandTests {
    static let fixtures = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/discourse")

    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("paraready-import-\(UUID())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file below `directory` with its bytes.
    static func snapshot(_ directory: URL) -> [String: Data] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var files: [String: Data] = [:]
        for name in names {
            files[name] = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path)
        }
        return files
    }

    @Test(arguments: ["topic.json", "topic.rss"])
    func importIsIdempotentAndDryRunWritesNothing(export: String) throws {
        let root = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let into = root.appendingPathComponent("updates")
        let file = Self.fixtures.appendingPathComponent(export).path

        let dry = try CLIRunner.run(["updates", "import", file, "--into", into.path, "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(Self.snapshot(into).isEmpty)

        let first = try CLIRunner.run(["updates", "import", file, "--into", into.path])
        #expect(first.status == 0, "\(first.stderr)")
        let written = Self.snapshot(into)
        #expect(written.count == 7)
        #expect(first.stdout.contains("7 created"))
        for (name, data) in written {
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.hasPrefix("---\n"), "\(name)")
            // Post text that looked like markup stays text: only backslash-escaped forms may remain.
            let live = #"(^|[^\\])<script|(^|[^\\])\]\(javascript:"#
            #expect(text.lowercased().range(of: live, options: .regularExpression) == nil, "\(name)")
        }

        let again = try CLIRunner.run(["updates", "import", file, "--into", into.path])
        #expect(again.status == 0)
        #expect(again.stdout.contains("0 created, 0 updated, 7 unchanged"))
        #expect(Self.snapshot(into) == written)
    }

    @Test func editedPostUpdatesItsEntry() throws {
        let root = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let into = root.appendingPathComponent("updates")
        _ = try CLIRunner.run([
            "updates", "import", Self.fixtures.appendingPathComponent("topic.json").path, "--into", into.path,
        ])
        let before = Self.snapshot(into)
        let edited = try CLIRunner.run([
            "updates", "import", Self.fixtures.appendingPathComponent("topic-edited.json").path, "--into", into.path,
        ])
        #expect(edited.status == 0, "\(edited.stderr)")
        let after = Self.snapshot(into)
        #expect(Set(after.keys).isSuperset(of: before.keys))
        let changed = after.keys.filter { before[$0] != nil && before[$0] != after[$0] }
        #expect(!changed.isEmpty)
        #expect(!edited.stdout.contains(" 0 updated"))
    }

    @Test(arguments: ["topic-truncated.json", "topic-truncated.rss"])
    func truncatedExportWritesNothing(export: String) throws {
        let root = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let into = root.appendingPathComponent("updates")
        let result = try CLIRunner.run([
            "updates", "import", Self.fixtures.appendingPathComponent(export).path, "--into", into.path,
        ])
        #expect(result.status == 2)
        // file:line:column of the place the export breaks off.
        #expect(result.stderr.range(of: "\(export):[0-9]+:[0-9]+: error", options: .regularExpression) != nil)
        #expect(Self.snapshot(into).isEmpty)
    }
}
