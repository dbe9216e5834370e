/// A value in front matter, configuration or template context: the JSON-like data model plus dates.
public enum SiteValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case date(SiteDate)
    case array([SiteValue])
    case object([String: SiteValue])

    /// The string, if this is one.
    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The integer, if this is one (a whole double counts).
    public var int: Int? {
        switch self {
        case .int(let value): return value
        case .double(let value) where value.rounded() == value && abs(value) < 9e15: return Int(value)
        default: return nil
        }
    }

    /// The number as a double, if this is a number.
    public var double: Double? {
        switch self {
        case .int(let value): return Double(value)
        case .double(let value): return value
        default: return nil
        }
    }

    /// The boolean, if this is one.
    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The date, if this is one.
    public var date: SiteDate? {
        if case .date(let value) = self { return value }
        return nil
    }

    /// The elements, if this is an array.
    public var array: [SiteValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The members, if this is an object.
    public var object: [String: SiteValue]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The member `key` of an object (nil for anything else).
    public subscript(key: String) -> SiteValue? {
        object?[key]
    }

    /// A short human-readable text for the value (how templates print it).
    public var text: String {
        switch self {
        case .null: return ""
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .double(let value): return String(value)
        case .string(let value): return value
        case .date(let value): return value.iso8601
        case .array(let values): return values.map(\.text).joined(separator: ", ")
        case .object: return ""
        }
    }
}

extension SiteValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByFloatLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(arrayLiteral elements: SiteValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, SiteValue)...) {
        var object: [String: SiteValue] = [:]
        for (key, value) in elements { object[key] = value }
        self = .object(object)
    }
}
