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
    /// The canonical identity of `path` (symlinks resolved), or why it has none.
    func canonicalPath(_ path: String) -> Result<String, CanonicalPathFailure>
}

/// Why a path has no canonical form.
public enum CanonicalPathFailure: Error, Sendable, Hashable {
    case missing
    case symlinkLoop
    case other(String)
}

/// Reads files from the file system with ``TextFile``.
public struct DiskSourceProvider: SourceProvider {
    public init() {}

    public func read(_ path: String, displayPath: String) throws(ParaReadyError) -> String {
        try TextFile.read(path, displayPath: displayPath)
    }

    public func fileExists(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists { return !isDirectory.boolValue }
        // A dangling or looping symlink still "exists" as a name: report it so the loader can say why.
        var info = stat()
        return lstat(path, &info) == 0
    }

    public func canonicalPath(_ path: String) -> Result<String, CanonicalPathFailure> {
        guard let resolved = realpath(path, nil) else {
            switch errno {
            case ELOOP: return .failure(.symlinkLoop)
            case ENOENT, ENOTDIR: return .failure(.missing)
            default: return .failure(.other(String(cString: strerror(errno))))
            }
        }
        defer { free(resolved) }
        return .success(String(cString: resolved))
    }
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
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
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
        let name = path.split(separator: "/").last.map(String.init) ?? path
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
