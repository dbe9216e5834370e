import Foundation

/// The repository's configuration and launch files (zombienet TOML/JSON, shell scripts), listed once per audit.
enum ConfigFiles {
    static let skippedFolders: Set<String> = [".git", "target", "node_modules", ".build", "_site", "vendor"]
    static let suffixes = [".toml", ".json", ".sh"]
    static let maximumDepth = 6
    static let maximumSize = 2_000_000

    /// Relative paths, sorted; `Cargo.toml`/`Cargo.lock` and files over 2 MB are left out.
    static func list(root: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            // The last component, without bridging to NSString (the enumerator's paths never end in `/`).
            let name = relative.lastIndex(of: "/").map { String(relative[relative.index(after: $0)...]) } ?? relative
            if skippedFolders.contains(name) || enumerator.level > maximumDepth {
                enumerator.skipDescendants()
                continue
            }
            guard suffixes.contains(where: name.hasSuffix), name != "Cargo.toml" else { continue }
            let size = (enumerator.fileAttributes?[.size] as? Int) ?? 0
            if size < maximumSize { found.append(relative) }
        }
        return found.sorted()
    }
}
