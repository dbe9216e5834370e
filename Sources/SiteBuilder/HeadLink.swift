/// A `<link>` element every page carries in its `<head>` (for example a feed's `rel="alternate"`).
public struct HeadLink: Sendable, Hashable {
    public var rel: String
    /// The media type (`application/atom+xml`).
    public var type: String
    public var title: String
    /// A site path (`/updates/atom.xml`, base path added by the builder) or an absolute URL.
    public var href: String

    public init(rel: String = "alternate", type: String, title: String, href: String) {
        self.rel = rel
        self.type = type
        self.title = title
        self.href = href
    }
}
