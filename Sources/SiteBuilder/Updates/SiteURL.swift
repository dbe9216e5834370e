import Foundation
import ParaReadyCore

/// The site's base URL (`https://example.org/paraready/`) and absolute URLs built from it.
public struct SiteURL: Hashable, Sendable {
    /// Always ends with `/`.
    public let base: String
    /// The host name, used as the authority of `tag:` ids.
    public let host: String

    /// Accepts an absolute http(s) URL; a missing trailing slash is added.
    public init(_ text: String) throws(ParaReadyError) {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty, url.query == nil, url.fragment == nil
        else {
            throw ParaReadyError(
                .invalidValue, "the site base URL must be an absolute http(s) URL without query, not `\(text)`")
        }
        base = text.hasSuffix("/") ? text : text + "/"
        self.host = host.lowercased()
    }

    /// `base` + `path` (`updates/atom.xml`); a leading `/` on `path` is ignored.
    public func absolute(_ path: String) -> String {
        base + (path.hasPrefix("/") ? String(path.dropFirst()) : path)
    }

    /// The origin (`https://example.org`) for root-relative links.
    var origin: String {
        guard let range = base.range(of: "://") else { return base }
        let afterScheme = base[range.upperBound...]
        let end = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
        return String(base[..<end])
    }

    /// Resolves `reference` (as written in an `href` or `src`) against the absolute `pageURL`.
    public static func resolve(_ reference: String, against pageURL: String) -> String {
        if reference.isEmpty { return pageURL }
        if hasScheme(reference) { return reference }
        guard let base = URL(string: pageURL), let resolved = URL(string: reference, relativeTo: base) else {
            return reference
        }
        return resolved.absoluteString
    }

    static func hasScheme(_ reference: String) -> Bool {
        guard let colon = reference.firstIndex(of: ":") else { return false }
        let scheme = reference[..<colon]
        guard let first = scheme.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first)
        else { return false }
        return scheme.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || "+-.".unicodeScalars.contains($0)
        }
    }
}
