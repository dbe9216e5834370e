import ParaReadyCore

/// Writes `sitemap.xml` and `robots.txt`.
enum SitemapWriter {
    static func xml(_ entries: [SitemapEntry], config: SiteConfig) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for entry in entries.sorted(by: { $0.url < $1.url }) {
            out += "<url><loc>\(Escaping.xml(config.absoluteURL(entry.url)))</loc>"
            if let date = entry.lastModified { out += "<lastmod>\(date.iso8601)</lastmod>" }
            out += "</url>\n"
        }
        return out + "</urlset>\n"
    }

    static func robots(config: SiteConfig) -> String {
        "User-agent: *\nAllow: /\nSitemap: \(config.absoluteURL("/sitemap.xml"))\n"
    }
}
