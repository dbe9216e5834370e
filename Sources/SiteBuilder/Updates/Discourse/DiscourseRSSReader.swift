import Foundation
import ParaReadyCore

/// Reads a saved topic RSS (`/t/<slug>/<id>.rss`) with `XMLReader`.
///
/// Discourse wraps each post as `<p>@user wrote:</p><blockquote>POST</blockquote><p><a>Read full topic</a></p>`;
/// the wrapper is removed so that the same post reads the same from RSS and from JSON. Documents with a DOCTYPE
/// are refused (an export never has one, and it is how entity tricks get in).
enum DiscourseRSSReader {
    static func read(_ text: String, path: String) throws(ParaReadyError) -> DiscourseTopic {
        if let doctype = text.range(of: "<!DOCTYPE", options: .caseInsensitive) {
            let line = text[..<doctype.lowerBound].reduce(1) { $0 + ($1 == "\n" ? 1 : 0) }
            throw ParaReadyError(
                .syntax, "a DOCTYPE is not allowed in a Discourse RSS export",
                at: SourceLocation(file: path, line: line))
        }
        var reader = XMLReader(text, path: path)
        var collector = RSSCollector()
        do throws(ParaReadyError) {
            while let event = try reader.next() { collector.take(event, at: reader.eventLocation) }
        } catch {
            // An export cut short (an interrupted download) is the likely cause of either; say which it looks like.
            if reader.endedEarly {
                throw ParaReadyError(
                    .syntax, "the RSS export ends before </\(collector.rootName ?? "rss")> (truncated export?)",
                    at: error.location, causes: [error.message])
            }
            throw ParaReadyError(
                .syntax, "the RSS export is not well-formed XML (truncated export?)", at: error.location,
                causes: [error.message])
        }
        return try topic(from: collector, path: path)
    }

    static func topic(from collector: RSSCollector, path: String) throws(ParaReadyError) -> DiscourseTopic {
        guard collector.rootName == "rss" else {
            throw ParaReadyError(
                .invalidValue, "expected an <rss> document, found <\(collector.rootName ?? "nothing")>", file: path)
        }
        guard let channel = collector.channel else {
            throw ParaReadyError(.invalidValue, "the RSS export has no <channel>", file: path)
        }
        guard let link = channel.fields["link"], let topic = DiscourseTopic.parseTopicURL(link) else {
            throw ParaReadyError(
                .invalidValue, "the channel <link> is not a Discourse topic URL (https://host/t/slug/id)",
                at: channel.location)
        }
        var posts: [DiscourseTopic.Post] = []
        for item in collector.items {
            func field(_ name: String) throws(ParaReadyError) -> String {
                guard let value = item.fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty
                else { throw ParaReadyError(.invalidValue, "an <item> without <\(name)>", at: item.location) }
                return value
            }
            let itemLink = try field("link")
            var number = DiscourseTopic.parseTopicURL(itemLink).flatMap { $0.topic == topic.topic ? $0.post : nil }
            if number == nil, let guid = item.fields["guid"], let last = guid.split(separator: "-").last {
                number = Int(last)
            }
            guard let number else {
                throw ParaReadyError(
                    .invalidValue, "cannot tell the post number from <link>\(itemLink)</link>", at: item.location)
            }
            let pubDate = try field("pubDate")
            guard let created = ContentDate(rfc822: pubDate) else {
                throw ParaReadyError(.invalidValue, "<pubDate> is not an RFC 822 date: \(pubDate)", at: item.location)
            }
            let creator = try field("dc:creator")
            let words = creator.split(separator: " ", maxSplits: 1).map(String.init)
            let username = words[0].hasPrefix("@") ? String(words[0].dropFirst()) : words[0]
            let name = words[0].hasPrefix("@") ? (words.count > 1 ? words[1] : nil) : creator
            let description = item.fields["description"] ?? ""
            posts.append(
                DiscourseTopic.Post(
                    postNumber: number, postID: nil, username: username, name: name, created: created, edited: nil,
                    updatedAt: nil, html: unwrap(description), location: item.location, skipReason: nil))
        }
        let lastBuild = channel.fields["lastBuildDate"].flatMap { ContentDate(rfc822: $0) }
        return DiscourseTopic(
            format: .rss, forumURL: topic.forum, topicID: topic.topic, slug: topic.slug,
            title: channel.fields["title"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? topic.slug,
            posts: posts, lastBuildDate: lastBuild, totalPosts: nil)
    }

    /// The post inside Discourse's RSS wrapper; the description unchanged when it has another shape.
    static func unwrap(_ description: String) -> String {
        let trimmed = description.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let open = trimmed.range(of: "<blockquote>"),
            let close = trimmed.range(of: "</blockquote>", options: .backwards),
            open.upperBound <= close.lowerBound
        else { return description }
        let head = trimmed[..<open.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
        let tail = trimmed[close.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
        let headIsByline = head.hasPrefix("<p>") && head.hasSuffix("</p>") && head.dropFirst(3).range(of: "<p") == nil
        let tailIsLink =
            tail.isEmpty
            || (tail.hasPrefix("<p><a ") && tail.hasSuffix("</a></p>") && tail.dropFirst(3).range(of: "<p") == nil)
        guard headIsByline, tailIsLink else { return description }
        return String(trimmed[open.upperBound..<close.lowerBound])
    }
}

/// Collects the channel and items of an RSS document from the reader's events.
struct RSSCollector {
    struct Element {
        var fields: [String: String] = [:]
        var location: SourceLocation
    }

    var rootName: String?
    var channel: Element?
    var items: [Element] = []
    /// The names of the open elements, root first.
    private var stack: [String] = []
    private var item: Element?
    private var text = ""

    mutating func take(_ event: XMLReader.Event, at location: SourceLocation) {
        switch event {
        case .start(let name, _):
            if rootName == nil { rootName = name }
            stack.append(name)
            text = ""
            if name == "channel", stack.count == 2 { channel = Element(location: location) }
            if name == "item", stack.count == 3 { item = Element(location: location) }
        case .text(let string), .cdata(let string):
            text += string
        case .end(let name):
            end(name)
        }
    }

    private mutating func end(_ name: String) {
        defer {
            stack.removeLast()
            text = ""
        }
        if stack.count == 4, stack[2] == "item" {
            item?.fields[name] = text
        } else if stack.count == 3, stack[1] == "channel", name != "item" {
            channel?.fields[name] = text
        }
        if name == "item", stack.count == 3, let finished = item {
            items.append(finished)
            item = nil
        }
    }
}
