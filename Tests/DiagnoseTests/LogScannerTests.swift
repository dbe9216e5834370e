import Diagnose
import Foundation
import ParaReadyCore
import Testing

@Suite struct LogScannerTests {
    static let stamp = "2024-05-13 12:00:00.000"

    static func line(_ time: String, _ message: String, chain: String = "Parachain", level: String = "ERROR") -> String
    {
        "\(time) \(level) tokio-runtime-worker runtime: [\(chain)] \(message)"
    }

    @Test func oneRecordCountsOnceEvenWhenItRepeatsTheText() throws {
        let log = [
            Self.line("2024-05-13 12:00:00.000", "slot number mismatch (first report)"),
            "  details: slot number mismatch again",
            Self.line("2024-05-13 12:00:01.000", "slot number mismatch"),
        ].joined(separator: "\n")
        let finding = try #require(try TestSupport.diagnose(log).findings.first)
        #expect(finding.count == 2)
        #expect(finding.first.line == 1)
        #expect(finding.last.line == 3)
        #expect(finding.echoes == 0)
    }

    @Test func aReReportIsAnEchoOnlyCloseAfterItsPanic() throws {
        var lines = [
            Self.line("2024-05-13 12:00:00.000", "panicked at lib.rs:1:1:"),
            "no space left for the block in the unincluded segment",
            Self.line(
                "2024-05-13 12:00:00.010",
                "Proposing failed: Execution aborted due to panic: no space left for the block in the unincluded segment",
                level: "WARN"),
        ]
        for k in 0..<60 { lines.append(Self.line("2024-05-13 12:00:01.000", "idle \(k)", level: "INFO")) }
        // 60 lines later the same re-report no longer belongs to the panic above: it counts.
        lines.append(
            Self.line(
                "2024-05-13 12:00:06.000",
                "Proposing failed: Execution aborted due to panic: no space left for the block in the unincluded segment",
                level: "WARN"))
        let finding = try #require(try TestSupport.diagnose(lines.joined(separator: "\n")).findings.first)
        #expect(finding.count == 2)
        #expect(finding.echoes == 1)
        #expect(finding.last.line == 64)
    }

    @Test func linesWithoutTimestampsAreTheirOwnRecords() throws {
        let log = "Slot must increase\nSlot must increase\nsomething else\nSlot must increase\n"
        let finding = try #require(try TestSupport.diagnose(log).findings.first)
        #expect(finding.count == 3)
        #expect(finding.first.timestamp == nil)
        #expect(finding.first.chain == nil)
        #expect(finding.last.line == 4)
    }

    @Test func aRecordEndsAfterAThousandLines() throws {
        var lines = [Self.line(Self.stamp, "WASM backtrace:")]
        for k in 0..<1000 { lines.append("    \(k): 0x1234 - <unknown>!frame") }
        lines.append("Slot must increase")  // line 1002: 1001 lines after the header
        let finding = try #require(try TestSupport.diagnose(lines.joined(separator: "\n")).findings.first)
        #expect(finding.first.line == 1002)
        #expect(finding.first.timestamp == nil)
        lines.remove(at: 1)
        let near = try #require(try TestSupport.diagnose(lines.joined(separator: "\n")).findings.first)
        #expect(near.first.timestamp == Self.stamp)
    }

    /// A log whose first 1 MiB buffer ends right after a panic header; the panic text opens the next buffer.
    static func boundaryLog() -> (text: String, headerLine: Int) {
        var text = ""
        var line = 0
        let header = Self.line("2024-05-13 13:14:15.161", "panicked at /src/lib.rs:1:1:") + "\n"
        while text.utf8.count + 200 + header.utf8.count < 1 << 20 {
            text +=
                Self.line(
                    "2024-05-13 12:00:00.000", "filler \(line) " + String(repeating: "x", count: 100), level: "INFO")
                + "\n"
            line += 1
        }
        while text.utf8.count + header.utf8.count < (1 << 20) - 1 {
            text += "y\n"
            line += 1
        }
        text += header
        line += 1
        text += "no space left for the block in the unincluded segment\n"
        for k in 0..<50_000 { text += Self.line("2024-05-13 13:20:00.000", "after \(k)", level: "INFO") + "\n" }
        text += Self.line("2024-05-13 14:00:00.000", "Slot must increase") + "\n"
        return (text, line)
    }

    @Test func recordsContinueAcrossBufferBoundaries() throws {
        let (text, headerLine) = Self.boundaryLog()
        #expect(text.utf8.count > 2 << 20)
        let report = try TestSupport.diagnose(text)
        let full = try #require(report.findings.first { $0.id == "unincluded-segment-full" })
        #expect(full.first.line == headerLine + 1)
        #expect(full.first.timestamp == "2024-05-13 13:14:15.161")
        let slot = try #require(report.findings.first { $0.id == "slot-must-increase" })
        #expect(slot.first.line == headerLine + 2 + 50_000)
        #expect(report.lines == headerLine + 2 + 50_000)

        // Reading the same bytes from a file (read(2) in 1 MiB buffers) gives the same report.
        let path = TestSupport.temporaryFile("boundary.log")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        var fromFile = try LogDiagnoser(catalog: TestSupport.catalog()).diagnose(file: path)
        fromFile.input = report.input
        #expect(fromFile == report)
    }

    @Test func aLineLongerThanTheBufferIsScannedInPieces() throws {
        let long = String(repeating: "z", count: (1 << 20) + 300_000) + " Slot must increase"
        let log = long + "\n" + Self.line(Self.stamp, "Slot must increase") + "\n"
        let path = TestSupport.temporaryFile("long.log")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(log.utf8).write(to: URL(fileURLWithPath: path))
        let report = try LogDiagnoser(catalog: TestSupport.catalog()).diagnose(file: path)
        #expect(report.lines == 2)
        let finding = try #require(report.findings.first)
        #expect(finding.count == 2)
        #expect(finding.first.line == 1)
        // Cut to a window around the match, marked with an ellipsis.
        #expect(finding.first.text.hasPrefix("…zzz"))
        #expect(finding.first.text.hasSuffix("zzz Slot must increase"))
        #expect(finding.first.text.count <= 401)
        #expect(finding.last.line == 2)
    }

    @Test func emptyInputHasNoLinesAndNoFindings() throws {
        let report = try TestSupport.diagnose("")
        #expect(report.lines == 0)
        #expect(report.findings.isEmpty)
        #expect(report.text(colors: false).contains("No known async-backing failure signatures found in 0 lines."))
    }

    @Test func binaryGarbageNeitherCrashesNorMatches() throws {
        var bytes: [UInt8] = []
        var state: UInt32 = 7
        for _ in 0..<200_000 {
            state = state &* 1_103_515_245 &+ 12345
            bytes.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        let report = LogDiagnoser(catalog: try TestSupport.catalog()).diagnose(bytes: bytes, name: "noise")
        #expect(report.findings.isEmpty)
        #expect(report.bytes == 200_000)
    }

    @Test func missingFilesAndDirectoriesAreInputErrors() throws {
        let diagnoser = LogDiagnoser(catalog: try TestSupport.catalog())
        #expect(throws: ParaReadyError(.io, "no such file", file: "/no/such/collator.log")) {
            try diagnoser.diagnose(file: "/no/such/collator.log")
        }
        let directory = TestSupport.packageRoot.appendingPathComponent("Tests").path
        #expect(throws: ParaReadyError(.io, "is a directory, expected a log file", file: directory)) {
            try diagnoser.diagnose(file: directory)
        }
    }
}

@Suite struct CollectorPrefixTests {
    @Test func journaldAndDockerPrefixesKeepRecordsAndTimestamps() throws {
        let log = """
            May 13 12:00:06 collator-01 polkadot-parachain[4242]: 2024-05-13 12:00:06.021 ERROR tokio-runtime-worker runtime: [Parachain] panicked at /src/lib.rs:1:1:
            May 13 12:00:06 collator-01 polkadot-parachain[4242]: no space left for the block in the unincluded segment
            collator-1  | 2024-05-13 12:00:12.500 ERROR tokio-runtime-worker runtime: [Parachain] Slot must increase
            [pod/collator-0/node] 2024-05-13 12:00:18 [Relaychain] Slot must increase
            """
        let report = try TestSupport.diagnose(log)
        let full = try #require(report.findings.first { $0.id == "unincluded-segment-full" })
        #expect(full.first.line == 2)
        #expect(full.first.timestamp == "2024-05-13 12:00:06.021")
        #expect(full.first.chain == "parachain")
        let slot = try #require(report.findings.first { $0.id == "slot-must-increase" })
        #expect(slot.count == 2)
        #expect(slot.first.timestamp == "2024-05-13 12:00:12.500")
        #expect(slot.last.timestamp == "2024-05-13 12:00:18")
        #expect(slot.last.chain == "relaychain")
    }

    @Test func aTimestampDeepInsideAMessageDoesNotStartARecord() throws {
        let log = """
            2024-05-13 12:00:00.000 ERROR tokio-runtime-worker runtime: [Parachain] panicked at /src/lib.rs:1:1:
            the slot started at 2024-05-13 11:59:54 and then: Slot must increase
            """
        let finding = try #require(try TestSupport.diagnose(log).findings.first)
        #expect(finding.first.timestamp == "2024-05-13 12:00:00.000")
    }
}
