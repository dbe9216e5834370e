import ParaReadyCore

/// A link found in a page, waiting to be checked once every page's anchors are known.
struct PendingLink: Sendable, Hashable {
    /// Where the link is written (file line and column).
    var location: SourceLocation
    /// The destination as written.
    var destination: String
    /// The site path it points to (`/guides/x/`), nil when only an anchor on the same page.
    var target: String?
    /// The fragment without `#`, if any.
    var anchor: String?
    /// Set when the link is already known to be broken (missing page, draft, outside the site).
    var problem: String?
}
