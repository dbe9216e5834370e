import CMarkGFM

/// Registers cmark-gfm's GFM extensions exactly once per process.
enum CMarkExtensions {
    /// The order extensions are attached in: fixed, so output never depends on `Set` iteration order.
    static let attachOrder: [MarkdownExtension] = [.table, .tasklist, .strikethrough, .autolink, .tagfilter]

    /// Swift initialises a global `let` exactly once, even under concurrent first use.
    private static let registration: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()

    static func ensureRegistered() {
        _ = registration
    }
}
