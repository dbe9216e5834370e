/// Large documents of the kinds real pages contain, generated deterministically: the guard must let them through.
enum OrdinaryDocument: String, CaseIterable, Sendable {
    case prose
    case tables
    case lists
    case code
    case mixed

    /// At least 1 MiB of this kind of content.
    var text: String {
        var out = ""
        var section = 0
        while out.utf8.count < 1 << 20 {
            out += block(section)
            section += 1
        }
        return out
    }

    private func block(_ n: Int) -> String {
        switch self {
        case .prose: Self.prose(n)
        case .tables: Self.table(n)
        case .lists: Self.lists(n)
        case .code: Self.code(n)
        case .mixed: [Self.prose(n), Self.table(n % 7), Self.lists(n), Self.code(n)][n % 4]
        }
    }

    private static func prose(_ n: Int) -> String {
        var out = n % 5 == 0 ? "## Section \(n): *async* backing, phase \(n % 3 + 1)\n\n" : ""
        for paragraph in 0..<4 {
            out += """
                Collators build on the **unincluded segment** (\(n).\(paragraph)): with `UNINCLUDED_SEGMENT_CAPACITY` \
                at 3 and a *velocity* of 1, a parachain can author ahead of inclusion. See \
                [the guide](../guides/phase-1-runtime.md#consensus-hook), https://wiki.polkadot.network/docs/\
                maintain-guides-async-backing and www.example.com/notes_\(n) for details, or mail ops@example.org. \
                The relay chain's ~~12 s~~ 6 s blocks, snake_case_names and a footnote[^n\(n)] round it off. \
                "Quotes", 'apostrophes', (parentheses), [brackets] and a <span>tag</span> appear too.

                """
            out += "\n"
        }
        return out + "[^n\(n)]: Footnote \(n) with a [link](https://example.com/\(n)).\n\n"
    }

    private static func table(_ n: Int) -> String {
        var out =
            "Results for run \(n):\n\n| Chain | Stage | *Capacity* | Velocity | Notes |\n|:---|:---:|---:|---|---|\n"
        for row in 0..<200 {
            out +=
                "| chain-\(row) | `enabled` | **\(row % 4)** | \(row % 2 + 1) | see [item](x.md#r\(row)), ~~old~~ |\n"
        }
        return out + "\n"
    }

    private static func lists(_ n: Int) -> String {
        var out = ""
        for item in 0..<20 {
            out += "- [\(item % 2 == 0 ? "x" : " ")] Step \(n).\(item): set `MinimumPeriod` to *zero*\n"
            out += "  1. Check the **runtime** at https://example.com/\(item)\n"
            out += "     - nested detail with `code` and _emphasis_\n"
            out += "  2. > A quoted note with a [link](#step-\(item))\n"
        }
        return out + "\n"
    }

    private static func code(_ n: Int) -> String {
        """
        ```rust
        impl pallet_timestamp::Config for Runtime {
            type Moment = u64;
            type MinimumPeriod = ConstU64<0>; // step \(n)
            fn weight(x: &[u8; 32]) -> u64 { x.iter().map(|b| *b as u64 * 2).sum::<u64>() }
        }
        ```

        """
    }
}
