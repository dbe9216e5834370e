import Foundation
import ParaReadyCore
import Testing

@Suite struct EscapingTests {
    @Test func htmlEscapesEveryMarkupCharacter() {
        #expect(
            Escaping.html("<a href=\"x\">Tom & 'Jerry'</a>")
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
    }

    @Test func xmlDropsCharactersXMLCannotCarry() {
        #expect(Escaping.xml("a\u{0}b\u{1B}c<") == "abc&lt;")
        #expect(Escaping.xml("tab\tok") == "tab\tok")
    }
}

@Suite struct TextFileTests {
    @Test func invalidUTF8NamesLineAndColumn() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pr-core-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("bad.md").path
        FileManager.default.createFile(atPath: path, contents: Data([0x61, 0x0A, 0x62, 0x63, 0xFF]))
        #expect(throws: ParaReadyError.self) { try TextFile.read(path) }
        do {
            _ = try TextFile.read(path, displayPath: "bad.md")
        } catch {
            #expect(error.kind == .encoding)
            #expect(error.location == SourceLocation(file: "bad.md", line: 2, column: 3))
        }
    }

    @Test func missingFileAndDirectoryAreErrors() throws {
        #expect(throws: ParaReadyError.self) { try TextFile.read("/definitely/not/here") }
        #expect(throws: ParaReadyError.self) { try TextFile.read(NSTemporaryDirectory()) }
    }

    @Test func errorPrintsAsLocatedChain() {
        let error = ParaReadyError(
            .syntax, "malformed TOML", at: SourceLocation(file: "Cargo.toml", line: 5, column: 47)
        )
        .causedBy("expected key or closing '}'")
        #expect(error.description == "Cargo.toml:5:47: error: malformed TOML\n  caused by: expected key or closing '}'")
    }
}

@Suite struct AtomicFileTests {
    @Test func replacesContentAndLeavesNoTemporaryFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pr-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.txt").path
        try AtomicFile.write("first", to: path)
        try AtomicFile.write("second", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.txt"])
    }

    @Test func failsCleanlyInMissingDirectory() {
        #expect(throws: ParaReadyError.self) { try AtomicFile.write("x", to: "/no/such/dir/out.txt") }
    }
}
