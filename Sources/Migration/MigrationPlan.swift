import Readiness

/// The ordered steps from a repository's current stage to a target stage (`paraready plan`).
public struct MigrationPlan: Codable, Hashable, Sendable {
    public var schema = "paraready.plan/1"
    public var from: Stage
    public var to: Stage
    public var steps: [MigrationStep]
    /// Things that hold for the whole plan (unreachable stages, runtimes without a node crate).
    public var notes: [String]

    /// Steps `fix` makes.
    public var automaticCount: Int { steps.filter(\.automatic).count }
    /// Steps left to a person.
    public var manualCount: Int { steps.count - automaticCount }

    enum CodingKeys: String, CodingKey {
        case schema, from, to, steps, notes, automatic, manual
    }

    public init(from: Stage, to: Stage, steps: [MigrationStep], notes: [String]) {
        self.from = from
        self.to = to
        self.steps = steps
        self.notes = notes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schema = try container.decode(String.self, forKey: .schema)
        from = try container.decode(Stage.self, forKey: .from)
        to = try container.decode(Stage.self, forKey: .to)
        steps = try container.decode([MigrationStep].self, forKey: .steps)
        notes = try container.decode([String].self, forKey: .notes)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(steps, forKey: .steps)
        try container.encode(notes, forKey: .notes)
        try container.encode(automaticCount, forKey: .automatic)
        try container.encode(manualCount, forKey: .manual)
    }
}
