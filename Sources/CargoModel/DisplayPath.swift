import ParaReadyCore

/// Repository-relative paths as the user sees them: `/`-separated, normalised, `.` for the root.
enum DisplayPath {
    /// Joins and normalises: `join("runtime", "../pallets/x")` is `pallets/x`; escaping the root keeps `..`.
    static func join(_ base: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return normalize(relative) }
        if base.isEmpty || base == "." { return normalize(relative) }
        return normalize(base + "/" + relative)
    }

    static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for component in path.split(byte: UInt8(ascii: "/")) {
            if component == "." { continue }
            if component == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            if component == "..", absolute { continue }
            parts.append(component)
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// The file `name` inside the display directory `directory`.
    static func file(_ directory: String, _ name: String) -> String {
        directory == "." || directory.isEmpty ? name : directory + "/" + name
    }

    /// True when `path` is `ancestor` or below it.
    static func isWithin(_ path: String, _ ancestor: String) -> Bool {
        if ancestor == "." { return !path.hasPrefix("../") && path != ".." && !path.hasPrefix("/") }
        return path == ancestor || path.hasPrefix(ancestor + "/")
    }
}
