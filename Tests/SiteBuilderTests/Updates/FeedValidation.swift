import Foundation

/// Checks generated feeds the way readers will see them: Python's `feedparser` for Atom and RSS, and the
/// JSON Feed 1.1 specification's required fields for JSON Feed.
enum FeedValidation {
    struct Result: Decodable {
        var bozo: Int
        var bozoException: String
        var version: String
        var ids: [String]
        var links: [String]
    }

    struct MissingTool: Error, CustomStringConvertible {
        var description: String
    }

    static let script = """
        import json, sys
        try:
            import feedparser
        except ImportError:
            print("MISSING")
            sys.exit(0)
        results = []
        for path in sys.argv[1:]:
            d = feedparser.parse(path)
            results.append({
                "bozo": int(bool(d.bozo)),
                "bozoException": str(d.get("bozo_exception", "")),
                "version": d.version,
                "ids": [e.get("id", "") for e in d.entries],
                "links": [e.get("link", "") for e in d.entries],
            })
        print(json.dumps(results))
        """

    /// Parses the feed file at `path` with feedparser; throws "run make setup" when it is not installed.
    static func feedparser(_ path: String) throws -> Result {
        try feedparser([path])[0]
    }

    /// Parses several feed files with one Python process, results in the same order.
    static func feedparser(_ paths: [String]) throws -> [Result] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + paths
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw MissingTool(description: "python3 is not available: run make setup")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text == "MISSING" || process.terminationStatus != 0 {
            throw MissingTool(description: "Python's feedparser is not installed: run make setup")
        }
        return try JSONDecoder().decode([Result].self, from: Data(text.utf8))
    }

    /// What a JSON Feed 1.1 document lacks, per https://www.jsonfeed.org/version/1.1/ (empty when valid).
    static func jsonFeedProblems(_ text: String) -> [String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            return ["not a JSON object"]
        }
        var problems: [String] = []
        if object["version"] as? String != "https://jsonfeed.org/version/1.1" { problems.append("version") }
        if (object["title"] as? String)?.isEmpty != false { problems.append("title") }
        for key in ["home_page_url", "feed_url"] where object[key] != nil {
            if let url = object[key] as? String, url.hasPrefix("https://") || url.hasPrefix("http://") { continue }
            problems.append("\(key) is not an absolute URL")
        }
        guard let items = object["items"] as? [[String: Any]] else { return problems + ["items"] }
        var ids: Set<String> = []
        for (index, item) in items.enumerated() {
            guard let id = item["id"] as? String, !id.isEmpty else {
                problems.append("items[\(index)].id")
                continue
            }
            if !ids.insert(id).inserted { problems.append("items[\(index)].id is not unique") }
            if item["content_html"] as? String == nil && item["content_text"] as? String == nil {
                problems.append("items[\(index)] has neither content_html nor content_text")
            }
            for key in ["date_published", "date_modified"] {
                if let date = item[key] as? String, ContentDateCheck.isRFC3339(date) == false {
                    problems.append("items[\(index)].\(key) is not RFC 3339")
                }
            }
        }
        return problems
    }
}

/// RFC 3339 shape check without the code under test.
enum ContentDateCheck {
    static func isRFC3339(_ text: String) -> Bool {
        text.range(
            of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"#, options: .regularExpression)
            != nil
    }
}
