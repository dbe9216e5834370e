import ParaReadyCore

/// A front matter value with its file position, from either reader (the fast one or Yams).
indirect enum YAMLValue: Sendable {
    /// A scalar; `plain` is false when it was quoted (or a block scalar), so it is always a string.
    case scalar(String, plain: Bool, at: SourceLocation)
    case sequence([YAMLValue], at: SourceLocation)
    case mapping([(key: String, keyAt: SourceLocation, value: YAMLValue)], at: SourceLocation)

    var location: SourceLocation {
        switch self {
        case .scalar(_, _, let at), .sequence(_, let at), .mapping(_, let at): return at
        }
    }
}
