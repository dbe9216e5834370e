import ParaReadyCore

/// One TOML file: its parsed values, where its keys are, and how to name it to the user.
struct TOMLDocument: Sendable {
    let displayPath: String
    let root: TOMLNode
    let index: TOMLKeyIndex

    /// Parses `text`; malformed TOML is a ``ParaReadyError`` at the parser's line and column.
    init(text: String, displayPath: String, parser: any TOMLParsing = defaultTOMLParser) throws(ParaReadyError) {
        self.displayPath = displayPath
        self.root = try parser.parse(text, displayPath: displayPath)
        self.index = TOMLKeyIndex(text: text)
    }

    /// Reads and parses a file: unreadable, non-UTF-8 and malformed files are located errors.
    static func load(path: String, displayPath: String) throws(ParaReadyError) -> TOMLDocument {
        let text = try TextFile.read(path, displayPath: displayPath)
        return try TOMLDocument(text: text, displayPath: displayPath)
    }

    /// Where `path` (or the first key below it) is written; the file's first line when the scanner lost it.
    func location(_ path: [String]) -> SourceLocation {
        if let position = index.position(of: path) {
            return SourceLocation(file: displayPath, line: position.line, column: position.column)
        }
        return SourceLocation(file: displayPath, line: 1, column: 1)
    }

    /// Like ``location(_:)`` but nil when the scanner did not find the key.
    func exactLocation(_ path: [String]) -> SourceLocation? {
        index.position(of: path).map { SourceLocation(file: displayPath, line: $0.line, column: $0.column) }
    }

    /// The keys of the table at `path` in source order; keys the scanner missed follow, sorted.
    func orderedKeys(_ path: [String]) -> [String] {
        guard let table = root.value(at: path)?.table else { return [] }
        var keys = index.childKeys(of: path).filter { table[$0] != nil }
        let seen = Set(keys)
        keys += table.keys.filter { !seen.contains($0) }.sorted()
        return keys
    }
}
