import CargoModel

/// Compares polkadot-sdk release names by ``SDKRelease`` order (`polkadot-v1.7.0` < `polkadot-stable2409` <
/// `polkadot-stable2503-4`), for rules that hold release names as strings.
enum ReleaseOrder {
    /// `a` is the same release as `b` or later; nil when either is not a release name.
    static func atLeast(_ a: String?, _ b: String) -> Bool? {
        guard let a, let left = SDKRelease(parsing: a), let right = SDKRelease(parsing: b) else { return nil }
        return left.atLeast(right)
    }
}
