/// A parsed TOML value, independent of the TOML library that produced it.
///
/// Tables are dictionaries (TOML tables have no meaningful order); where the source order matters, the
/// ``TOMLKeyIndex`` of the same text gives it.
enum TOMLNode: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case float(Double)
    case boolean(Bool)
    /// Dates, times and date-times, kept as their TOML text.
    case datetime(String)
    case array([TOMLNode])
    case table([String: TOMLNode])

    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    var boolean: Bool? {
        if case .boolean(let value) = self { return value }
        return nil
    }

    var integer: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    var array: [TOMLNode]? {
        if case .array(let value) = self { return value }
        return nil
    }

    var table: [String: TOMLNode]? {
        if case .table(let value) = self { return value }
        return nil
    }

    /// The string elements of an array (other elements are skipped), or nil when this is not an array.
    var strings: [String]? {
        array.map { $0.compactMap(\.string) }
    }

    /// A short name of the value's type for messages ("string", "table", …).
    var typeName: String {
        switch self {
        case .string: return "string"
        case .integer: return "integer"
        case .float: return "float"
        case .boolean: return "boolean"
        case .datetime: return "date-time"
        case .array: return "array"
        case .table: return "table"
        }
    }

    subscript(key: String) -> TOMLNode? {
        table?[key]
    }

    /// Follows a path of table keys.
    func value(at path: [String]) -> TOMLNode? {
        var node: TOMLNode? = self
        for key in path { node = node?[key] }
        return node
    }
}
