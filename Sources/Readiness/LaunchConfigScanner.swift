import Foundation
import ParaReadyCore

/// Finds the collator binary a runtime-only repository is started with (`polkadot-omni-node`,
/// `polkadot-parachain`) in its zombienet configurations and scripts, and the authoring policy the flags select.
enum LaunchConfigScanner {
    static let binaries = ["polkadot-omni-node", "polkadot-parachain"]

    static func findCollators(root: String, files: [String]) -> [NodeFacts] {
        // One chain, one collator binary: the first configuration (in path order) that starts one decides.
        for relative in files {
            guard let text = try? TextFile.read(root + "/" + relative, displayPath: relative) else { continue }
            if let node = scan(file: relative, text: text) { return [node] }
        }
        return []
    }

    /// The first collator binary the file starts, with the file's authoring flags.
    static func scan(file: String, text: String) -> NodeFacts? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var evidence: Evidence?
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("#") || trimmed.hasPrefix("//") { continue }
            if let binary = binaries.first(where: { line.contains($0) }),
                let column = line.range(of: binary).map({ line.distance(from: line.startIndex, to: $0.lowerBound) + 1 })
            {
                evidence = Evidence(file: file, line: index + 1, column: column)
                break
            }
        }
        guard let evidence else { return nil }
        var node = NodeFacts(path: nil, crate: nil)
        node.collator = "omni-node"
        node.collatorEvidence = evidence
        let slotBased =
            text.contains("--experimental-use-slot-based")
            || text.range(of: #"--authoring[= ]+"?slot-based"#, options: .regularExpression) != nil
        node.authoringPolicy = slotBased ? "slot-based" : "lookahead"
        return node
    }
}
