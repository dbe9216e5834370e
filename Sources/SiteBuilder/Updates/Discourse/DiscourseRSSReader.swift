import Foundation
import ParaReadyCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a saved topic RSS (`/t/<slug>/<id>.rss`) with Foundation's `XMLParser`.
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
        let collector = RSSCollector(path: path)
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = collector
        let ok = parser.parse()
        if let failure = collector.failure { throw failure }
        if ok && !collector.rootClosed {
            throw ParaReadyError(
                .syntax, "the RSS export ends before </\(collector.rootName ?? "rss")> (truncated export?)",
                at: SourceLocation(file: path, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber)))
        }
        if !ok {
            let reason = parser.parserError.map { Self.describe($0) } ?? "malformed XML"
            throw ParaReadyError(
                .syntax, "the RSS export is not well-formed XML (truncated export?)",
                at: SourceLocation(file: path, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber)),
                causes: [reason])
        }
        return try topic(from: collector, path: path)
    }

    static func describe(_ error: any Error) -> String {
        let text = (error as NSError).localizedDescription
        return text.isEmpty ? "\(error)" : text
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

/// Collects the channel and items of an RSS document; `XMLParser` calls it synchronously on the reading thread.
final class RSSCollector: NSObject, XMLParserDelegate {
    struct Element {
        var fields: [String: String] = [:]
        var location: SourceLocation
    }

    let path: String
    var rootName: String?
    var channel: Element?
    var items: [Element] = []
    var failure: ParaReadyError?
    /// Whether the root element's end tag was seen (a truncated document may still parse without error).
    var rootClosed = false
    private var stack: [String] = []
    private var item: Element?
    private var text = ""

    init(path: String) { self.path = path }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let location = SourceLocation(file: path, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
        if rootName == nil { rootName = elementName }
        stack.append(elementName)
        text = ""
        if elementName == "channel", stack.count == 2 { channel = Element(location: location) }
        if elementName == "item", stack.count == 3 { item = Element(location: location) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard let string = String(data: CDATABlock, encoding: .utf8) else {
            failure = ParaReadyError(
                .encoding, "a CDATA section is not valid UTF-8",
                at: SourceLocation(file: path, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber)))
            parser.abortParsing()
            return
        }
        text += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        defer {
            stack.removeLast()
            text = ""
        }
        if stack.count == 4, stack[2] == "item" {
            item?.fields[elementName] = text
        } else if stack.count == 3, stack[1] == "channel", elementName != "item" {
            channel?.fields[elementName] = text
        }
        if stack.count == 1 { rootClosed = true }
        if elementName == "item", stack.count == 3, let finished = item {
            items.append(finished)
            item = nil
        }
    }
}
