/// An error a user can act on: what went wrong, where, and what caused it.
///
/// Every input problem (a malformed manifest, bad front matter, a file that is not UTF-8) is reported as one
/// of these and maps to exit code 2. It prints as a short chain:
/// `Cargo.toml:5:47: error: malformed TOML` / `  caused by: expected key or closing '}'`.
public struct ParaReadyError: Error, Sendable, CustomStringConvertible, Equatable {
    /// What kind of failure this is; stable enough for tests to match on.
    public enum Kind: String, Sendable, Equatable {
        case usage
        case io
        case encoding
        case syntax
        case invalidValue
        case limit
        case conflict
        case `internal`
    }

    public var kind: Kind
    public var message: String
    public var location: SourceLocation?
    public var causes: [String]

    public init(_ kind: Kind, _ message: String, at location: SourceLocation? = nil, causes: [String] = []) {
        self.kind = kind
        self.message = message
        self.location = location
        self.causes = causes
    }

    /// A path-only location (line 1, column 1) for errors about a whole file.
    public init(_ kind: Kind, _ message: String, file: String, causes: [String] = []) {
        self.init(kind, message, at: SourceLocation(file: file, line: 1, column: 1), causes: causes)
    }

    public var description: String {
        var text = location.map { "\($0): error: \(message)" } ?? "error: \(message)"
        for cause in causes { text += "\n  caused by: \(cause)" }
        return text
    }

    /// The same error with one more cause appended.
    public func causedBy(_ cause: String) -> ParaReadyError {
        var copy = self
        copy.causes.append(cause)
        return copy
    }
}
