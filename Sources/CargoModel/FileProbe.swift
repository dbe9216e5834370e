import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file-system questions workspace loading asks, answered without throwing or following loops forever.
enum FileProbe {
    enum Kind: Equatable {
        case directory
        case file
        case missing
        /// A symbolic link that resolves to itself (ELOOP).
        case symlinkLoop
        /// A socket, device, or a path that cannot be examined.
        case other
    }

    static func kind(_ path: String) -> Kind {
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return .directory
            case S_IFREG: return .file
            default: return .other
            }
        }
        switch errno {
        case ELOOP: return .symlinkLoop
        case ENOENT, ENOTDIR:
            var linkInfo = stat()
            // A dangling symbolic link is reported as missing, like any absent path.
            return lstat(path, &linkInfo) == 0 && (linkInfo.st_mode & S_IFMT) != S_IFLNK ? .other : .missing
        default: return .other
        }
    }

    /// The names in a directory, sorted; empty when it cannot be listed.
    static func list(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    /// The canonical path (symbolic links resolved), or nil.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
