/// A polkadot-sdk release name placed on one line so releases can be compared.
///
/// Accepts `polkadot-v1.8.0`, `release-polkadot-v1.8.0`, `v1.8.0`, `1.8.0`, `polkadot-stable2503`,
/// `polkadot-stable2503-4`, `stable2503` and `polkadot-unstable2507…`. Every 1.x release sorts before every
/// stable one; a stable release's patches sort after it.
struct SDKReleaseRank: Comparable, Hashable, Sendable {
    let era: Int
    let major: Int
    let minor: Int
    let patch: Int

    init?(_ name: String) {
        var text = Substring(name.lowercased())
        for prefix in ["release-", "polkadot-"] where text.hasPrefix(prefix) { text = text.dropFirst(prefix.count) }
        if text.hasPrefix("stable") || text.hasPrefix("unstable") {
            let unstable = text.hasPrefix("unstable")
            text = text.dropFirst(unstable ? 8 : 6)
            let digits = text.prefix { $0.isNumber }
            guard digits.count == 4, let yymm = Int(digits) else { return nil }
            var patch = 0
            let rest = text.dropFirst(4)
            if rest.hasPrefix("-"), let number = Int(rest.dropFirst().prefix { $0.isNumber }) { patch = number }
            (era, major, minor, self.patch) = (1, yymm, 0, unstable ? -1 : patch)
            return
        }
        if text.hasPrefix("v") { text = text.dropFirst() }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.count <= 3, let a = Int(parts[0]), let b = Int(parts[1]) else { return nil }
        let c = parts.count == 3 ? Int(parts[2].prefix { $0.isNumber }) : 0
        guard let c else { return nil }
        (era, major, minor, patch) = (0, a, b, c)
    }

    static func < (lhs: SDKReleaseRank, rhs: SDKReleaseRank) -> Bool {
        (lhs.era, lhs.major, lhs.minor, lhs.patch) < (rhs.era, rhs.major, rhs.minor, rhs.patch)
    }
}
