import Foundation

/// The checked-in expectation of `paraready audit` on one example (`Expectations/<example>/audit.json`),
/// derived from the example's EXPECTED.md by `scripts/audit-expectations.py` and checked against it by
/// ``AuditExpectationTests``.
struct AuditExpectation {
    struct Runtime {
        /// `runtime:<path>` plus `@<variant>`, as findings name it.
        var subject: String
        var stage: String
        /// The node subjects judged together with this runtime entry (the nodes that run it).
        var nodes: [String]
    }

    /// One finding the audit must produce; `file` and `line` are given for failures and warnings only.
    struct Finding: Hashable, CustomStringConvertible {
        var item: String
        var subject: String
        var status: String
        var file: String?
        var line: Int?

        var isProblem: Bool { status == "fail" || status == "warn" }

        var description: String {
            "\(item) [\(subject)] \(status)" + (file.map { " at \($0):\(line ?? 0)" } ?? "")
        }
    }

    var example: String
    var stage: String
    var runtimes: [Runtime]
    var findings: [Finding]

    static let folder = CLIRunner.packageRoot.appendingPathComponent("Tests/EndToEndTests/Expectations")

    /// Every example that has an audit expectation, sorted.
    static var examples: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/audit.json").path) }
            .sorted()
    }

    static func load(_ example: String) throws -> AuditExpectation {
        let data = try Data(contentsOf: folder.appendingPathComponent("\(example)/audit.json"))
        let document = try require(
            try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(example)/audit.json is not an object")
        let runtimes = (document["runtimes"] as? [[String: Any]] ?? []).map {
            Runtime(
                subject: $0["subject"] as? String ?? "", stage: $0["stage"] as? String ?? "",
                nodes: $0["nodes"] as? [String] ?? [])
        }
        return AuditExpectation(
            example: document["example"] as? String ?? "", stage: document["stage"] as? String ?? "",
            runtimes: runtimes, findings: (document["findings"] as? [[String: Any]] ?? []).map(Finding.init(json:)))
    }

    /// The outcome of `item` for one runtime entry: the worst status among the findings that concern it
    /// (its own, its nodes', the repository's), with those findings.
    func outcome(of item: String, for runtime: Runtime) -> (status: String?, findings: [Finding]) {
        let relevant = findings.filter { finding in
            finding.item == item
                && (finding.subject == runtime.subject || finding.subject == "repository"
                    || finding.subject.hasPrefix("network:") || runtime.nodes.contains(finding.subject))
        }
        let rank = ["not-applicable": 0, "pass": 1, "unknown": 2, "warn": 3, "fail": 4]
        return (relevant.max { rank[$0.status, default: 0] < rank[$1.status, default: 0] }?.status, relevant)
    }
}

extension AuditExpectation.Finding {
    /// A finding from `audit.json`, or the same projection of a finding of `paraready audit --format json`.
    init(json: [String: Any]) {
        let status = json["status"] as? String ?? ""
        let problem = status == "fail" || status == "warn"
        self.init(
            item: json["item"] as? String ?? "", subject: json["subject"] as? String ?? "", status: status,
            file: problem ? json["file"] as? String : nil, line: problem ? json["line"] as? Int : nil)
    }
}

/// Stops a test with a message when a value is missing (a tiny stand-in for `#require` outside tests).
func require<T>(_ value: T?, _ message: @autoclosure () -> String = "missing value") throws -> T {
    guard let value else { throw ExpectationFileError(message: message()) }
    return value
}

struct ExpectationFileError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
