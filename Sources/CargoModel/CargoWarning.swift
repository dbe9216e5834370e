import ParaReadyCore

/// Something odd in the input that does not stop the reading: a missing member, a symlink loop, conflicting
/// release evidence. Reports show these next to findings.
public struct CargoWarning: Hashable, Sendable, Codable, CustomStringConvertible {
    public var message: String
    public var location: SourceLocation?

    public init(_ message: String, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }

    /// `file:line:column: warning: message`, like the CLI prints errors.
    public var description: String {
        location.map { "\($0): warning: \(message)" } ?? "warning: \(message)"
    }
}
