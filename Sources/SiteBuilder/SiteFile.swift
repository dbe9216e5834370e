import Foundation

/// A file a plugin writes into the output verbatim (a feed, a JSON export).
public struct SiteFile: Sendable, Hashable {
    /// Path below the output root (`updates/atom.xml`); checked like a slug: no `..`, no backslash, no NUL.
    public var path: String
    public var bytes: Data

    public init(path: String, bytes: Data) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Data(text.utf8))
    }
}
