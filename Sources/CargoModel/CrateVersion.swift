import ParaReadyCore

/// A crate's semantic version, reduced to what release matching needs: the semver-compatibility key.
///
/// Crates of one polkadot-sdk release line differ only in semver-compatible ways (`0.17.0` → `0.17.1`,
/// `38.0.0` → `38.2.0`), and a new release line bumps them incompatibly (or not at all). So versions are
/// compared by their compatibility key: the major number, or `0.minor` below 1.0.
struct CrateVersion: Hashable, Sendable {
    var major: Int
    var minor: Int
    var patch: Int

    /// Parses `1.2.3` (pre-release and build suffixes ignored) or, when `partial`, `1.2` / `1`.
    init?(_ text: String, partial: Bool = false) {
        let core = text.split(whereSeparator: { $0 == "-" || $0 == "+" }).first.map(String.init) ?? ""
        let parts = core.split(byte: UInt8(ascii: "."), omittingEmpty: false)
        guard !parts.isEmpty, parts.count <= 3, partial || parts.count == 3 else { return nil }
        var numbers: [Int] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 9, part.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(part)
            else { return nil }
            numbers.append(value)
        }
        major = numbers[0]
        minor = numbers.count > 1 ? numbers[1] : -1
        patch = numbers.count > 2 ? numbers[2] : -1
    }

    /// `"38"` for 38.x.y, `"0.17"` for 0.17.x, nil for 0.0.x and for `0` alone (too wide to mean a release).
    var compatibilityKey: String? {
        if major > 0 { return String(major) }
        guard minor > 0 else { return nil }
        return "0.\(minor)"
    }

    /// The compatibility key a version requirement pins, when it pins exactly one: `0.20.0`, `^0.20`, `=0.20.0`,
    /// `~0.20.1`, `0.20.*`, `38`. Nil for ranges (`>=`, `<`, several comparators), `*` and `0`.
    static func compatibilityKey(ofRequirement requirement: String) -> String? {
        var text = Substring(requirement).trimmingSpaces
        guard !text.contains(","), !text.contains("<"), !text.contains(">") else { return nil }
        if let first = text.first, first == "^" || first == "=" || first == "~" {
            text = text.dropFirst().trimmingSpaces
        }
        while text.hasSuffix(".*") || text.hasSuffix(".x") || text.hasSuffix(".X") { text = text.dropLast(2) }
        guard let version = CrateVersion(String(text), partial: true) else { return nil }
        return version.compatibilityKey
    }
}
