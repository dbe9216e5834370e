import Foundation
import ParaReadyCore

/// Finds zombienet-style local network configurations and reads the relay's async-backing parameters.
///
/// Zombienet files are TOML or JSON; both spell the keys the same way (`max_candidate_depth`,
/// `allowed_ancestry_len`, `lookahead` inside `scheduler_params`, or the older top-level
/// `scheduling_lookahead`), so a line scan finds each value and its line in either format.
enum LocalNetworkScanner {
    /// Files whose text marks them as a zombienet network definition.
    static func isNetworkDefinition(_ text: String) -> Bool {
        text.contains("[relaychain]") || text.contains("\"relaychain\"") || text.contains("[[parachains]]")
    }

    static func scan(file: String, text: String) -> LocalNetworkFact? {
        guard isNetworkDefinition(text) else { return nil }
        var fact = LocalNetworkFact(file: file)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("#") || trimmed.hasPrefix("//") { continue }
            for key in ["max_candidate_depth", "allowed_ancestry_len", "lookahead", "scheduling_lookahead"] {
                guard let (value, column) = integer(after: key, in: line) else { continue }
                let located = Located(value, file: file, line: index + 1, column: column)
                switch key {
                case "max_candidate_depth": fact.maxCandidateDepth = fact.maxCandidateDepth ?? located
                case "allowed_ancestry_len": fact.allowedAncestryLen = fact.allowedAncestryLen ?? located
                default: fact.lookahead = fact.lookahead ?? located
                }
            }
        }
        return fact
    }

    /// `key = 3`, `key: 3` or `"key": 3` on `line`: the integer and the 1-based column of the key.
    static func integer(after key: String, in line: Substring) -> (Int, Int)? {
        var search = line[...]
        while let range = search.range(of: key) {
            let before = line[..<range.lowerBound].last
            let boundaryBefore = before.map { !($0.isLetter || $0.isNumber || $0 == "_") } ?? true
            var rest = line[range.upperBound...]
            if rest.first == "\"" { rest = rest.dropFirst() }
            rest = rest.drop { $0 == " " || $0 == "\t" }
            if boundaryBefore, let separator = rest.first, separator == "=" || separator == ":" {
                let digits = rest.dropFirst().drop { $0 == " " || $0 == "\t" }.prefix { $0.isNumber }
                if let value = Int(digits) {
                    return (value, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
                }
            }
            search = line[range.upperBound...]
        }
        return nil
    }

    /// Every network definition among the repository's configuration files, sorted by path.
    static func findAll(root: String, files: [String], warnings: inout [AnalysisWarning]) -> [LocalNetworkFact] {
        var results: [LocalNetworkFact] = []
        for relative in files where relative.hasSuffix(".toml") || relative.hasSuffix(".json") {
            do {
                let text = try TextFile.read(root + "/" + relative, displayPath: relative)
                if let fact = scan(file: relative, text: text) { results.append(fact) }
            } catch {
                warnings.append(
                    AnalysisWarning(
                        "skipped: \(error.message)", file: relative, line: error.location?.line,
                        column: error.location?.column))
            }
        }
        return results
    }
}

extension LocalNetworkFact {
    init(file: String) {
        self.file = file
    }
}
