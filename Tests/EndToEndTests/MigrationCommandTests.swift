import Foundation
import Testing

/// `paraready plan` and `paraready fix` through the built binary, on copies of the bundled examples.
@Suite struct MigrationCommandTests {
    static let examples = CLIRunner.packageRoot.appendingPathComponent("content/examples")

    /// A copy of an example in a fresh folder; committed to a new git repository when `git` is true.
    struct Copy {
        let url: URL

        init(_ example: String, git: Bool) throws {
            let parent = FileManager.default.temporaryDirectory.appendingPathComponent(
                "paraready-e2e-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            url = parent.appendingPathComponent(example)
            try FileManager.default.copyItem(
                at: MigrationCommandTests.examples.appendingPathComponent(example), to: url)
            if git {
                for command in [
                    ["init", "-q"], ["add", "-A"],
                    ["-c", "user.email=test@example.invalid", "-c", "user.name=test", "commit", "-qm", "base"],
                ] {
                    #expect(shell(["git"] + command) == 0)
                }
            }
        }

        @discardableResult
        func shell(_ command: [String]) -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = command
            process.currentDirectoryURL = url
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return -1 }
            process.waitUntilExit()
            return process.terminationStatus
        }

        func read(_ path: String) throws -> Data { try Data(contentsOf: url.appendingPathComponent(path)) }

        /// Every file's bytes, to show a tree did not change.
        func snapshot() throws -> [String: Data] {
            var out: [String: Data] = [:]
            let enumerator = FileManager.default.enumerator(atPath: url.path)
            while let path = enumerator?.nextObject() as? String {
                guard !path.hasPrefix(".git"), !path.contains("/.git") else { continue }
                var isDirectory: ObjCBool = false
                FileManager.default.fileExists(atPath: url.appendingPathComponent(path).path, isDirectory: &isDirectory)
                if !isDirectory.boolValue { out[path] = try read(path) }
            }
            return out
        }

        func remove() { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    }

    @Test func planDefaultsToTheNextStage() throws {
        let result = try CLIRunner.run(["plan", Self.examples.appendingPathComponent("legacy-template").path])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Migration plan: not-started → runtime-prepared\n"))
        #expect(result.stdout.contains("[fix] consensus-hook — runtime/src/lib.rs:"))
        #expect(result.stdout.contains("[manual] sdk-version"))
    }

    @Test func planJSONAndMarkdown() throws {
        let path = Self.examples.appendingPathComponent("phase1-prepared").path
        let json = try CLIRunner.run(["plan", path, "--to", "enabled", "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "paraready.plan/1")
        #expect(object["from"] as? String == "runtime-prepared")
        #expect(object["to"] as? String == "enabled")
        let steps = try #require(object["steps"] as? [[String: Any]])
        #expect(steps.contains { $0["item"] as? String == "lookahead-collator" && $0["automatic"] as? Bool == true })
        let markdown = try CLIRunner.run(["plan", path, "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("# Migration plan: `runtime-prepared` → `node-ready`"))
    }

    @Test func badTargetIsAUsageError() throws {
        let result = try CLIRunner.run([
            "plan", Self.examples.appendingPathComponent("legacy-template").path, "--to", "elastic",
        ])
        #expect(result.status != 0)
        #expect(!result.stderr.isEmpty)
    }

    @Test func fixPrintsADiffAndChangesNothing() throws {
        let copy = try Copy("legacy-template", git: true)
        defer { copy.remove() }
        let before = try copy.snapshot()
        let result = try CLIRunner.run(["fix", copy.url.path])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("diff --git a/runtime/Cargo.toml b/runtime/Cargo.toml\n"))
        #expect(result.stderr.contains("left to do by hand"))
        #expect(try copy.snapshot() == before)
    }

    @Test func writeAppliesAtomicallyAndIsIdempotent() throws {
        let copy = try Copy("stubbed-api", git: true)
        defer { copy.remove() }
        let diff = try CLIRunner.run(["fix", copy.url.path, "--to", "node-ready"]).stdout
        let written = try CLIRunner.run(["fix", copy.url.path, "--to", "node-ready", "--write"])
        #expect(written.status == 0)
        #expect(written.stdout == "changed node/src/service.rs\nchanged runtime/src/lib.rs\n")
        let patch = copy.url.deletingLastPathComponent().appendingPathComponent("fix.diff")
        try Data(diff.utf8).write(to: patch)
        #expect(copy.shell(["git", "apply", "-R", "--check", patch.path]) == 0, "the written tree is the diff applied")
        let audit = try CLIRunner.run(["audit", copy.url.path, "--format", "json", "--fail-on", "never"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [String: Any])
        #expect(report["stage"] as? String == "node-ready")
        #expect(copy.shell(["git", "-c", "user.email=t@e.invalid", "-c", "user.name=t", "commit", "-qam", "fix"]) == 0)
        let again = try CLIRunner.run(["fix", copy.url.path, "--to", "node-ready"])
        #expect(again.status == 0)
        #expect(again.stdout.isEmpty)
    }

    @Test func dirtyTreeIsRefusedUnlessForced() throws {
        let copy = try Copy("legacy-template", git: true)
        defer { copy.remove() }
        let lib = copy.url.appendingPathComponent("runtime/src/lib.rs")
        var text = try String(contentsOf: lib, encoding: .utf8)
        text += "\n// work in progress\n"
        try Data(text.utf8).write(to: lib)
        let before = try copy.snapshot()
        let refused = try CLIRunner.run(["fix", copy.url.path, "--write"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("uncommitted changes"))
        #expect(refused.stderr.contains("runtime/src/lib.rs"))
        #expect(try copy.snapshot() == before)
        let forced = try CLIRunner.run(["fix", copy.url.path, "--write", "--force"])
        #expect(forced.status == 0)
        let after = try String(contentsOf: lib, encoding: .utf8)
        #expect(after.contains("type ConsensusHook = ConsensusHook;"))
        #expect(after.hasSuffix("// work in progress\n"))
    }

    @Test func outsideGitNeedsForce() throws {
        let copy = try Copy("phase1-prepared", git: false)
        defer { copy.remove() }
        let refused = try CLIRunner.run(["fix", copy.url.path, "--write"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("not a git repository"))
        #expect(refused.stderr.contains("--force"))
        let forced = try CLIRunner.run(["fix", copy.url.path, "--write", "--force"])
        #expect(forced.status == 0)
        #expect(forced.stdout.contains("changed node/src/service.rs"))
    }

    @Test func readOnlyRepositoryIsAClearErrorWithNoPartialWrite() throws {
        let copy = try Copy("legacy-template", git: true)
        defer {
            copy.shell(["chmod", "-R", "u+w", "."])
            copy.remove()
        }
        let before = try copy.snapshot()
        // Only the node's service is read-only: the runtime files, checked first, would be writable.
        #expect(copy.shell(["chmod", "a-w", "node/src/service.rs"]) == 0)
        let result = try CLIRunner.run(["fix", copy.url.path, "--to", "node-ready", "--write"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("node/src/service.rs"))
        #expect(result.stderr.contains("read-only"))
        #expect(try copy.snapshot() == before)
    }

    @Test func symlinkOutOfTheRepositoryIsRefused() throws {
        let copy = try Copy("phase1-prepared", git: true)
        defer { copy.remove() }
        let outside = copy.url.deletingLastPathComponent().appendingPathComponent("elsewhere.rs")
        try FileManager.default.copyItem(at: copy.url.appendingPathComponent("node/src/service.rs"), to: outside)
        try FileManager.default.removeItem(at: copy.url.appendingPathComponent("node/src/service.rs"))
        try FileManager.default.createSymbolicLink(
            at: copy.url.appendingPathComponent("node/src/service.rs"), withDestinationURL: outside)
        #expect(
            copy.shell(["git", "-c", "user.email=t@e.invalid", "-c", "user.name=t", "commit", "-qam", "link"]) == 0)
        let original = try Data(contentsOf: outside)
        let result = try CLIRunner.run(["fix", copy.url.path, "--write"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("outside the repository"))
        #expect(try Data(contentsOf: outside) == original)
    }

    @Test func enabledRepositoryHasNothingToDo() throws {
        let result = try CLIRunner.run(["fix", Self.examples.appendingPathComponent("enabled-template").path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no further stage"))
    }
}
