import Foundation
import ParaReadyCore

/// Writes a fix into a repository safely: only inside it, only over committed files (unless forced), every
/// target checked writable before the first write, each file replaced atomically.
public struct RepositoryWriter: Sendable {
    /// The repository root as given.
    public let root: String
    /// Skip the clean-tree check.
    public let force: Bool

    public init(root: String, force: Bool) {
        self.root = root
        self.force = force
    }

    /// Writes `contents` (repository-relative paths) and returns the paths written.
    public func write(_ contents: [(path: String, text: String)]) throws(ParaReadyError) -> [String] {
        guard !contents.isEmpty else { return [] }
        let base = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
        var targets: [(path: String, absolute: String, text: String)] = []
        for entry in contents {
            let absolute = try resolve(entry.path, base: base)
            targets.append((entry.path, absolute, entry.text))
        }
        if !force { try requireClean(targets.map(\.path), base: base) }
        for target in targets {
            let directory = (target.absolute as NSString).deletingLastPathComponent
            guard Self.writable(target.absolute), Self.writable(directory) else {
                throw ParaReadyError(
                    .io, "cannot write: the file or its folder is read-only; nothing was changed", file: target.path)
            }
        }
        var written: [String] = []
        for target in targets {
            try AtomicFile.write(target.text, to: target.absolute)
            written.append(target.path)
        }
        return written
    }

    /// Writable for this process, and not marked read-only for everyone (root ignores the mode bits, we do not).
    static func writable(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return access(path, W_OK) == 0 && info.st_mode & 0o222 != 0
    }

    /// The real path of `path` inside `base`, symlinks resolved; an error when it leaves the repository.
    func resolve(_ path: String, base: String) throws(ParaReadyError) -> String {
        guard !path.hasPrefix("/") else {
            throw ParaReadyError(.usage, "refusing to write an absolute path", file: path)
        }
        let resolved = URL(fileURLWithPath: base + "/" + path).standardizedFileURL.resolvingSymlinksInPath().path
        guard resolved.hasPrefix(base + "/") else {
            throw ParaReadyError(
                .usage, "refusing to write outside the repository", file: path, causes: ["resolves to \(resolved)"])
        }
        return resolved
    }

    /// Fails when any of `paths` has uncommitted changes, or when `base` is not a git work tree.
    func requireClean(_ paths: [String], base: String) throws(ParaReadyError) {
        let inside = Self.git(["rev-parse", "--is-inside-work-tree"], in: base)
        guard inside.status == 0, inside.output.hasPrefix("true") else {
            throw ParaReadyError(
                .usage, "\(root) is not a git repository, so uncommitted work cannot be protected",
                causes: ["commit the repository first, or pass --force to write anyway"])
        }
        let status = Self.git(["status", "--porcelain", "--"] + paths, in: base)
        guard status.status == 0 else {
            throw ParaReadyError(.io, "git status failed", causes: [status.output])
        }
        let dirty = status.output.split(separator: "\n").map { String($0.dropFirst(3)) }
        if !dirty.isEmpty {
            throw ParaReadyError(
                .conflict, "files the fix would change have uncommitted changes",
                causes: dirty + ["commit or stash them, or pass --force"])
        }
    }

    static func git(_ arguments: [String], in directory: String) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            return (127, "\(error)")
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
