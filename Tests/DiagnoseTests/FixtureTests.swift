import Diagnose
import Testing

/// One expected finding in a fixture log.
struct ExpectedFinding: Sendable {
    var id: String
    var count: Int
    var first: Int
    var last: Int
    var echoes = 0
    var variants: [Int]? = nil
}

/// What a fixture log must produce.
struct FixtureCase: Sendable, CustomTestStringConvertible {
    var file: String
    var lines: Int
    var findings: [ExpectedFinding]
    var testDescription: String { file }

    static let all: [FixtureCase] = [
        FixtureCase(
            file: "unincluded-segment-full.log", lines: 126,
            findings: [
                ExpectedFinding(
                    id: "unincluded-segment-full", count: 5, first: 9, last: 106, echoes: 5, variants: [2, 3]),
                ExpectedFinding(id: "set-validation-data-missing", count: 5, first: 19, last: 116, echoes: 5),
            ]),
        FixtureCase(
            file: "set-validation-data-missing.log", lines: 300,
            findings: [
                ExpectedFinding(id: "set-validation-data-missing", count: 4, first: 12, last: 299),
                ExpectedFinding(id: "slot-number-mismatch", count: 3, first: 8, last: 36),
            ]),
        FixtureCase(
            file: "slot-number-mismatch.log", lines: 21,
            findings: [ExpectedFinding(id: "slot-number-mismatch", count: 2, first: 9, last: 18, echoes: 1)]),
        FixtureCase(
            file: "authored-blocks-limit.log", lines: 15,
            findings: [ExpectedFinding(id: "authored-blocks-limit", count: 3, first: 8, last: 14, variants: [2, 1])]),
        FixtureCase(
            file: "slot-moved-backwards.log", lines: 10,
            findings: [ExpectedFinding(id: "slot-moved-backwards", count: 2, first: 8, last: 10, variants: [2, 0])]),
        FixtureCase(
            file: "parachain-slot-too-far.log", lines: 8,
            findings: [ExpectedFinding(id: "parachain-slot-too-far", count: 1, first: 7, last: 7, variants: [1, 0])]),
        FixtureCase(
            file: "slot-must-increase.log", lines: 19,
            findings: [ExpectedFinding(id: "slot-must-increase", count: 5, first: 8, last: 19, variants: [4, 1])]),
        FixtureCase(
            file: "relay-number-strict.log", lines: 15,
            findings: [
                ExpectedFinding(id: "set-validation-data-missing", count: 2, first: 9, last: 13),
                ExpectedFinding(id: "relay-number-strict", count: 3, first: 7, last: 15, variants: [2, 1]),
            ]),
        FixtureCase(
            file: "timestamp-minimum-period.log", lines: 11,
            findings: [ExpectedFinding(id: "timestamp-minimum-period", count: 3, first: 7, last: 11)]),
        FixtureCase(
            file: "header-too-far-in-future.log", lines: 8,
            findings: [ExpectedFinding(id: "header-too-far-in-future", count: 4, first: 4, last: 7, variants: [4, 0])]),
        FixtureCase(
            file: "block-times-12-18.log", lines: 30,
            findings: [
                ExpectedFinding(id: "block-times-12-18", count: 6, first: 9, last: 29),
                ExpectedFinding(id: "blocks-not-six-seconds", count: 12, first: 7, last: 29),
            ]),
        FixtureCase(
            file: "backing-stalls-old-validators.log", lines: 26,
            findings: [ExpectedFinding(id: "backing-stalls-old-validators", count: 1, first: 16, last: 16)]),
        FixtureCase(
            file: "blocks-not-six-seconds.log", lines: 51,
            findings: [ExpectedFinding(id: "blocks-not-six-seconds", count: 15, first: 9, last: 51)]),
        FixtureCase(
            file: "block-production-too-long.log", lines: 11,
            findings: [ExpectedFinding(id: "block-production-too-long", count: 3, first: 6, last: 10)]),
        FixtureCase(
            file: "collator-loop-errors.log", lines: 13,
            findings: [
                ExpectedFinding(id: "collator-loop-errors", count: 7, first: 6, last: 13, variants: [2, 1, 1, 1, 1, 1])
            ]),
        FixtureCase(file: "clean.log", lines: 137, findings: []),
    ]
}

@Suite struct FixtureTests {
    @Test(arguments: FixtureCase.all)
    func fixtureProducesExactlyTheExpectedFindings(_ expected: FixtureCase) throws {
        let report = try LogDiagnoser(catalog: TestSupport.catalog()).diagnose(
            file: TestSupport.fixture(expected.file))
        #expect(report.lines == expected.lines)
        #expect(report.findings.map(\.id) == expected.findings.map(\.id))
        for want in expected.findings {
            guard let got = report.findings.first(where: { $0.id == want.id }) else { continue }
            #expect(got.count == want.count, "\(want.id) count")
            #expect(got.first.line == want.first, "\(want.id) first line")
            #expect(got.last.line == want.last, "\(want.id) last line")
            #expect(got.echoes == want.echoes, "\(want.id) echoes")
            if let variants = want.variants { #expect(got.variants.map(\.count) == variants, "\(want.id) variants") }
        }
    }

    @Test func everyLogDetectableSignatureHasItsOwnFixture() throws {
        let catalog = try TestSupport.catalog()
        for signature in catalog.signatures where signature.detection != .guideOnly {
            let file = "\(signature.id).log"
            let report = try LogDiagnoser(catalog: catalog).diagnose(file: TestSupport.fixture(file))
            #expect(report.findings.contains { $0.id == signature.id }, "\(file) shows \(signature.id)")
        }
    }

    @Test func panicPairPointsAtTheRootPanic() throws {
        let report = try LogDiagnoser(catalog: TestSupport.catalog()).diagnose(
            file: TestSupport.fixture("unincluded-segment-full.log"))
        let pair = try #require(report.findings.first { $0.id == "set-validation-data-missing" })
        #expect(pair.precededBy?.map(\.id) == ["unincluded-segment-full"])
        #expect(pair.precededBy?.first?.count == 5)
        #expect(pair.unpaired == 0)

        let mixed = try LogDiagnoser(catalog: TestSupport.catalog()).diagnose(
            file: TestSupport.fixture("set-validation-data-missing.log"))
        let other = try #require(mixed.findings.first { $0.id == "set-validation-data-missing" })
        #expect(other.precededBy?.map(\.id) == ["slot-number-mismatch"])
        #expect(other.precededBy?.first?.count == 3)
        #expect(other.unpaired == 1)
    }

    @Test func occurrencesCarryTimestampChainTextAndCapturedFields() throws {
        let catalog = try TestSupport.catalog()
        let segment = try LogDiagnoser(catalog: catalog).diagnose(
            file: TestSupport.fixture("unincluded-segment-full.log"))
        let full = try #require(segment.findings.first)
        #expect(full.first.timestamp == "2024-05-13 12:00:06.230")
        #expect(full.first.chain == "parachain")
        #expect(full.first.text == "no space left for the block in the unincluded segment")
        #expect(full.last.fields == ["newLen": "1", "capacity": "1"])

        let limit = try LogDiagnoser(catalog: catalog).diagnose(file: TestSupport.fixture("authored-blocks-limit.log"))
        #expect(limit.findings.first?.first.fields == [:])
        #expect(
            limit.findings.first?.last.fields == ["relaySlot": "Slot(290004514)", "authored": "2", "velocity": "1"])

        let header = try LogDiagnoser(catalog: catalog).diagnose(
            file: TestSupport.fixture("header-too-far-in-future.log"))
        #expect(header.findings.first?.first.timestamp == "2024-03-20 14:22:06")
        #expect(header.findings.first?.first.chain == "parachain")
        #expect(header.findings.first?.level == .warning)
    }

    @Test func crlfAndInvalidUTF8AreReadWithoutDamage() throws {
        let catalog = try TestSupport.catalog()
        let crlf = try LogDiagnoser(catalog: catalog).diagnose(
            file: TestSupport.fixture("timestamp-minimum-period.log"))
        #expect(
            crlf.findings.first?.first.text
                == "Timestamp must increment by at least <MinimumPeriod> between sequential blocks")
        let garbled = try LogDiagnoser(catalog: catalog).diagnose(file: TestSupport.fixture("collator-loop-errors.log"))
        #expect(garbled.lines == 13)
        #expect(garbled.findings.first?.level == .error)
        #expect(garbled.findings.first?.last.text.hasSuffix("AuraApi_slot_duration not found\"))") == true)
    }

    @Test func intervalFindingsIgnoreRelayChainImports() throws {
        let report = try LogDiagnoser(catalog: TestSupport.catalog()).diagnose(
            file: TestSupport.fixture("blocks-not-six-seconds.log"))
        #expect(report.blockIntervals.chain == "parachain")
        #expect(report.blockIntervals.samples == 15)
        #expect(report.blockIntervals.medianMs == 12000)
        let finding = try #require(report.findings.first)
        #expect(finding.measurement?.medianMs == 12000)
        #expect(finding.first.fields["intervalMs"] == "12000")
        #expect(finding.first.fields["block"] == "801")
    }

    @Test func cleanLogSaysSoPlainly() throws {
        let report = try LogDiagnoser(catalog: TestSupport.catalog()).diagnose(file: TestSupport.fixture("clean.log"))
        #expect(report.findings.isEmpty)
        #expect(report.blockIntervals.medianMs == 6000)
        #expect(report.text(colors: false).contains("No known async-backing failure signatures found in 137 lines."))
        #expect(report.exitStatus(failingAt: .error) == 0)
        #expect(report.exitStatus(failingAt: .info) == 0)
    }
}
