import ParaReadyCore

/// Bounds the time cmark-gfm can spend on untrusted input.
///
/// Debian's cmark-gfm 0.29.0.gfm.6 predates the 2023 fixes for several quadratic-time inputs. Untrusted
/// documents are checked before parsing; see docs/markdown-limits.md for the shapes and the reasoning.
enum InputGuard {
    /// The largest untrusted document accepted, in bytes.
    static let maximumBytes = 4 * 1024 * 1024

    static func check(_ source: String) throws(ParaReadyError) {
        if source.utf8.count > maximumBytes {
            throw ParaReadyError(
                .limit,
                "Markdown input is \(source.utf8.count) bytes; untrusted documents are limited to \(maximumBytes) bytes"
            )
        }
    }
}
