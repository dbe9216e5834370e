import ParaReadyCore

/// The YAML block at the top of a content page, with the known keys typed and every other key kept.
public struct FrontMatter: Sendable, Hashable {
    public var title: String
    public var description: String?
    public var date: SiteDate?
    public var updated: SiteDate?
    public var tags: [String]
    public var draft: Bool
    /// Position among siblings (front matter `weight` or `order`); lower comes first.
    public var weight: Int?
    /// Replaces the last part of the page's URL.
    public var slug: String?
    /// The template to render the page with.
    public var layout: String?
    /// Extra URL paths that redirect to this page.
    public var aliases: [String]
    /// Every key not listed above (`id`, `phase`, `severity`, `milestones`…), for layouts and plugins.
    public var extra: [String: SiteValue]
    /// Where each key's value starts in the page's file (file line, not the YAML block's).
    public var locations: [String: SourceLocation]

    public init(
        title: String = "", description: String? = nil, date: SiteDate? = nil, updated: SiteDate? = nil,
        tags: [String] = [], draft: Bool = false, weight: Int? = nil, slug: String? = nil, layout: String? = nil,
        aliases: [String] = [], extra: [String: SiteValue] = [:], locations: [String: SourceLocation] = [:]
    ) {
        self.title = title
        self.description = description
        self.date = date
        self.updated = updated
        self.tags = tags
        self.draft = draft
        self.weight = weight
        self.slug = slug
        self.layout = layout
        self.aliases = aliases
        self.extra = extra
        self.locations = locations
    }
}
