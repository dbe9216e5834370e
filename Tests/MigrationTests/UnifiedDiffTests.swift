import Foundation
import Testing

@testable import Migration

@Suite struct UnifiedDiffTests {
    @Test func insertionHasExactHunkHeader() throws {
        let document = SourceDocument(path: "a.rs", text: (1...10).map { "line \($0)\n" }.joined())
        let diff = try UnifiedDiff.render(document, edits: [.insert(["new"], before: 6, in: "a.rs")])
        #expect(
            diff == """
                diff --git a/a.rs b/a.rs
                --- a/a.rs
                +++ b/a.rs
                @@ -3,6 +3,7 @@
                 line 3
                 line 4
                 line 5
                +new
                 line 6
                 line 7
                 line 8

                """)
    }

    @Test func nearbyChangesShareOneHunkAndFarOnesDoNot() throws {
        let document = SourceDocument(path: "a.rs", text: (1...40).map { "l\($0)\n" }.joined())
        let near = try UnifiedDiff.render(
            document, edits: [.replace(line: 5, with: ["x"], in: "a.rs"), .delete(10, 11, in: "a.rs")])
        #expect(near.components(separatedBy: "\n@@").count == 2)
        #expect(near.contains("@@ -2,12 +2,11 @@"))
        let far = try UnifiedDiff.render(
            document, edits: [.replace(line: 5, with: ["x"], in: "a.rs"), .delete(30, 31, in: "a.rs")])
        #expect(far.contains("@@ -2,7 +2,7 @@"))
        #expect(far.contains("@@ -27,7 +27,6 @@"))
    }

    @Test func crlfLinesKeepTheirCarriageReturn() throws {
        let document = SourceDocument(path: "a.rs", text: "a\r\nb\r\nc\r\n")
        #expect(document.newline == "\r\n")
        let changed = try document.applying([.insert(["new"], before: 2, in: "a.rs")])
        #expect(changed.text == "a\r\nnew\r\nb\r\nc\r\n")
        let diff = try UnifiedDiff.render(document, edits: [.insert(["new"], before: 2, in: "a.rs")])
        #expect(diff.hasSuffix(" a\r\n+new\r\n b\r\n c\r\n"))
    }

    @Test func missingFinalNewlineIsMarkedAndKept() throws {
        let document = SourceDocument(path: "a.rs", text: "a\nb\nc")
        let edits: [TextEdit] = [.replace(line: 3, with: ["C"], in: "a.rs")]
        #expect(try document.applying(edits).text == "a\nb\nC")
        let diff = try UnifiedDiff.render(document, edits: edits)
        #expect(diff.hasSuffix("-c\n\\ No newline at end of file\n+C\n\\ No newline at end of file\n"))
        let appended = try UnifiedDiff.render(document, edits: [.insert(["d"], before: 4, in: "a.rs")])
        #expect(appended.hasSuffix("-c\n\\ No newline at end of file\n+c\n+d\n\\ No newline at end of file\n"))
    }

    @Test func overlappingEditsAreRejected() {
        let document = SourceDocument(path: "a.rs", text: "a\nb\nc\n")
        #expect(throws: (any Error).self) {
            try document.applying([.replace(line: 2, with: ["x"], in: "a.rs"), .delete(1, 3, in: "a.rs")])
        }
    }

    @Test func unchangedEditsGiveAnEmptyDiff() throws {
        let document = SourceDocument(path: "a.rs", text: "a\nb\n")
        #expect(try UnifiedDiff.render(document, edits: [.replace(line: 1, with: ["a"], in: "a.rs")]).isEmpty)
    }

    /// Every shape above applies with `git apply` and `patch -p1` and gives the text `applying` gives.
    @Test(arguments: [
        ("a\nb\nc\nd\ne\nf\ng\nh\n", [TextEdit.insert(["x"], before: 1, in: "f.txt")]),
        ("a\r\nb\r\nc\r\n", [TextEdit.replace(line: 2, with: ["B", "B2"], in: "f.txt")]),
        ("a\nb\nc", [TextEdit.insert(["d"], before: 4, in: "f.txt")]),
        ("a\nb\nc", [TextEdit.delete(3, 4, in: "f.txt")]),
        ("a\nb\nc\n", [TextEdit.delete(1, 4, in: "f.txt"), TextEdit.insert(["z"], before: 4, in: "f.txt")]),
    ])
    func diffAppliesWithGitAndPatch(text: String, edits: [TextEdit]) throws {
        let document = SourceDocument(path: "f.txt", text: text)
        let expected = try document.applying(edits).text
        let diff = try UnifiedDiff.render(document, edits: edits)
        for tool in [["git", "apply", "--whitespace=nowarn", "../p.diff"], ["patch", "-s", "-p1", "-i", "../p.diff"]] {
            let scratch = try TemporaryRepository(files: ["f.txt": text], git: false)
            defer { scratch.remove() }
            try Data(diff.utf8).write(to: scratch.url.deletingLastPathComponent().appendingPathComponent("p.diff"))
            let status = try scratch.run(tool)
            #expect(status == 0, "\(tool[0]) failed on\n\(diff)")
            #expect(try String(contentsOf: scratch.url.appendingPathComponent("f.txt"), encoding: .utf8) == expected)
        }
    }
}
