import ParaReadyCore

/// Writes indented XML one element at a time, escaping every text and attribute value.
struct XMLBuilder {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    private var depth = 0

    private var indent: String { String(repeating: "  ", count: depth) }

    private static func attributes(_ pairs: KeyValuePairs<String, String>) -> String {
        pairs.map { " \($0.key)=\"\(Escaping.xml($0.value))\"" }.joined()
    }

    /// `<name attrs>` on its own line; close it with `close(name)`.
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        text += "\(indent)<\(name)\(Self.attributes(attributes))>\n"
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        text += "\(indent)</\(name)>\n"
    }

    /// `<name>escaped text</name>`.
    mutating func element(_ name: String, _ value: String) { element(name, [:], value) }

    /// `<name attrs>escaped text</name>`.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String>, _ value: String) {
        text += "\(indent)<\(name)\(Self.attributes(attributes))>\(Escaping.xml(value))</\(name)>\n"
    }

    /// `<name attrs/>`.
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        text += "\(indent)<\(name)\(Self.attributes(attributes))/>\n"
    }
}
