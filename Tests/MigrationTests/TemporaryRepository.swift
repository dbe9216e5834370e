import Foundation

/// A scratch folder (optionally a git repository with one commit) inside its own parent, for patches beside it.
struct TemporaryRepository {
    let url: URL

    init(files: [String: String], git: Bool) throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("paraready-mig-\(UUID().uuidString)")
        url = parent.appendingPathComponent("repo")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (path, text) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        if git { try commitAll() }
    }

    /// A copy of `source` (a folder) as a committed git repository.
    init(copying source: URL, git: Bool = true) throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("paraready-mig-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        url = parent.appendingPathComponent("repo")
        try FileManager.default.copyItem(at: source, to: url)
        if git { try commitAll() }
    }

    func commitAll() throws {
        for command in [
            ["git", "init", "-q"], ["git", "add", "-A"],
            ["git", "-c", "user.email=test@example.invalid", "-c", "user.name=test", "commit", "-qm", "base"],
        ] {
            guard try run(command) == 0 else { throw CocoaError(.fileWriteUnknown) }
        }
    }

    /// Runs a command in the repository; returns its exit status.
    @discardableResult
    func run(_ command: [String], output: UnsafeMutablePointer<String>? = nil) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.currentDirectoryURL = url
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        output?.pointee = String(decoding: data, as: UTF8.self)
        return process.terminationStatus
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url.deletingLastPathComponent())
    }
}
