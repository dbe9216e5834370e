import Foundation
import Testing

/// `paraready render [FILE|-] [--toc] [--unsafe]` through the built binary.
@Suite struct RenderCommandTests {
    /// A scratch directory for one test, removed afterwards by the caller.
    static func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "paraready-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    static func isOneLine(_ text: String) -> Bool {
        text.hasSuffix("\n") && !text.dropLast().contains("\n")
    }

    @Test func missingFileIsOneLineAndExitTwo() throws {
        let result = try CLIRunner.run(["render", "no/such/page.md"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(Self.isOneLine(result.stderr))
        #expect(result.stderr.contains("no/such/page.md:1:1: error: no such file"))
    }

    @Test func directoryIsOneLineAndExitTwo() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CLIRunner.run(["render", directory.path])
        #expect(result.status == 2)
        #expect(Self.isOneLine(result.stderr))
        #expect(result.stderr.contains("is a directory"))
    }

    @Test func nonUTF8IsOneLineWithTheLineAndExitTwo() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("latin1.md")
        try Data("# Title\n\ncaf".utf8 + [0xE9] + Data(" au lait\n".utf8)).write(to: file)
        let result = try CLIRunner.run(["render", file.path])
        #expect(result.status == 2)
        #expect(Self.isOneLine(result.stderr))
        #expect(result.stderr.contains("latin1.md:3:4: error: file is not valid UTF-8"))
    }

    @Test func nonUTF8OnStandardInputIsOneLineAndExitTwo() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("bad.md")
        try Data([0x61, 0xFF, 0x0A]).write(to: file)
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["render", "-"]
        process.standardInput = try FileHandle(forReadingFrom: file)
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(Self.isOneLine(stderr))
        #expect(stderr.contains("<stdin>:1:2: error: file is not valid UTF-8"))
    }

    @Test func tocPrintsANestedNavBeforeTheBody() throws {
        let result = try CLIRunner.run(
            ["render", "--toc", "-"], stdin: "# Guide\n\n## Phase 1\n\n#### Deep\n\n## Phase 1\n\nText.\n")
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let expectedNav = """
            <nav class="toc">
            <ul>
            <li><a href="#guide">Guide</a>
            <ul>
            <li><a href="#phase-1">Phase 1</a>
            <ul>
            <li><a href="#deep">Deep</a></li>
            </ul>
            </li>
            <li><a href="#phase-1-1">Phase 1</a></li>
            </ul>
            </li>
            </ul>
            </nav>

            """
        #expect(result.stdout.hasPrefix(expectedNav))
        #expect(result.stdout.contains("<h4 id=\"deep\">Deep</h4>"))
        #expect(result.stdout.contains("<h2 id=\"phase-1-1\">Phase 1</h2>"))
    }

    @Test func withoutTocThereIsNoNavAndNoIds() throws {
        let result = try CLIRunner.run(["render", "-"], stdin: "# Guide\n")
        #expect(result.status == 0)
        #expect(result.stdout == "<h1>Guide</h1>\n")
    }

    @Test func rawHTMLIsFilteredUnlessUnsafe() throws {
        let source = "<div class=\"note\">hi</div>\n\n[x](javascript:alert(1))\n"
        let safe = try CLIRunner.run(["render", "-"], stdin: source)
        #expect(safe.status == 0)
        #expect(!safe.stdout.contains("<div"))
        #expect(!safe.stdout.contains("javascript:"))
        let unsafe = try CLIRunner.run(["render", "--unsafe", "-"], stdin: source)
        #expect(unsafe.status == 0)
        #expect(unsafe.stdout.contains("<div class=\"note\">hi</div>"))
    }

    @Test func crafted1MiBInputIsRejectedWithItsShapeAndLine() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("crafted.md")
        try Data(("# Fine\n\n" + String(repeating: "![[]()", count: 180_000) + "\n").utf8).write(to: file)
        let result = try CLIRunner.run(["render", file.path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(Self.isOneLine(result.stderr))
        #expect(result.stderr.contains("crafted.md:3:1: error: untrusted Markdown rejected (bracket-stack)"))
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        let source = "# A\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\nText[^1] www.example.com\n\n[^1]: Note.\n"
        let first = try CLIRunner.run(["render", "--toc", "-"], stdin: source)
        let second = try CLIRunner.run(["render", "--toc", "-"], stdin: source)
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
    }
}
