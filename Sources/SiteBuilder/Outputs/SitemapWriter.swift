import ParaReadyCore

/// Writes `sitemap.xml` and `robots.txt`.
enum SitemapWriter {
    static func xml(_ entries: [SitemapEntry], config: SiteConfig) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(entries.count * 96 + 128)
        out += Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".utf8)
        out += Array("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n".utf8)
        for entry in entries.sorted(by: { $0.url < $1.url }) {
            out += Array("<url><loc>".utf8)
            HTMLBytes.appendEscaped(config.absoluteURL(entry.url).utf8, to: &out)
            out += Array("</loc>".utf8)
            if let date = entry.lastModified { out += Array("<lastmod>\(date.iso8601)</lastmod>".utf8) }
            out += Array("</url>\n".utf8)
        }
        out += Array("</urlset>\n".utf8)
        return out
    }

    static func robots(config: SiteConfig) -> String {
        "User-agent: *\nAllow: /\nSitemap: \(config.absoluteURL("/sitemap.xml"))\n"
    }
}
