#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Walks a directory tree with `opendir`/`readdir`, without following symbolic links. Foundation's directory
/// enumerator builds every path through `NSString` path methods, which took a few percent of an `inspect`.
public enum FileTree {
    /// One entry found by ``files(under:maximumDepth:skipping:where:)``.
    public struct Entry: Sendable, Hashable {
        /// The path relative to the walked root (`a/b/c.toml`).
        public var path: String
        /// The entry's own size in bytes (a symbolic link's is that of the link, as `lstat` gives it).
        public var size: Int
    }

    /// The non-directory entries under `root` whose name passes `include`, at most `maximumDepth` levels down (an
    /// entry directly in `root` is at level 1). Directories named in `skipping` are not entered; symbolic links
    /// are listed, never followed; unreadable directories are passed over. The order is unspecified.
    public static func files(
        under root: String, maximumDepth: Int, skipping: Set<String>, where include: (String) -> Bool
    ) -> [Entry] {
        var found: [Entry] = []
        walk(
            root, relative: "", level: 1, maximumDepth: maximumDepth, skipping: skipping, include: include,
            into: &found)
        return found
    }

    private static func walk(
        _ directory: String, relative: String, level: Int, maximumDepth: Int, skipping: Set<String>,
        include: (String) -> Bool, into found: inout [Entry]
    ) {
        guard level <= maximumDepth, let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        var subdirectories: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." || skipping.contains(name) { continue }
            let path = directory + "/" + name
            var type = entry.pointee.d_type
            var info = stat()
            var haveInfo = false
            if type == UInt8(DT_UNKNOWN) {
                guard lstat(path, &info) == 0 else { continue }
                haveInfo = true
                type = info.st_mode & S_IFMT == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
            }
            if type == UInt8(DT_DIR) {
                subdirectories.append(name)
                continue
            }
            guard include(name) else { continue }
            if !haveInfo && lstat(path, &info) != 0 { continue }
            found.append(Entry(path: relative + name, size: Int(info.st_size)))
        }
        for name in subdirectories {
            walk(
                directory + "/" + name, relative: relative + name + "/", level: level + 1, maximumDepth: maximumDepth,
                skipping: skipping, include: include, into: &found)
        }
    }
}
