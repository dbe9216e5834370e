import ParaReadyCore

/// Checks every recorded link against the pages and files the build wrote and the anchors each page has.
enum LinkChecker {
    /// Broken links as located errors, sorted by file, line and column.
    /// With `only`, checks just the links of those pages (against every page's anchors).
    static func check(_ results: [JobResult], known: Set<String>, only: Set<String>? = nil) -> [ParaReadyError] {
        var anchors: [String: Set<String>] = [:]
        if let only {
            // Only the anchors of pages the checked links point to.
            var targets: Set<String> = []
            for result in results where only.contains(result.url) {
                for link in result.links { if let target = link.target { targets.insert(target) } }
            }
            for result in results where targets.contains(result.url) {
                if let set = result.anchors { anchors[result.url] = set }
            }
        } else {
            for result in results {
                if let set = result.anchors { anchors[result.url] = set }
            }
        }
        var errors: [ParaReadyError] = []
        for result in results where only?.contains(result.url) ?? true {
            for link in result.links {
                if let problem = link.problem {
                    errors.append(
                        ParaReadyError(
                            .invalidValue, "broken link '\(link.destination)': \(problem)", at: link.location))
                    continue
                }
                guard let target = link.target else { continue }
                guard known.contains(target) || anchors[target] != nil else {
                    errors.append(
                        ParaReadyError(
                            .invalidValue, "broken link '\(link.destination)': no page or file at \(target)",
                            at: link.location))
                    continue
                }
                guard let anchor = link.anchor, anchor != "top", let ids = anchors[target] else { continue }
                if !ids.contains(anchor) {
                    var message = "broken link '\(link.destination)': \(target) has no heading '#\(anchor)'"
                    if let near = nearest(anchor, in: ids) { message += " (did you mean '#\(near)'?)" }
                    errors.append(ParaReadyError(.invalidValue, message, at: link.location))
                }
            }
        }
        return errors.sorted {
            let a = $0.location!
            let b = $1.location!
            return (a.file, a.line, a.column, $0.message) < (b.file, b.line, b.column, $1.message)
        }
    }

    /// The closest id within a small edit distance, if any.
    static func nearest(_ word: String, in candidates: Set<String>) -> String? {
        var best: (String, Int)?
        for candidate in candidates.sorted() {
            let distance = editDistance(Array(word.utf8), Array(candidate.utf8))
            if distance <= max(2, word.utf8.count / 4), best == nil || distance < best!.1 {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// One error for the whole set: the first broken link, with the others listed as causes.
    static func combined(_ errors: [ParaReadyError]) -> ParaReadyError? {
        guard var first = errors.first else { return nil }
        if errors.count > 1 {
            first.message += " (\(errors.count) broken links in all)"
            first.causes += errors.dropFirst().map { "also: \($0.location.map { "\($0): " } ?? "")\($0.message)" }
        }
        return first
    }
}
