import Foundation
import Markdown
import Testing

/// Per-page render time, printed (never asserted) when `PARAREADY_BENCH=1`; run it with `swift test -c release`.
@Suite struct RenderTimingTests {
    /// A guide-like page of about 6 KB: headings, prose with links and code, a table, a task list, code blocks.
    static let page: String = {
        var out = "# Phase 1: runtime changes\n\n"
        for section in 1...9 {
            out += """
                ## Step \(section): wire the *consensus hook*

                The `FixedVelocityConsensusHook` lets a collator build on an **unincluded segment**; see
                [the checklist](../checklist/consensus-hook.md#the-change) and https://docs.polkadot.com/ for the
                background[^\(section)].

                | constant | before | after |
                |:--|--:|--:|
                | `UNINCLUDED_SEGMENT_CAPACITY` | 1 | 3 |
                | `BLOCK_PROCESSING_VELOCITY` | 1 | 1 |

                - [x] update `Cargo.toml`
                - [ ] set `ConsensusHook` in `cumulus_pallet_parachain_system::Config`

                ```rust
                type ConsensusHook = cumulus_pallet_aura_ext::FixedVelocityConsensusHook<
                    Runtime, RELAY_CHAIN_SLOT_DURATION_MILLIS, BLOCK_PROCESSING_VELOCITY, UNINCLUDED_SEGMENT_CAPACITY>;
                ```

                [^\(section)]: Footnote \(section).


                """
        }
        return out
    }()

    @Test(.enabled(if: ProcessInfo.processInfo.environment["PARAREADY_BENCH"] == "1"))
    func sixKilobytePage() throws {
        let options = MarkdownOptions(headingAnchors: true)
        let rounds = 2000
        _ = try Markdown.render(Self.page, options: options)
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for _ in 0..<rounds { _ = try Markdown.render(Self.page, options: options) }
        }
        let trusted = try clock.measure {
            for _ in 0..<rounds {
                _ = try Markdown.render(Self.page, options: MarkdownOptions(trusted: true, headingAnchors: true))
            }
        }
        print(
            "render timing: \(Self.page.utf8.count)-byte page, untrusted \(elapsed / rounds) per page, trusted (no guard) \(trusted / rounds) per page"
        )
    }
}
