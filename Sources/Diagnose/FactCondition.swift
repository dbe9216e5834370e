import Foundation

/// A condition over repository facts, written in signature data as `capacity == 1 and millisecsPerBlock == 6000`.
///
/// Clauses are joined with `and`. A clause is `name op value` with `op` one of `==`, `!=`, `<`, `<=`, `>`, `>=`
/// or `in` (followed by `[a, b]`). Releases compare in release order (`sdkRelease < polkadot-v1.8.0`).
public struct FactCondition: Sendable, Hashable, CustomStringConvertible {
    public enum Operator: String, Sendable, Hashable, CaseIterable {
        case equal = "=="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
        case member = "in"
    }

    public struct Clause: Sendable, Hashable {
        public var fact: String
        public var op: Operator
        public var values: [FactSet.Value]
    }

    public var clauses: [Clause]
    public let description: String

    /// Parses and type-checks `text` against `FactSet.kinds`; the error message says what is wrong.
    public init(_ text: String) throws(PatternError) {
        description = text
        clauses = []
        for part in text.components(separatedBy: " and ") {
            clauses.append(try Self.clause(part.trimmingCharacters(in: .whitespaces)))
        }
    }

    private static func clause(_ text: String) throws(PatternError) -> Clause {
        let words = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).map(String.init)
        guard words.count == 3 else { throw PatternError("'\(text)' is not of the form 'fact op value'") }
        guard let kind = FactSet.kinds[words[0]] else {
            throw PatternError(
                "unknown fact '\(words[0])' (known: \(FactSet.kinds.keys.sorted().joined(separator: ", ")))")
        }
        guard let op = Operator(rawValue: words[1]) else {
            throw PatternError("unknown operator '\(words[1])' in '\(text)'")
        }
        var raw = words[2]
        var rawValues: [String]
        if op == .member {
            guard raw.hasPrefix("["), raw.hasSuffix("]") else {
                throw PatternError("'in' needs a list such as [basic, legacy] in '\(text)'")
            }
            raw = String(raw.dropFirst().dropLast())
            rawValues = raw.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        } else {
            rawValues = [raw]
        }
        var values: [FactSet.Value] = []
        for item in rawValues {
            switch kind {
            case .int:
                guard let number = Int(item) else { throw PatternError("'\(words[0])' is a number, not '\(item)'") }
                values.append(.int(number))
            case .bool:
                guard item == "true" || item == "false" else {
                    throw PatternError("'\(words[0])' is true or false, not '\(item)'")
                }
                values.append(.bool(item == "true"))
            case .word:
                if [.less, .lessOrEqual, .greater, .greaterOrEqual].contains(op) {
                    throw PatternError("'\(words[0])' is a word and can only be compared with ==, != or in")
                }
                values.append(.string(item))
            case .release:
                guard SDKReleaseRank(item) != nil else {
                    throw PatternError("'\(item)' is not a polkadot-sdk release name")
                }
                values.append(.string(item))
            }
        }
        guard !values.isEmpty else { throw PatternError("no value in '\(text)'") }
        return Clause(fact: words[0], op: op, values: values)
    }

    /// True when every clause holds; false when one fails; nil when a fact is missing or cannot be compared.
    public func evaluate(_ facts: [String: FactSet.Fact]) -> Bool? {
        var result = true
        for clause in clauses {
            guard let fact = facts[clause.fact] else { return nil }
            guard let holds = Self.holds(clause, fact.value) else { return nil }
            if !holds { result = false }
        }
        return result
    }

    private static func holds(_ clause: Clause, _ value: FactSet.Value) -> Bool? {
        if clause.op == .member { return clause.values.contains(value) }
        let expected = clause.values[0]
        switch (value, expected) {
        case (.int(let a), .int(let b)): return compare(a, b, clause.op)
        case (.bool(let a), .bool(let b)):
            return clause.op == .equal ? a == b : clause.op == .notEqual ? a != b : nil
        case (.string(let a), .string(let b)):
            if FactSet.kinds[clause.fact] == .release {
                guard let left = SDKReleaseRank(a), let right = SDKReleaseRank(b) else { return nil }
                return compare(left, right, clause.op)
            }
            return clause.op == .equal ? a == b : clause.op == .notEqual ? a != b : nil
        default:
            return nil
        }
    }

    private static func compare<T: Comparable>(_ a: T, _ b: T, _ op: Operator) -> Bool {
        switch op {
        case .equal: a == b
        case .notEqual: a != b
        case .less: a < b
        case .lessOrEqual: a <= b
        case .greater: a > b
        case .greaterOrEqual: a >= b
        case .member: false
        }
    }

    /// The fact names the condition reads, in order.
    public var factNames: [String] { clauses.map(\.fact) }
}
