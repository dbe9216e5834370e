import ParaReadyCore

/// The repository's configuration and launch files (zombienet TOML/JSON, shell scripts), listed once per audit.
enum ConfigFiles {
    static let skippedFolders: Set<String> = [".git", "target", "node_modules", ".build", "_site", "vendor"]
    static let suffixes = [".toml", ".json", ".sh"]
    static let maximumDepth = 6
    static let maximumSize = 2_000_000

    /// Relative paths, sorted; `Cargo.toml`/`Cargo.lock` and files over 2 MB are left out.
    static func list(root: String) -> [String] {
        FileTree.files(under: root, maximumDepth: maximumDepth, skipping: skippedFolders) { name in
            name != "Cargo.toml" && suffixes.contains(where: name.hasSuffix)
        }
        .filter { $0.size < maximumSize }.map(\.path).sorted()
    }
}
