import ParaReadyCore

/// Rewrites links in Markdown to the built pages and records what each link needs to exist.
///
/// - `scheme:` and `//host` links are external: left alone, never fetched.
/// - `#anchor` is checked against the page's own heading ids.
/// - A relative path is resolved against the Markdown file's folder: `x.md` becomes that page's URL, a static
///   file its output path, a folder its index; leaving the content folder is an error.
/// - A site-absolute path (`/guides/x/`, `/guides/x.md`) is relative to the site root: the base path is put in
///   front, and it must name a page or a file the build writes.
struct LinkResolver: Sendable {
    let basePath: String
    /// Content-relative Markdown path → page URL, for every published page.
    let pageBySource: [String: String]
    /// Content-relative Markdown paths left out (drafts, future) → why.
    let unpublished: [String: String]
    /// Every site path a page is written at (`/x/`), and every file the build writes (`/assets/site.css`).
    let knownPaths: Set<String>
    /// Content-relative folders that have an index page.
    let folderIndex: [String: String]

    /// Resolves one destination written in `sourcePath` (content-relative, nil for generated pages).
    /// Returns the rewritten destination (nil to keep it) and what to check (nil for external links).
    func resolve(
        _ destination: String, sourcePath: String?, pageURL: String, location: SourceLocation
    ) -> (rewritten: String?, check: PendingLink?) {
        if destination.isEmpty { return (nil, nil) }
        if Self.isExternal(destination) { return (nil, nil) }
        var path = Substring(destination)
        var fragment: Substring?
        var query: Substring = ""
        if let hash = path.firstIndex(of: "#") {
            fragment = path[path.index(after: hash)...]
            path = path[..<hash]
        }
        if let question = path.firstIndex(of: "?") {
            query = path[question...]
            path = path[..<question]
        }
        let anchor = fragment.map { String($0).removingPercentEncodingIfPossible }
        var check = PendingLink(
            location: location, destination: destination, target: nil, anchor: anchor.flatMap { $0.isEmpty ? nil : $0 },
            problem: nil)
        if path.isEmpty {
            check.target = pageURL
            return (nil, check)
        }
        let decoded = String(path).removingPercentEncodingIfPossible
        var target: String?
        if decoded.hasPrefix("/") {
            target = resolveSiteAbsolute(decoded, problem: &check.problem)
        } else {
            let folder = sourcePath.map { Self.folder(of: $0) } ?? Self.folder(of: String(pageURL.dropFirst()) + "x")
            guard let joined = Self.normalise(folder.isEmpty ? decoded : folder + "/" + decoded) else {
                check.problem = "points outside the content folder"
                return (nil, check)
            }
            if sourcePath == nil {
                // Generated pages have no source folder: relative paths are relative to the page's URL.
                target = resolveSiteAbsolute("/" + joined, problem: &check.problem)
            } else {
                target = resolveContentRelative(joined, trailingSlash: decoded.hasSuffix("/"), problem: &check.problem)
            }
        }
        guard let target else { return (nil, check) }
        check.target = target
        var rewritten = basePath + target.dropFirst() + query
        if let fragment { rewritten += "#" + fragment }
        return (rewritten, check)
    }

    private func resolveContentRelative(_ path: String, trailingSlash: Bool, problem: inout String?) -> String? {
        if path.hasSuffix(".md") {
            if let url = pageBySource[path] { return url }
            if let why = unpublished[path] {
                problem = "links to \(path), which is \(why) and not published"
            } else {
                problem = "no page \(path) in the content folder"
            }
            return nil
        }
        if path.isEmpty { return "/" }
        if let url = folderIndex[path] { return url }
        if knownPaths.contains("/" + path) { return "/" + path }
        if knownPaths.contains("/" + path + "/") { return "/" + path + "/" }
        problem = "no page or file \(path) in the content folder"
        return nil
    }

    private func resolveSiteAbsolute(_ path: String, problem: inout String?) -> String? {
        guard let normalised = Self.normalise(String(path.dropFirst())) else {
            problem = "points outside the site"
            return nil
        }
        if normalised.hasSuffix(".md") {
            return resolveContentRelative(normalised, trailingSlash: false, problem: &problem)
        }
        var candidate = "/" + normalised
        if normalised.isEmpty { candidate = "/" }
        if candidate.hasSuffix("/index.html") { candidate = String(candidate.dropLast("index.html".count)) }
        if !candidate.hasSuffix("/") && !knownPaths.contains(candidate) && knownPaths.contains(candidate + "/") {
            return candidate + "/"
        }
        // Existence is checked once every output (plugin files included) is known.
        return candidate
    }

    /// `scheme:` (letters, digits, `+ - .`, then `:`) or `//`.
    static func isExternal(_ destination: String) -> Bool {
        if destination.hasPrefix("//") { return true }
        var sawLetter = false
        for scalar in destination.unicodeScalars {
            if scalar == ":" { return sawLetter }
            let isSchemeCharacter =
                ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || (sawLetter && (("0"..."9").contains(scalar) || scalar == "+" || scalar == "-" || scalar == "."))
            if !isSchemeCharacter { return false }
            sawLetter = true
        }
        return false
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Resolves `.` and `..`; nil when the path climbs above its root.
    static func normalise(_ path: String) -> String? {
        var out: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." {
                if out.isEmpty { return nil }
                out.removeLast()
            } else {
                out.append(segment)
            }
        }
        return out.joined(separator: "/")
    }
}

extension String {
    /// Percent-decoded when the escapes are valid UTF-8, unchanged otherwise.
    var removingPercentEncodingIfPossible: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var iterator = Array(utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == 0x25, iterator.count >= 2,
                let value = UInt8(String(decoding: iterator.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? self
    }
}
