import Testing

@testable import Readiness

/// The checklist documents and the registered rules must pair up one to one.
@Suite struct RuleRegistryTests {
    @Test func ruleIDsAreUnique() {
        let ids = RuleRegistry.all.map(\.id)
        let duplicates = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(duplicates.isEmpty, "ids registered twice: \(duplicates)")
        #expect(RuleRegistry.byID.count == ids.count)
    }

    @Test func documentIDsAreUnique() throws {
        let ids = try Checklist.bundled().items.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    /// The mismatch check itself must see a missing rule and a rule without a document, and the audit refuses
    /// to run with either.
    @Test func aRuleWithoutADocumentOrADocumentWithoutARuleIsCaught() throws {
        let checklist = try Checklist.bundled()
        var rules = RuleRegistry.byID
        rules.removeValue(forKey: "consensus-hook")
        rules["no-such-item"] = RepositoryRule("no-such-item") { _ in [] }
        let auditor = Auditor(checklist: checklist, rules: rules)
        let (withoutRule, withoutDocument) = auditor.mismatches()
        #expect(withoutRule == ["consensus-hook"])
        #expect(withoutDocument == ["no-such-item"])
        let facts = FactsFixtures.facts([FactsFixtures.runtime()], nodes: [])
        #expect(throws: (any Error).self) { try auditor.audit(facts, root: nil) }
    }
}
