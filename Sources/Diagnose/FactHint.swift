import Foundation

/// A repository fact that explains a signature: when `condition` holds, `says` (with `{fact}` placeholders filled
/// in) tells the user how the repository causes what the log shows.
public struct FactHint: Sendable, Hashable {
    public var condition: FactCondition
    public var says: String

    public init(condition: FactCondition, says: String) throws(PatternError) {
        self.condition = condition
        self.says = says
        for name in Self.placeholders(in: says) where FactSet.kinds[name] == nil {
            throw PatternError("unknown fact '{\(name)}' in the explanation text")
        }
    }

    /// `says` with every `{name}` replaced by the fact's value (left as is when the fact is missing).
    public func render(_ facts: [String: FactSet.Fact]) -> String {
        var text = says
        for name in Self.placeholders(in: says) {
            if let fact = facts[name] {
                text = text.replacingOccurrences(of: "{\(name)}", with: fact.value.description)
            }
        }
        return text
    }

    static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            names.append(String(after[..<close]))
            rest = after[after.index(after: close)...]
        }
        return names
    }
}
