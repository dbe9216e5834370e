import ParaReadyCore

/// Something odd in an update that does not stop the build (an unknown tag, an unknown front matter key).
public struct UpdateWarning: Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// `file:line:column: warning: message`.
    public var description: String { "\(location): warning: \(message)" }
}
