import ParaReadyCore

/// One `[[package]]` of a `Cargo.lock`.
public struct LockedPackage: Hashable, Sendable, Codable {
    /// A `dependencies = [...]` entry: `"name"`, `"name version"` or `"name version (source)"`.
    public struct Reference: Hashable, Sendable, Codable {
        public var name: String
        public var version: String?
        public var source: String?

        /// Parses one entry string; nil for an empty one.
        public init?(parsing text: String) {
            var rest = Substring(text).trimmingSpaces
            var source: String?
            if rest.hasSuffix(")"), let open = rest.lastIndex(of: "(") {
                source = String(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)])
                rest = rest[..<open].trimmingSpaces
            }
            let parts = rest.split(separator: " ", omittingEmptySubsequences: true)
            guard let first = parts.first else { return nil }
            self.name = String(first)
            self.version = parts.count > 1 ? String(parts[1]) : nil
            self.source = source
        }
    }

    public var name: String
    public var version: String
    /// Nil for workspace (path) packages.
    public var source: LockSource?
    /// Inline (v2+) or from `[metadata]` (v1).
    public var checksum: String?
    public var dependencies: [Reference]
    /// Where `name = "…"` of this entry is written.
    public var location: SourceLocation
    /// Where `version = "…"` of this entry is written.
    public var versionLocation: SourceLocation
    /// Where `source = "…"` of this entry is written (nil without a source).
    public var sourceLocation: SourceLocation?

    public init(
        name: String, version: String, source: LockSource? = nil, checksum: String? = nil,
        dependencies: [Reference] = [], location: SourceLocation, versionLocation: SourceLocation? = nil,
        sourceLocation: SourceLocation? = nil
    ) {
        self.name = name
        self.version = version
        self.source = source
        self.checksum = checksum
        self.dependencies = dependencies
        self.location = location
        self.versionLocation = versionLocation ?? location
        self.sourceLocation = sourceLocation
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var text = self
        while text.first == " " || text.first == "\t" { text = text.dropFirst() }
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        return text
    }
}
