import Foundation

/// The keys of the facts JSON that the design contract fixes, projected out of a full facts document so that
/// expectations written by hand and the tool's output can be compared on exactly those keys.
enum FactsContract {
    static let runtimeKeys = [
        "path", "crate", "variant", "consensus", "constants", "maxBlockWeightRefTimeMs", "consensusHook",
        "unincludedSegmentApi", "allowMultipleBlocksPerSlot", "minimumPeriodMs", "stage",
    ]
    static let locatedKeys = ["value", "file", "line", "symbol"]

    /// A canonical, sorted, newline-separated `key.path = value` listing of the contract part of `document`.
    static func project(_ document: Any) -> [String] {
        guard let facts = document as? [String: Any] else { return ["<not an object>"] }
        var lines: [String] = []
        lines.append("schema = \(scalar(facts["schema"]))")
        let sdk = facts["sdk"] as? [String: Any] ?? [:]
        lines.append("sdk.release = \(scalar(sdk["release"]))")
        if let evidence = sdk["evidence"] as? [String: Any] {
            lines.append("sdk.evidence = \(scalar(evidence["file"])):\(scalar(evidence["line"]))")
        }
        lines.append("stage = \(scalar(facts["stage"]))")
        for runtime in (facts["runtimes"] as? [[String: Any]] ?? []) {
            let id = "runtime[\(scalar(runtime["path"]))@\(scalar(runtime["variant"]))]"
            for key in runtimeKeys {
                let value = runtime[key]
                switch key {
                case "constants":
                    let constants = value as? [String: Any] ?? [:]
                    for name in constants.keys.sorted() where !(constants[name] is NSNull) {
                        lines.append("\(id).constants.\(name) = \(located(constants[name]))")
                    }
                case "consensusHook":
                    let hook = value as? [String: Any] ?? [:]
                    lines.append(
                        "\(id).consensusHook = \(scalar(hook["kind"])) \(scalar(hook["file"])):\(scalar(hook["line"]))")
                case "unincludedSegmentApi":
                    let api = value as? [String: Any] ?? [:]
                    lines.append(
                        "\(id).unincludedSegmentApi = present \(scalar(api["present"])) stub \(scalar(api["stub"])) \(scalar(api["file"])):\(scalar(api["line"]))"
                    )
                case "maxBlockWeightRefTimeMs", "allowMultipleBlocksPerSlot", "minimumPeriodMs":
                    lines.append("\(id).\(key) = \(located(value))")
                default:
                    lines.append("\(id).\(key) = \(scalar(value))")
                }
            }
        }
        for node in (facts["nodes"] as? [[String: Any]] ?? []) {
            let id = "node[\(scalar(node["path"]))@\(scalar(node["variant"]))]"
            lines.append("\(id).collator = \(scalar(node["collator"]))")
            lines.append("\(id).authoringDurationMs = \(located(node["authoringDurationMs"]))")
        }
        return lines.sorted()
    }

    static func located(_ value: Any?) -> String {
        guard let object = value as? [String: Any] else { return scalar(value) }
        var text = "\(scalar(object["value"])) at \(scalar(object["file"])):\(scalar(object["line"]))"
        if let symbol = object["symbol"], !(symbol is NSNull) { text += " as \(scalar(symbol))" }
        return text
    }

    static func scalar(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: return "null"
        case let flag as JSONValue.Flag: return flag.value ? "true" : "false"
        case let number as Int: return String(number)
        case let number as Double: return String(number)
        case let text as String: return text
        default: return "\(value!)"
        }
    }

    /// Parses JSON into dictionaries, arrays, `Int`, `Double`, `String`, `NSNull` and `JSONValue.Flag` (booleans
    /// kept apart from numbers, which Foundation's bridging would blur).
    static func parse(_ data: Data) throws -> Any {
        try JSONDecoder().decode(JSONValue.self, from: data).plain
    }
}

/// A JSON value decoded without Foundation's number/boolean bridging.
enum JSONValue: Decodable {
    struct Flag { var value: Bool }

    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    var plain: Any {
        switch self {
        case .null: return NSNull()
        case .bool(let value): return Flag(value: value)
        case .int(let value): return value
        case .double(let value): return value
        case .string(let value): return value
        case .array(let values): return values.map(\.plain)
        case .object(let values): return values.mapValues(\.plain)
        }
    }
}
