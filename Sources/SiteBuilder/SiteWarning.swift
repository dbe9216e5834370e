import ParaReadyCore

/// A problem that does not stop a build (a project whose report could not be produced, a broken link when
/// links are only warnings), with the file position that caused it.
public struct SiteWarning: Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var location: SourceLocation?

    public init(_ message: String, at location: SourceLocation?) {
        self.message = message
        self.location = location
    }

    /// The same problem as an error would name it, as a warning.
    public init(_ error: ParaReadyError) {
        var message = error.message
        for cause in error.causes { message += "\n  caused by: \(cause)" }
        self.init(message, at: error.location)
    }

    /// `file:line:column: warning: message`, like the compiler's.
    public var description: String {
        location.map { "\($0): warning: \(message)" } ?? "warning: \(message)"
    }
}
