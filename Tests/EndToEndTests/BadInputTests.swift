import Foundation
import Testing

/// `paraready inspect` and `paraready audit` on broken repositories: each gives a clear error (exit 2, naming
/// file:line:column) or a recorded warning (in the facts JSON and the text output), never a crash or a hang.
@Suite struct BadInputTests {
    /// A scratch copy of the `enabled-template` example that one test breaks; removed when released.
    final class Scratch {
        let root: URL

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("paraready-bad-\(UUID().uuidString)")
            // Contents only: copyItem would also copy owners, which fails for a user other than the checkout's.
            let example = CLIRunner.packageRoot.appendingPathComponent("content/examples/enabled-template")
            let files = FileManager.default
            try files.createDirectory(at: root, withIntermediateDirectories: true)
            let entries = files.enumerator(atPath: example.path)?.allObjects as? [String] ?? []
            for relative in entries {
                let source = example.appendingPathComponent(relative)
                let target = root.appendingPathComponent(relative)
                var isDirectory: ObjCBool = false
                _ = files.fileExists(atPath: source.path, isDirectory: &isDirectory)
                if isDirectory.boolValue {
                    try files.createDirectory(at: target, withIntermediateDirectories: true)
                } else {
                    try Data(contentsOf: source).write(to: target)
                }
            }
        }

        deinit {
            // Undo chmod 000 so that the tree can be removed.
            if let paths = FileManager.default.enumerator(atPath: root.path) {
                for case let path as String in paths {
                    chmod(root.appendingPathComponent(path).path, 0o755)
                }
            }
            try? FileManager.default.removeItem(at: root)
        }

        var path: String { root.path }

        func write(_ relative: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: root.appendingPathComponent(relative))
        }

        func write(_ relative: String, _ text: String) throws {
            try write(relative, Array(text.utf8))
        }

        func append(_ relative: String, _ text: String) throws {
            let url = root.appendingPathComponent(relative)
            try write(relative, Array(try Data(contentsOf: url)) + Array(text.utf8))
        }
    }

    /// Whether this process can read a file whose mode is 000 (root can): then chmod cannot make input unreadable.
    static let readsUnreadableFiles: Bool = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("paraready-mode-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: path.path, contents: Data("x".utf8))
        defer { try? FileManager.default.removeItem(at: path) }
        chmod(path.path, 0)
        return FileManager.default.isReadableFile(atPath: path.path) && (try? Data(contentsOf: path)) != nil
    }()

    static let commands = ["inspect", "audit"]

    /// Runs a command on a tree with JSON output (audit never fails on findings, so only input errors count).
    static func run(_ command: String, _ path: String, format: String = "json") throws -> CLIRunner.Result {
        var arguments = [command, path, "--format", format]
        if command == "audit" { arguments += ["--fail-on", "never"] }
        return try CLIRunner.run(arguments)
    }

    /// The analysis warnings of an inspect (facts) or audit (report with embedded facts) JSON output.
    static func warnings(_ result: CLIRunner.Result) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
        let facts = object["facts"] as? [String: Any] ?? object
        return facts["warnings"] as? [[String: Any]] ?? []
    }

    /// Expects exit 2 with one `paraready: FILE:LINE:COLUMN: error: …` message and nothing on standard output.
    static func expectInputError(
        _ result: CLIRunner.Result, file: String, message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(result.status == 2, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
        let pattern = "^paraready: " + NSRegularExpression.escapedPattern(for: file) + ":[0-9]+:[0-9]+: error: "
        #expect(
            result.stderr.range(of: pattern, options: .regularExpression) != nil, "\(result.stderr)",
            sourceLocation: sourceLocation)
        #expect(result.stderr.contains(message), "\(result.stderr)", sourceLocation: sourceLocation)
    }

    @Test(arguments: commands)
    func malformedWorkspaceManifest(command: String) throws {
        let tree = try Scratch()
        try tree.write("Cargo.toml", "[workspace]\nmembers = [\"runtime\", \"node\"\n")
        let result = try Self.run(command, tree.path)
        Self.expectInputError(result, file: "Cargo.toml", message: "malformed TOML")
        #expect(result.stderr.hasPrefix("paraready: Cargo.toml:2:"))
    }

    @Test(arguments: commands)
    func malformedMemberManifest(command: String) throws {
        let tree = try Scratch()
        try tree.append("runtime/Cargo.toml", "\n[features\nextra = []\n")
        Self.expectInputError(try Self.run(command, tree.path), file: "runtime/Cargo.toml", message: "malformed TOML")
    }

    @Test(arguments: commands)
    func manifestThatIsNotUTF8(command: String) throws {
        let tree = try Scratch()
        try tree.write("Cargo.toml", Array("[workspace]\n# caf".utf8) + [0xE9] + Array("\nmembers = []\n".utf8))
        let result = try Self.run(command, tree.path)
        Self.expectInputError(result, file: "Cargo.toml", message: "UTF-8")
        #expect(result.stderr.hasPrefix("paraready: Cargo.toml:2:"))
    }

    @Test(arguments: commands)
    func malformedLockFile(command: String) throws {
        let tree = try Scratch()
        try tree.write("Cargo.lock", "version = 4\n\n[[package]\nname = \"x\"\n")
        let result = try Self.run(command, tree.path)
        Self.expectInputError(result, file: "Cargo.lock", message: "malformed TOML")
        #expect(result.stderr.hasPrefix("paraready: Cargo.lock:3:"))
    }

    @Test(arguments: commands)
    func sourceFileThatIsNotUTF8IsAWarning(command: String) throws {
        let tree = try Scratch()
        try tree.write("runtime/src/legacy.rs", Array("pub const X: u32 = 1;\n// caf".utf8) + [0xE9, 0x0A])
        try tree.append("runtime/src/lib.rs", "\nmod legacy;\n")
        let result = try Self.run(command, tree.path)
        #expect(result.status == 0, "\(result.stderr)")
        let warning = try #require(
            try Self.warnings(result).first { ($0["file"] as? String) == "runtime/src/legacy.rs" })
        #expect(warning["line"] as? Int == 2)
        #expect(warning["column"] as? Int == 7)
        #expect((warning["message"] as? String)?.contains("not valid UTF-8") == true)
        // The rest of the runtime is still read.
        #expect(result.stdout.contains("\"UNINCLUDED_SEGMENT_CAPACITY\""))
        let text = try Self.run(command, tree.path, format: "text")
        #expect(text.status == 0)
        #expect(text.stdout.contains("runtime/src/legacy.rs:2"))
        #expect(text.stdout.contains("not valid UTF-8"))
    }

    @Test(
        .enabled(if: !BadInputTests.readsUnreadableFiles, "running as root: chmod 000 does not stop reads"),
        arguments: commands)
    func unreadableSourceFileIsAWarning(command: String) throws {
        let tree = try Scratch()
        chmod(tree.root.appendingPathComponent("runtime/src/apis.rs").path, 0)
        let result = try Self.run(command, tree.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.warnings(result).contains { ($0["file"] as? String) == "runtime/src/apis.rs" })
    }

    @Test(
        .enabled(if: !BadInputTests.readsUnreadableFiles, "running as root: chmod 000 does not stop reads"),
        arguments: commands)
    func unreadableWorkspaceManifestIsAnError(command: String) throws {
        let tree = try Scratch()
        chmod(tree.root.appendingPathComponent("Cargo.toml").path, 0)
        let result = try Self.run(command, tree.path)
        Self.expectInputError(result, file: "Cargo.toml", message: "cannot read")
    }

    /// A member that cannot be read is left out with a warning at the `members` entry naming it.
    @Test(
        .enabled(if: !BadInputTests.readsUnreadableFiles, "running as root: chmod 000 does not stop reads"),
        arguments: commands)
    func unreadableMemberManifestIsAWarning(command: String) throws {
        let tree = try Scratch()
        chmod(tree.root.appendingPathComponent("runtime/Cargo.toml").path, 0)
        let result = try Self.run(command, tree.path)
        #expect(result.status == 0, "\(result.stderr)")
        let warning = try #require(
            try Self.warnings(result).first { ($0["message"] as? String)?.contains("runtime/Cargo.toml") == true })
        #expect(warning["file"] as? String == "Cargo.toml")
        #expect((warning["message"] as? String)?.contains("cannot be read") == true)
    }

    /// Without its root file a crate cannot be read at all: that is an error, not a warning.
    @Test(arguments: commands)
    func crateRootThatIsNotUTF8IsAnError(command: String) throws {
        let tree = try Scratch()
        try tree.write("runtime/src/lib.rs", Array("//! Runtime.\n#![no_std]\n// \u{0}".utf8) + [0xFF, 0x0A])
        let result = try Self.run(command, tree.path)
        Self.expectInputError(result, file: "runtime/src/lib.rs", message: "not valid UTF-8")
        #expect(result.stderr.hasPrefix("paraready: runtime/src/lib.rs:3:5: "))
    }

    @Test(arguments: commands)
    func symlinkLoopsAreWarningsNotHangs(command: String) throws {
        let tree = try Scratch()
        let source = tree.root.appendingPathComponent("runtime/src")
        let files = FileManager.default
        // A module file that is a loop of two links, a directory link to its own parent, and a dangling link.
        try files.createSymbolicLink(
            atPath: source.appendingPathComponent("cycle.rs").path, withDestinationPath: "loop.rs")
        try files.createSymbolicLink(
            atPath: source.appendingPathComponent("loop.rs").path, withDestinationPath: "cycle.rs")
        try files.createSymbolicLink(atPath: source.appendingPathComponent("again").path, withDestinationPath: "..")
        try files.createSymbolicLink(
            atPath: tree.root.appendingPathComponent("launch.toml").path, withDestinationPath: "nowhere.toml")
        try tree.append("runtime/src/lib.rs", "\nmod cycle;\n")
        let result = try Self.run(command, tree.path)
        #expect(result.status == 0, "\(result.stderr)")
        let warning = try #require(
            try Self.warnings(result).first { ($0["message"] as? String)?.contains("symlink loop") == true })
        #expect(warning["file"] as? String == "runtime/src/lib.rs")
        #expect((warning["message"] as? String)?.contains("runtime/src/cycle.rs") == true)
    }

    @Test(arguments: commands)
    func folderWithoutManifestIsNotARepository(command: String) throws {
        let tree = try Scratch()
        try FileManager.default.removeItem(at: tree.root.appendingPathComponent("Cargo.toml"))
        let result = try Self.run(command, tree.path)
        Self.expectInputError(result, file: tree.path, message: "no Cargo.toml")
    }

    @Test(arguments: commands)
    func emptyFolderIsNotARepository(command: String) throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent(
            "paraready-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        Self.expectInputError(try Self.run(command, empty.path), file: empty.path, message: "no Cargo.toml")
    }

    @Test(arguments: commands)
    func missingPathIsAnError(command: String) throws {
        let missing = "/no/such/paraready-repository"
        Self.expectInputError(try Self.run(command, missing), file: missing, message: "no such directory")
    }

    @Test(arguments: commands)
    func fileInsteadOfFolderIsAnError(command: String) throws {
        let tree = try Scratch()
        let result = try Self.run(command, tree.root.appendingPathComponent("Cargo.toml").path)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("paraready: "))
        #expect(result.stdout.isEmpty)
    }
}
