import CMarkGFM
import Synchronization

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

    /// Held while cmark-gfm parses inlines (`cmark_parser_finish`).
    ///
    /// In 0.29.0.gfm.6 each parser adds its extensions' special characters (`~`, `|`, `:`, `w`) to one
    /// process-wide table when its inline pass starts and removes them when it ends, so a document finishing on
    /// one thread can switch off strikethrough or autolinks in the middle of another thread's inline pass. Block
    /// parsing, walking and HTML rendering stay concurrent; only the inline pass is serialised.
    static let inlinePassLock = Mutex(())
}
