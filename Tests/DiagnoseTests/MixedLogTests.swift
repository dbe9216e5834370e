import Diagnose
import Foundation
import Testing

@Suite struct MixedLogTests {
    @Test func hundredThousandLinesGiveExactCountsAndLines() throws {
        let log = MixedLogGenerator()
        #expect(log.lines == 100_000)
        let path = TestSupport.temporaryFile("mixed.log")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(log.bytes).write(to: URL(fileURLWithPath: path))
        let report = try LogDiagnoser(catalog: TestSupport.catalog()).diagnose(file: path)
        #expect(report.lines == 100_000)
        #expect(report.bytes == log.bytes.count)

        // Every log signature was mixed in at least twice, so the test covers them all.
        let logIDs = try TestSupport.catalog().signatures.filter { $0.detection == .log }.map(\.id)
        for id in logIDs { #expect((log.expected[id]?.count ?? 0) >= 2, "generator wrote \(id)") }

        var wanted = log.expected.mapValues {
            MixedLogGenerator.Expected(count: $0.count, first: $0.first, last: $0.last)
        }
        wanted["backing-stalls-old-validators"] = .init(count: 1, first: log.stallLine, last: log.stallLine)
        var got: [String: MixedLogGenerator.Expected] = [:]
        for finding in report.findings {
            got[finding.id] = .init(count: finding.count, first: finding.first.line, last: finding.last.line)
        }
        #expect(got == wanted)

        let pair = try #require(report.findings.first { $0.id == "set-validation-data-missing" })
        var roots: [String: Int] = [:]
        for root in pair.precededBy ?? [] { roots[root.id] = root.count }
        #expect(roots == log.roots)
        #expect(pair.unpaired == log.unpaired)
        #expect(log.unpaired >= 1)
        #expect(report.blockIntervals.medianMs == 6000)

        // The in-memory path agrees with the streaming one.
        var inMemory = LogDiagnoser(catalog: try TestSupport.catalog()).diagnose(bytes: log.bytes, name: path)
        inMemory.input = report.input
        #expect(inMemory == report)
    }
}
