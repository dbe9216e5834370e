import ParaReadyCore

/// A repository fact that explains a signature (the output of a signature's fact hint under `--repo`).
public struct Explanation: Codable, Sendable, Hashable {
    /// The fact scope, usually a runtime path.
    public var scope: String
    /// The condition that held, as written in the signature data.
    public var when: String
    /// What it means for this log.
    public var says: String
    /// `file:line` of each fact the condition read, when known.
    public var evidence: [String]

    public init(scope: String, when: String, says: String, evidence: [String]) {
        self.scope = scope
        self.when = when
        self.says = says
        self.evidence = evidence
    }

    /// The explanations `signature` gets from `facts`: every hint whose condition holds, scope by scope.
    public static func explain(_ signature: Signature, with facts: FactSet) -> [Explanation] {
        var out: [Explanation] = []
        for scope in facts.scopes {
            for hint in signature.facts where hint.condition.evaluate(scope.facts) == true {
                var evidence: [String] = []
                for name in hint.condition.factNames {
                    if let location = scope.facts[name]?.location {
                        let text = "\(location.file):\(location.line)"
                        if !evidence.contains(text) { evidence.append(text) }
                    }
                }
                out.append(
                    Explanation(
                        scope: scope.name, when: hint.condition.description, says: hint.render(scope.facts),
                        evidence: evidence))
            }
        }
        return out
    }
}
