import CMarkGFM

/// The GFM extensions every document gets, registered exactly once per process.
enum CMarkExtensions {
    static let names = ["table", "tasklist", "strikethrough", "autolink", "tagfilter"]

    /// Swift initialises a global `let` exactly once, even under concurrent first use.
    private static let registration: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()

    static func ensureRegistered() {
        _ = registration
    }
}
