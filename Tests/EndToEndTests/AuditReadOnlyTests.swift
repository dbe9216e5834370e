import Foundation
import Testing

/// `paraready audit` never writes inside the audited repository: every file keeps its bytes and mode and no
/// file or folder appears, in every format, with and without `--output` (pointing outside the repository).
@Suite struct AuditReadOnlyTests {
    /// Path → type, permissions and (for files) the full content of everything under `root`.
    static func snapshot(_ root: URL) throws -> [String: String] {
        var entries: [String: String] = [:]
        let manager = FileManager.default
        let enumerator = try require(
            manager.enumerator(at: root, includingPropertiesForKeys: nil, options: []), "cannot list \(root.path)")
        for case let url as URL in enumerator {
            let relative = String(url.path.dropFirst(root.path.count))
            let attributes = try manager.attributesOfItem(atPath: url.path)
            let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
            let type = attributes[.type] as? FileAttributeType
            if type == .typeDirectory {
                entries[relative] = "dir mode \(String(mode, radix: 8))"
            } else {
                let data = try Data(contentsOf: url)
                entries[relative] =
                    "file mode \(String(mode, radix: 8)) \(data.count) bytes \(data.base64EncodedString())"
            }
        }
        return entries
    }

    static func copy(_ example: String) throws -> URL {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("paraready-ro-\(UUID())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let target = scratch.appendingPathComponent(example)
        try FileManager.default.copyItem(
            at: CLIRunner.packageRoot.appendingPathComponent("content/examples/\(example)"), to: target)
        return target
    }

    @Test(arguments: ["legacy-template", "feature-variants", "omni-node-runtime"])
    func auditLeavesTheRepositoryByteIdentical(example: String) throws {
        let repository = try Self.copy(example)
        defer { try? FileManager.default.removeItem(at: repository.deletingLastPathComponent()) }
        // One file read-only and one executable: modes must survive too.
        let manifest = repository.appendingPathComponent("Cargo.toml")
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: manifest.path)
        let before = try Self.snapshot(repository)
        #expect(before.count > 5)
        let outside = repository.deletingLastPathComponent().appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        for format in ["text", "json", "sarif", "markdown", "html"] {
            let plain = try CLIRunner.run(
                ["audit", repository.path, "--format", format, "--fail-on", "never"],
                currentDirectory: repository)
            #expect(plain.status == 0, "\(format): \(plain.stderr)")
            #expect(!plain.stdout.isEmpty)
            let report = outside.appendingPathComponent("report.\(format)")
            let written = try CLIRunner.run(
                ["audit", ".", "--format", format, "--output", report.path, "--fail-on", "never"],
                currentDirectory: repository)
            #expect(written.status == 0, "\(format): \(written.stderr)")
            #expect(written.stdout.isEmpty, "with --output nothing goes to standard output")
            #expect(try String(contentsOf: report, encoding: .utf8) == plain.stdout, "\(format): same report")
        }
        let after = try Self.snapshot(repository)
        let added = Set(after.keys).subtracting(before.keys).sorted()
        let removed = Set(before.keys).subtracting(after.keys).sorted()
        let changed = before.keys.filter { after[$0] != nil && after[$0] != before[$0] }.sorted()
        #expect(added.isEmpty, "files added inside the repository: \(added)")
        #expect(removed.isEmpty, "files removed: \(removed)")
        #expect(changed.isEmpty, "files changed: \(changed)")
        let siblings = try FileManager.default.contentsOfDirectory(atPath: repository.deletingLastPathComponent().path)
        #expect(siblings.sorted() == [example, "reports"], "nothing written beside the repository either")
    }

    /// The snapshot itself must notice a change, or the test above proves nothing.
    @Test func snapshotNoticesContentModeAndNewFiles() throws {
        let repository = try Self.copy("phase1-prepared")
        defer { try? FileManager.default.removeItem(at: repository.deletingLastPathComponent()) }
        let before = try Self.snapshot(repository)
        let manifest = repository.appendingPathComponent("Cargo.toml")
        let mode = try #require(
            try FileManager.default.attributesOfItem(atPath: manifest.path)[.posixPermissions] as? NSNumber)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: manifest.path)
        #expect(try Self.snapshot(repository) != before)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: manifest.path)
        #expect(try Self.snapshot(repository) == before)
        let original = try Data(contentsOf: manifest)
        try (original + Data(" ".utf8)).write(to: manifest)
        #expect(try Self.snapshot(repository) != before)
        try original.write(to: manifest)
        try Data("x".utf8).write(to: repository.appendingPathComponent("runtime/new.rs"))
        #expect(try Self.snapshot(repository).count == before.count + 1)
    }
}
