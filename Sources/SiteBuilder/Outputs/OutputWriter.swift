import Foundation
import ParaReadyCore

#if canImport(Glibc)
    import Glibc
#endif

/// Writes the built site into a fresh staging folder next to the output folder, then swaps it in.
///
/// The staging folder (`<output>.staging-<pid>`) is created empty, so nothing in it can be a symbolic link the
/// build did not make; every path written is checked by `PathGuard` and joined below the staging root. A
/// failed build removes the staging folder and leaves the previous output as it was. `commit()` renames the
/// old output away, the staging folder in, and removes the old one.
final class OutputWriter: @unchecked Sendable {
    let output: String
    let staging: String
    private let lock = NSLock()
    private var createdDirectories: Set<String> = [""]
    private(set) var bytesWritten = 0
    private(set) var filesWritten = 0
    /// Writes straight into an existing output folder (each file by temp file and rename), for `site serve`.
    let live: Bool

    /// A writer that updates `output` in place, one file at a time, each replaced atomically.
    init(live output: String) throws(ParaReadyError) {
        self.output = output.hasSuffix("/") ? String(output.dropLast()) : output
        staging = self.output
        live = true
        try Self.makeDirectories(self.output)
    }

    /// Prepares a staging folder for `output` (an absolute path).
    init(output: String) throws(ParaReadyError) {
        self.output = output.hasSuffix("/") ? String(output.dropLast()) : output
        staging = self.output + ".staging-\(getpid())"
        live = false
        let parent = (self.output as NSString).deletingLastPathComponent
        try Self.makeDirectories(parent.isEmpty ? "." : parent)
        Self.removeTree(staging)
        guard mkdir(staging, 0o755) == 0 else {
            throw ParaReadyError(
                .io, "cannot create the staging folder", file: staging, causes: [String(cString: strerror(errno))])
        }
    }

    /// Writes `bytes` at `relative` (already checked by `PathGuard`) below the staging root.
    func write(_ relative: String, _ bytes: UnsafeRawBufferPointer) throws(ParaReadyError) {
        guard !relative.isEmpty, !relative.hasPrefix("/"), !relative.split(separator: "/").contains("..") else {
            throw ParaReadyError(.internal, "refusing to write outside the output folder: \(relative)")
        }
        if let slash = relative.lastIndex(of: "/") { try ensureDirectory(String(relative[..<slash])) }
        let final = staging + "/" + relative
        let path = live ? final + ".paraready-tmp" : final
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else {
            throw ParaReadyError(
                .io, "cannot create output file", file: path, causes: [String(cString: strerror(errno))])
        }
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                let cause = String(cString: strerror(errno))
                close(fd)
                throw ParaReadyError(.io, "cannot write output file", file: path, causes: [cause])
            }
            offset += n
        }
        close(fd)
        if live && rename(path, final) != 0 {
            let cause = String(cString: strerror(errno))
            unlink(path)
            throw ParaReadyError(.io, "cannot replace output file", file: final, causes: [cause])
        }
        lock.lock()
        bytesWritten += bytes.count
        filesWritten += 1
        lock.unlock()
    }

    func write(_ relative: String, text: String) throws(ParaReadyError) {
        var text = text
        let result = text.withUTF8 { buffer in
            Result { () throws(ParaReadyError) in try self.write(relative, UnsafeRawBufferPointer(buffer)) }
        }
        try result.get()
    }

    func write(_ relative: String, bytes: [UInt8]) throws(ParaReadyError) {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(ParaReadyError) in try self.write(relative, buffer) }
        }
        try result.get()
    }

    func write(_ relative: String, data: Data) throws(ParaReadyError) {
        let result = data.withUnsafeBytes { buffer in
            Result { () throws(ParaReadyError) in try self.write(relative, buffer) }
        }
        try result.get()
    }

    /// Copies a file's bytes to `relative`.
    func copy(from source: String, to relative: String) throws(ParaReadyError) {
        guard let data = FileManager.default.contents(atPath: source) else {
            throw ParaReadyError(.io, "cannot read file", file: source)
        }
        try write(relative, data: data)
    }

    private func ensureDirectory(_ relative: String) throws(ParaReadyError) {
        lock.lock()
        let known = createdDirectories.contains(relative)
        lock.unlock()
        if known { return }
        var parts: [Substring] = []
        for part in relative.split(separator: "/") {
            parts.append(part)
            let prefix = parts.joined(separator: "/")
            lock.lock()
            let done = createdDirectories.contains(prefix)
            lock.unlock()
            if done { continue }
            if mkdir(staging + "/" + prefix, 0o755) != 0 && errno != EEXIST {
                throw ParaReadyError(
                    .io, "cannot create output folder", file: staging + "/" + prefix,
                    causes: [String(cString: strerror(errno))])
            }
            lock.lock()
            createdDirectories.insert(prefix)
            lock.unlock()
        }
    }

    /// Swaps the staging folder in place of the output folder.
    func commit() throws(ParaReadyError) {
        let old = output + ".old-\(getpid())"
        Self.removeTree(old)
        var hadOutput = false
        if access(output, F_OK) == 0 {
            guard rename(output, old) == 0 else {
                throw ParaReadyError(
                    .io, "cannot move the previous output aside", file: output,
                    causes: [String(cString: strerror(errno))])
            }
            hadOutput = true
        }
        guard rename(staging, output) == 0 else {
            let cause = String(cString: strerror(errno))
            if hadOutput { rename(old, output) }
            throw ParaReadyError(.io, "cannot move the new output in place", file: output, causes: [cause])
        }
        if hadOutput { Self.removeTree(old) }
    }

    /// Removes the staging folder (after a failed build).
    func discard() {
        if !live { Self.removeTree(staging) }
    }

    /// Removes one output file (live mode: a page or file that no longer exists).
    func remove(_ relative: String) {
        guard live, !relative.isEmpty, !relative.split(separator: "/").contains("..") else { return }
        unlink(staging + "/" + relative)
    }

    static func makeDirectories(_ path: String) throws(ParaReadyError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw ParaReadyError(.io, "cannot create folder", file: path, causes: ["\(error)"])
        }
    }

    static func removeTree(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        try? FileManager.default.removeItem(atPath: path)
    }
}
