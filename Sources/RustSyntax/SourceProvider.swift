import Foundation
import ParaReadyCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where ``CrateSource`` reads files from: the disk, or memory in tests.
public protocol SourceProvider: Sendable {
    /// The file's text; errors name `displayPath`.
    func read(_ path: String, displayPath: String) throws(ParaReadyError) -> String
    /// True when a regular file (or a symlink to one) exists at `path`.
    func fileExists(_ path: String) -> Bool
    /// The canonical identity of `path` (symlinks resolved; equal for two paths to the same file), or why it has
    /// none.
    func canonicalPath(_ path: String) -> Result<String, CanonicalPathFailure>
    /// The names in directory `path` (`.` and `..` included), or nil when it cannot be listed. Lets a caller rule
    /// out a missing file without probing it; nil means "probe instead".
    func entries(ofDirectory path: String) -> DirectoryEntries?
}

extension SourceProvider {
    public func entries(ofDirectory path: String) -> DirectoryEntries? { nil }
}

/// One directory's listing.
public struct DirectoryEntries: Sendable {
    /// Every name, `.` and `..` included.
    public var names: Set<String>
    /// The regular files among them (not symlinks) by name, each with its identity as
    /// ``SourceProvider/canonicalPath(_:)`` gives it, so that neither question needs a `stat` of its own.
    public var regularFiles: [String: String]

    public init(names: Set<String>, regularFiles: [String: String] = [:]) {
        self.names = names
        self.regularFiles = regularFiles
    }
}

/// Why a path has no canonical form.
public enum CanonicalPathFailure: Error, Sendable, Hashable {
    case missing
    case symlinkLoop
    case other(String)
}

/// Reads files from the file system: one `open`/`fstat`/`read` per file, with ``TextFile`` producing the error
/// whenever the fast path fails (missing file, directory, invalid UTF-8), so errors read the same.
public struct DiskSourceProvider: SourceProvider {
    public init() {}

    public func read(_ path: String, displayPath: String) throws(ParaReadyError) -> String {
        if let text = Self.readUTF8(path) { return text }
        return try TextFile.read(path, displayPath: displayPath)
    }

    /// The file's text when it is a readable regular file holding valid UTF-8, else nil. The bytes are read
    /// straight into the string's storage: reading into a zeroed buffer and copying it into a string touched
    /// every source file's memory three times, and fresh pages are a large share of an `inspect`.
    static func readUTF8(_ path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(info.st_size)
        var complete = true
        // The initializer below repairs invalid UTF-8 rather than failing, so it keeps only ASCII text, which is
        // valid as it is (nearly every source file); other text is validated strictly from the same buffer.
        var validated: String?
        let ascii = String(unsafeUninitializedCapacity: size) { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            var filled = 0
            while filled < size {
                let got = systemRead(descriptor, base + filled, size - filled)
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else {
                    complete = false
                    return 0
                }
                filled += got
            }
            let bytes = UnsafeBufferPointer(start: base, count: size)
            if Self.isASCII(bytes) { return size }
            validated = String(validating: bytes, as: UTF8.self) ?? ""
            return 0
        }
        // A file that changed size while being read takes the careful path, as does invalid UTF-8.
        guard complete else { return nil }
        guard let validated else { return ascii }
        return validated.utf8.count == size ? validated : nil
    }

    /// Whether every byte is below 0x80, eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        var high: UInt64 = 0
        while index + 8 <= bytes.count {
            high |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < bytes.count {
            high |= UInt64(bytes[index])
            index += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    public func fileExists(_ path: String) -> Bool {
        var info = stat()
        if stat(path, &info) == 0 { return info.st_mode & S_IFMT != S_IFDIR }
        // A dangling or looping symlink still "exists" as a name: report it so the loader can say why.
        return lstat(path, &info) == 0
    }

    public func entries(ofDirectory path: String) -> DirectoryEntries? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        // A regular file's identity is its directory's device and its own inode, both known from the listing.
        var info = stat()
        let device = fstat(dirfd(directory), &info) == 0 ? String(info.st_dev) : nil
        var listing = DirectoryEntries(names: [])
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            listing.names.insert(name)
            if let device, entry.pointee.d_type == UInt8(DT_REG) {
                listing.regularFiles[name] = "\(device):\(entry.pointee.d_ino)"
            }
        }
        return listing
    }

    /// The file's device and inode: one `stat` instead of resolving every path component.
    public func canonicalPath(_ path: String) -> Result<String, CanonicalPathFailure> {
        var info = stat()
        guard stat(path, &info) == 0 else {
            switch errno {
            case ELOOP: return .failure(.symlinkLoop)
            case ENOENT, ENOTDIR: return .failure(.missing)
            default: return .failure(.other(String(cString: strerror(errno))))
            }
        }
        return .success("\(info.st_dev):\(info.st_ino)")
    }
}

/// POSIX `read` (inside the providers `read` names their own method).
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// Serves files from a dictionary of path → text (paths as the loader will ask for them).
public struct MemorySourceProvider: SourceProvider {
    public var files: [String: String]

    public init(files: [String: String]) {
        self.files = files
    }

    public func read(_ path: String, displayPath: String) throws(ParaReadyError) -> String {
        guard let text = files[SourcePath.normalize(path)] else {
            throw ParaReadyError(.io, "no such file", file: displayPath)
        }
        return text
    }

    public func fileExists(_ path: String) -> Bool {
        files[SourcePath.normalize(path)] != nil
    }

    public func canonicalPath(_ path: String) -> Result<String, CanonicalPathFailure> {
        let normalized = SourcePath.normalize(path)
        return files[normalized] != nil ? .success(normalized) : .failure(.missing)
    }
}

/// Lexical path arithmetic (no file system access).
enum SourcePath {
    /// Joins and removes `.` and `..` components lexically: `a/b/../c.rs` → `a/c.rs`.
    static func normalize(_ path: String) -> String {
        if isNormal(path) { return path }
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(byte: UInt8(ascii: "/")) {
            if part == "." { continue }
            if part == ".." {
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !absolute {
                    parts.append(part)
                }
                continue
            }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// True when ``normalize(_:)`` would return `path` unchanged: no empty, `.` or `..` component and no trailing
    /// slash (most paths the loader builds, so the split and join can be skipped).
    static func isNormal(_ path: String) -> Bool {
        path.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !bytes.isEmpty else { return false }
            var componentStart = 0
            for index in 0...bytes.count {
                guard index == bytes.count || bytes[index] == UInt8(ascii: "/") else { continue }
                let length = index - componentStart
                if length == 0 && !(index == 0 && bytes.count > 1) { return false }
                if length == 1 && bytes[componentStart] == UInt8(ascii: ".") { return false }
                if length == 2 && bytes[componentStart] == UInt8(ascii: ".")
                    && bytes[componentStart + 1] == UInt8(ascii: ".")
                {
                    return false
                }
                componentStart = index + 1
            }
            return true
        } ?? false
    }

    static func join(_ directory: String, _ components: String...) -> String {
        var path = directory
        for component in components where !component.isEmpty {
            if component.hasPrefix("/") {
                path = component
            } else {
                path = path.isEmpty || path == "." ? component : path + "/" + component
            }
        }
        return normalize(path)
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// The file name without `.rs`.
    static func stem(of path: String) -> String {
        let name = path.lastPiece(afterByte: UInt8(ascii: "/")).map(String.init) ?? path
        return name.hasSuffix(".rs") ? String(name.dropLast(3)) : name
    }

    /// `path` relative to `root` when it lies under it, else `path` itself.
    static func relative(_ path: String, to root: String) -> String {
        relative(path, toNormalizedRoot: normalize(root))
    }

    /// ``relative(_:to:)`` for a root that is already normalized (the loader normalizes it once).
    static func relative(_ path: String, toNormalizedRoot normalizedRoot: String) -> String {
        let normalizedPath = normalize(path)
        if normalizedRoot == "." { return normalizedPath }
        if normalizedPath == normalizedRoot { return "." }
        let prefix = normalizedRoot.hasSuffix("/") ? normalizedRoot : normalizedRoot + "/"
        return normalizedPath.hasPrefix(prefix) ? String(normalizedPath.dropFirst(prefix.count)) : normalizedPath
    }
}
