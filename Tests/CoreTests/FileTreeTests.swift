import Foundation
import ParaReadyCore
import Testing

@Suite struct FileTreeTests {
    /// A scratch tree: nested levels, a skipped folder, a symlinked directory and file, a dangling link.
    static func makeTree() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("filetree-\(UUID().uuidString)").path
        let manager = FileManager.default
        func write(_ relative: String, _ text: String) throws {
            let path = root + "/" + relative
            try manager.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: false, encoding: .utf8)
        }
        try write("zombienet.toml", "a")
        try write("Cargo.toml", "[package]")
        try write("scripts/run.sh", "#!/bin/sh\n")
        try write("scripts/notes.md", "not listed")
        try write("target/debug/build.json", "{}")
        try write("a/b/c/d/e/level6.json", "{}")
        try write("a/b/c/d/e/f/level7.json", "{}")
        try write(".config/hidden.toml", "x")
        try manager.createSymbolicLink(atPath: root + "/linked", withDestinationPath: root + "/scripts")
        try manager.createSymbolicLink(atPath: root + "/alias.sh", withDestinationPath: root + "/scripts/run.sh")
        try manager.createSymbolicLink(atPath: root + "/dangling.toml", withDestinationPath: root + "/missing")
        return root
    }

    static func list(_ root: String) -> [String] {
        FileTree.files(under: root, maximumDepth: 6, skipping: ["target"]) { name in
            name != "Cargo.toml" && [".toml", ".json", ".sh"].contains(where: name.hasSuffix)
        }.map(\.path).sorted()
    }

    @Test func listsMatchingFilesWithinTheDepthWithoutFollowingLinks() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(
            Self.list(root) == [
                ".config/hidden.toml", "a/b/c/d/e/level6.json", "alias.sh", "dangling.toml", "scripts/run.sh",
                "zombienet.toml",
            ])
    }

    /// The walk lists what Foundation's directory enumerator lists, given the same depth and skip rules.
    @Test func agreesWithFoundationsEnumerator() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let enumerator = try #require(FileManager.default.enumerator(atPath: root))
        var expected: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name == "target" || enumerator.level > 6 {
                enumerator.skipDescendants()
                continue
            }
            let isDirectory = (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory
            guard !isDirectory, name != "Cargo.toml", [".toml", ".json", ".sh"].contains(where: name.hasSuffix)
            else { continue }
            expected.append(relative)
        }
        #expect(Self.list(root) == expected.sorted())
    }

    @Test func sizesAreTheEntriesOwn() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let sizes = Dictionary(
            uniqueKeysWithValues: FileTree.files(under: root, maximumDepth: 6, skipping: []) { _ in true }.map {
                ($0.path, $0.size)
            })
        #expect(sizes["scripts/run.sh"] == 10)
        #expect(sizes["zombienet.toml"] == 1)
    }

    @Test func aMissingRootListsNothing() {
        #expect(FileTree.files(under: "/nonexistent/paraready", maximumDepth: 6, skipping: []) { _ in true }.isEmpty)
    }
}
