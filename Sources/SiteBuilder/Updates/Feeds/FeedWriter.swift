import Foundation
import ParaReadyCore

/// Writes a `Feed` as Atom 1.0, RSS 2.0 or JSON Feed 1.1, byte for byte the same for the same feed.
///
/// The XML is written by hand in a fixed element order with `Escaping.xml`; HTML content travels escaped
/// (`type="html"` in Atom, escaped `<description>` in RSS, `content_html` in JSON Feed). Dates come from the
/// items, never from the clock.
public enum FeedWriter {
    static let generator = "ParaReady"

    /// Atom 1.0 (RFC 4287).
    public static func atom(_ feed: Feed) -> String {
        var xml = XMLBuilder()
        xml.open("feed", ["xmlns": "http://www.w3.org/2005/Atom", "xml:lang": feed.language])
        xml.element("title", feed.title)
        xml.element("subtitle", feed.description)
        xml.element("id", feed.atomURL)
        xml.empty("link", ["rel": "self", "type": "application/atom+xml", "href": feed.atomURL])
        xml.empty("link", ["rel": "alternate", "type": "text/html", "href": feed.homePageURL])
        xml.element("updated", feed.updated.rfc3339)
        xml.open("author")
        xml.element("name", feed.defaultAuthor)
        xml.close("author")
        xml.element("generator", generator)
        for item in feed.items {
            xml.open("entry")
            xml.element("title", item.title)
            xml.element("id", item.id)
            xml.empty("link", ["rel": "alternate", "type": "text/html", "href": item.url])
            xml.element("published", item.published.rfc3339)
            xml.element("updated", item.updated.rfc3339)
            for author in item.authors {
                xml.open("author")
                xml.element("name", author)
                xml.close("author")
            }
            for tag in item.tags { xml.empty("category", ["term": tag]) }
            xml.element("content", ["type": "html"], item.contentHTML)
            xml.close("entry")
        }
        xml.close("feed")
        return xml.text
    }

    /// RSS 2.0, with `atom:link rel="self"` and `dc:creator` for authors (RSS's own `author` wants an email).
    public static func rss(_ feed: Feed) -> String {
        var xml = XMLBuilder()
        xml.open(
            "rss",
            [
                "version": "2.0", "xmlns:atom": "http://www.w3.org/2005/Atom",
                "xmlns:dc": "http://purl.org/dc/elements/1.1/",
            ])
        xml.open("channel")
        xml.element("title", feed.title)
        xml.element("link", feed.homePageURL)
        xml.element("description", feed.description)
        xml.element("language", feed.language)
        xml.element("lastBuildDate", feed.updated.rfc822)
        xml.element("generator", generator)
        xml.empty("atom:link", ["href": feed.rssURL, "rel": "self", "type": "application/rss+xml"])
        for item in feed.items {
            xml.open("item")
            xml.element("title", item.title)
            xml.element("link", item.url)
            xml.element("guid", ["isPermaLink": "false"], item.id)
            xml.element("pubDate", item.published.rfc822)
            for author in item.authors { xml.element("dc:creator", author) }
            for tag in item.tags { xml.element("category", tag) }
            xml.element("description", item.contentHTML)
            xml.close("item")
        }
        xml.close("channel")
        xml.close("rss")
        return xml.text
    }

    /// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), keys sorted.
    public static func jsonFeed(_ feed: Feed) -> String {
        let document = JSONFeedDocument(
            version: "https://jsonfeed.org/version/1.1", title: feed.title, homePageURL: feed.homePageURL,
            feedURL: feed.jsonURL, description: feed.description, language: feed.language,
            authors: [.init(name: feed.defaultAuthor)],
            items: feed.items.map { item in
                JSONFeedDocument.Item(
                    id: item.id, url: item.url, title: item.title, contentHTML: item.contentHTML,
                    datePublished: item.published.rfc3339, dateModified: item.updated.rfc3339,
                    authors: item.authors.isEmpty ? nil : item.authors.map { .init(name: $0) },
                    tags: item.tags.isEmpty ? nil : item.tags)
            })
        // Encoding plain strings and arrays cannot fail; a failure here is a programming error.
        return (try? CanonicalJSON.string(document)) ?? "{}\n"
    }
}

/// The JSON Feed 1.1 document as `Encodable` values.
struct JSONFeedDocument: Encodable {
    struct Author: Encodable {
        var name: String
    }

    struct Item: Encodable {
        var id: String
        var url: String
        var title: String
        var contentHTML: String
        var datePublished: String
        var dateModified: String
        var authors: [Author]?
        var tags: [String]?

        enum CodingKeys: String, CodingKey {
            case id, url, title, authors, tags
            case contentHTML = "content_html"
            case datePublished = "date_published"
            case dateModified = "date_modified"
        }
    }

    var version: String
    var title: String
    var homePageURL: String
    var feedURL: String
    var description: String
    var language: String
    var authors: [Author]
    var items: [Item]

    enum CodingKeys: String, CodingKey {
        case version, title, description, language, authors, items
        case homePageURL = "home_page_url"
        case feedURL = "feed_url"
    }
}
