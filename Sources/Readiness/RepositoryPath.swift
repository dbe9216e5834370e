/// Paths relative to the audited repository's root, as facts and findings print them.
enum RepositoryPath {
    /// `runtime` + `src/lib.rs` → `runtime/src/lib.rs`; the root directory is `.` or empty.
    static func join(_ base: String, _ relative: String) -> String {
        base.isEmpty || base == "." ? relative : base + "/" + relative
    }
}
