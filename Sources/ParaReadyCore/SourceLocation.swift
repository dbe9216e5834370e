/// A position in a file: 1-based line and column, with the path as the user should see it.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form editors and CI annotators jump to.
    public var description: String { "\(file):\(line):\(column)" }
}
