/// A polkadot-sdk release, named the way its git tag is: `polkadot-v1.7.0`, `polkadot-stable2409`,
/// `polkadot-stable2503-4` (a patch release), `polkadot-unstable2507`, or the pre-monorepo `polkadot-v0.9.43`.
///
/// Ordered by time: 0.9.x < 1.0.0 < … < 1.14.0 < stable2407 < stable2409 < … < stable2606; a patch `-N` comes
/// after its base release and a release candidate `-rcN` before it; an unstable crate set comes after the stable
/// release of the same month. Encoded as its name.
public struct SDKRelease: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// `polkadot-v0.9.x`: the substrate/cumulus/polkadot branches before the monorepo.
        case legacy
        /// `polkadot-v1.N.P`.
        case v1
        /// `polkadot-stableYYMM` and its patches `-N`.
        case stable
        /// `polkadot-unstableYYMM…`: crate sets published between stable releases.
        case unstable
    }

    public let kind: Kind
    /// `[major, minor, patch]` for legacy and v1; `[YYMM, N]` for stable (N = 0 for the first release);
    /// `[YYMM]` for unstable.
    public let numbers: [Int]
    /// `-rcN`, when this names a release candidate.
    public let releaseCandidate: Int?
    /// The text after an unstable name (`revive` in `polkadot-unstable2507-revive`).
    public let label: String?

    /// Node versions 1.15 and later are the node versions of stable releases (1.15.0 = stable2407).
    static let stableOfNodeVersion: [Int: Int] = [
        15: 2407, 16: 2409, 17: 2412, 18: 2503, 19: 2506, 20: 2509, 21: 2512, 22: 2603, 24: 2606, 25: 2609,
        26: 2612,
    ]

    init(kind: Kind, numbers: [Int], releaseCandidate: Int? = nil, label: String? = nil) {
        self.kind = kind
        self.numbers = numbers
        self.releaseCandidate = releaseCandidate
        self.label = label
    }

    /// `polkadot-v1.<minor>.<patch>`.
    public static func v1(_ minor: Int, patch: Int = 0) -> SDKRelease {
        SDKRelease(kind: .v1, numbers: [1, minor, patch])
    }

    /// `polkadot-stable<yymm>`, or its patch release `-<patch>`.
    public static func stable(_ yymm: Int, patch: Int = 0) -> SDKRelease {
        SDKRelease(kind: .stable, numbers: [yymm, patch])
    }

    /// `polkadot-unstable<yymm>[-label]`.
    public static func unstable(_ yymm: Int, label: String? = nil) -> SDKRelease {
        SDKRelease(kind: .unstable, numbers: [yymm], label: label)
    }

    /// `polkadot-v0.<minor>.<patch>` (pre-monorepo).
    public static func legacy(minor: Int, patch: Int) -> SDKRelease {
        SDKRelease(kind: .legacy, numbers: [0, minor, patch])
    }

    /// The same release as a release candidate `-rcN` (unchanged for nil).
    func withReleaseCandidate(_ candidate: Int?) -> SDKRelease {
        SDKRelease(kind: kind, numbers: numbers, releaseCandidate: candidate, label: label)
    }

    /// The canonical name, which is the release's git tag.
    public var name: String {
        var text: String
        switch kind {
        case .legacy, .v1: text = "polkadot-v\(numbers[0]).\(numbers[1]).\(numbers[2])"
        case .stable: text = "polkadot-stable\(Self.fourDigits(numbers[0]))" + (numbers[1] > 0 ? "-\(numbers[1])" : "")
        case .unstable: text = "polkadot-unstable\(Self.fourDigits(numbers[0]))" + (label.map { "-\($0)" } ?? "")
        }
        if let releaseCandidate { text += "-rc\(releaseCandidate)" }
        return text
    }

    public var description: String { name }

    /// The release without its patch number and release-candidate suffix (`polkadot-stable2503-4` →
    /// `polkadot-stable2503`, `polkadot-v1.7.2` → `polkadot-v1.7.0`).
    public var base: SDKRelease {
        switch kind {
        case .legacy, .v1: return SDKRelease(kind: kind, numbers: [numbers[0], numbers[1], 0])
        case .stable: return SDKRelease(kind: .stable, numbers: [numbers[0], 0])
        case .unstable: return SDKRelease(kind: .unstable, numbers: numbers, label: label)
        }
    }

    /// `YYMM` of a stable or unstable release; nil for 0.x/1.x.
    public var yearMonth: Int? {
        kind == .stable || kind == .unstable ? numbers[0] : nil
    }

    /// True when this release is `other` or later.
    public func atLeast(_ other: SDKRelease) -> Bool {
        !(self < other)
    }

    public static func < (lhs: SDKRelease, rhs: SDKRelease) -> Bool {
        let left = lhs.orderKey
        let right = rhs.orderKey
        if left != right { return left.lexicographicallyPrecedes(right) }
        return lhs.name < rhs.name
    }

    private var orderKey: [Int] {
        let candidate = releaseCandidate.map { [0, $0] } ?? [1, 0]
        switch kind {
        case .legacy: return [0, numbers[1], numbers[2], 0] + candidate + [0]
        case .v1:
            if let yymm = Self.stableOfNodeVersion[numbers[1]] {
                return [2, yymm, 0, numbers[2]] + candidate + [1]
            }
            return numbers[1] > 14
                ? [3, numbers[1], numbers[2], 0] + candidate + [0]
                : [1, numbers[1], numbers[2], 0] + candidate + [0]
        case .stable: return [2, numbers[0], 0, numbers[1]] + candidate + [0]
        case .unstable: return [2, numbers[0], 1, 0] + candidate + [0]
        }
    }

    private static func fourDigits(_ value: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, 4 - text.count)) + text
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let parsed = SDKRelease(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "`\(text)` is not a polkadot-sdk release name")
        }
        self = parsed
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
