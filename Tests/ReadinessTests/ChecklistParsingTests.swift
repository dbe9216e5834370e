import Foundation
import ParaReadyCore
import Testing

@testable import Readiness

@Suite struct ChecklistParsingTests {
    static let valid = """
        ---
        id: consensus-hook
        title: Wire the hook
        phase: runtime
        order: 3
        severity: error
        applies-to: runtime
        consensus: aura
        symbols: [ConsensusHook, FixedVelocityConsensusHook]
        since: polkadot-v1.1.0
        guide: ../guides/phase-1-runtime.md#consensus-hook
        ---

        ## What it is

        The hook.

        ## The change

        ```rust
        type ConsensusHook = X;
        ```

        ## Related
        """

    @Test func parsesFrontMatterAndSections() throws {
        let checklist = try Checklist.parse([(path: "checklist/consensus-hook.md", text: Self.valid)])
        let item = try #require(checklist["consensus-hook"])
        #expect(item.phase == .runtime && item.severity == .error && item.appliesTo == .runtime && item.auraOnly)
        #expect(item.symbols == ["ConsensusHook", "FixedVelocityConsensusHook"])
        #expect(item.summary == "The hook.")
        #expect(item.changeSection == "```rust\ntype ConsensusHook = X;\n```")
    }

    @Test func unknownPhaseIsLocatedOnItsFileLine() {
        let text = Self.valid.replacingOccurrences(of: "phase: runtime", with: "phase: runtim")
        #expect {
            try Checklist.parse([(path: "checklist/consensus-hook.md", text: text)])
        } throws: { error in
            let located = error as? ParaReadyError
            return located?.location == SourceLocation(file: "checklist/consensus-hook.md", line: 4, column: 8)
        }
    }

    @Test func yamlSyntaxErrorIsLocatedOnItsFileLine() {
        let text = Self.valid.replacingOccurrences(
            of: "symbols: [ConsensusHook, FixedVelocityConsensusHook]", with: "symbols: [ConsensusHook")
        #expect {
            try Checklist.parse([(path: "checklist/consensus-hook.md", text: text)])
        } throws: { error in
            guard let located = (error as? ParaReadyError)?.location else { return false }
            return located.file == "checklist/consensus-hook.md" && located.line >= 10 && located.line <= 11
        }
    }

    @Test func idMustMatchFileNameAndBeUnique() {
        #expect(throws: ParaReadyError.self) { try Checklist.parse([(path: "checklist/other.md", text: Self.valid)]) }
        #expect(throws: ParaReadyError.self) {
            try Checklist.parse([
                (path: "a/consensus-hook.md", text: Self.valid), (path: "b/consensus-hook.md", text: Self.valid),
            ])
        }
    }

    @Test func unclosedFrontMatterIsAnError() {
        #expect(throws: ParaReadyError.self) { try Checklist.parse([(path: "checklist/x.md", text: "---\nid: x\n")]) }
    }
}
