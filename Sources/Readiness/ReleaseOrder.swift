/// Orders polkadot-sdk release names chronologically (`polkadot-v1.7.0` < `polkadot-stable2409` < `polkadot-stable2503-4`).
enum ReleaseOrder {
    /// A sortable key, or nil for a name that is not a release.
    static func key(_ name: String) -> [Int]? {
        var text = Substring(name)
        if text.hasPrefix("polkadot-") { text = text.dropFirst("polkadot-".count) }
        if text.hasPrefix("v") {
            let parts = text.dropFirst().split(separator: ".").map { Int($0) }
            guard parts.count >= 2, parts.allSatisfy({ $0 != nil }) else { return nil }
            let numbers = parts.map { $0! }
            // 0.9.x and 1.x both sort before every stable release.
            return [0, numbers[0], numbers[1], numbers.count > 2 ? numbers[2] : 0]
        }
        for prefix in ["stable", "unstable"] where text.hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count)
            let pieces = rest.split(separator: "-", maxSplits: 1)
            let digits = pieces.first.map { $0.prefix { $0.isNumber } } ?? ""
            guard let yymm = Int(digits), digits.count == 4 else { return nil }
            let patch = pieces.count > 1 ? Int(pieces[1].prefix { $0.isNumber }) ?? 0 : 0
            // An unstable crate set comes after the stable release of the same month.
            return [1, yymm, prefix == "unstable" ? 1 : 0, patch]
        }
        return nil
    }

    /// `a` is the same release as `b` or later; nil when either is not a release name.
    static func atLeast(_ a: String?, _ b: String) -> Bool? {
        guard let a, let ka = key(a), let kb = key(b) else { return nil }
        return !ka.lexicographicallyPrecedes(kb)
    }
}
